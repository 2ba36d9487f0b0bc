import type { Day } from '../day';
import type { Entry, FollowUp } from '../model';
import { plainExcerpt } from '../plainText';
import { SECTIONS, type SectionId } from '../sections';
import { byDate } from './dashboard';
import { formatDay, type GoalWithEvidenceIds, type ReviewData, type ReviewPeriod } from './period';
import { impactIsSpecific } from './readiness';
import {
  asSentence,
  countOf,
  dateWriter,
  draftWriter,
  type DraftWriter,
  entryLine,
  goalsHeading,
  joinWords,
  type ReviewDraft,
  themesByWeight,
  writeGoals,
} from './summary';

/**
 * Who the packet is for. A manager reads for the big picture and results; a peer reviewer
 * reads for the work they saw and where their feedback is wanted.
 */
export const PACKET_READERS = ['manager', 'peer'] as const;
export type PacketReader = (typeof PACKET_READERS)[number];

/** Same traceability as the summary: Markdown with `[^n]` source notes, and entries per section. */
export function reviewPacket(data: ReviewData, reader: PacketReader): ReviewDraft {
  return reader === 'manager' ? managerPacket(data) : peerPacket(data);
}

/** How many examples each theme gets in the big picture: it is meant to be short. */
const EXAMPLES_PER_THEME = 2;

/** The packet names sections in the author's voice where the template speaks to them. */
const PACKET_SECTION_LABELS: Partial<Record<SectionId, string>> = { learning: 'What I learned' };

function sectionLabel(id: SectionId): string {
  return PACKET_SECTION_LABELS[id] ?? SECTIONS.find((s) => s.id === id)?.label ?? id;
}

function packetTitle(period: ReviewPeriod, forWhom: string): string {
  const since = /^Since your review on (.+)$/.exec(period.label);
  return `${since ? `Since my review on ${since[1] ?? ''}` : period.label}: ${forWhom}`;
}

/**
 * For a manager: the themes first and briefly, then the work in the template's section order
 * with what it changed, kudos, goals, and the results still to come.
 */
function managerPacket(data: ReviewData): ReviewDraft {
  const writer = draftWriter();
  const date = dateWriter(data.period);
  const entries = byDate(data.entries);
  writer.title(packetTitle(data.period, 'review notes for my manager'));
  if (entries.length === 0) writer.paragraph(`There are no entries for ${data.period.label} yet.`);

  const themes = themesByWeight(entries, data.themes);
  if (themes.length > 0) {
    writer.section('The big picture');
    writer.list(
      themes.map((theme) => {
        const why = firstSentence(theme.description);
        const examples = mostTelling(theme.entries).map((e) => `${e.title.trim()}${writer.cite(e)}`);
        return `*${theme.name}* (${countOf(theme.entries.length, 'entry', 'entries')})${why ? `: ${why}` : ''} For example: ${examples.join('; ')}.`;
      }),
    );
  }

  const work = entries.filter((e) => e.kind !== 'kudos');
  for (const section of SECTIONS) {
    const inSection = work.filter((e) => e.section === section.id);
    if (inSection.length === 0) continue;
    writer.section(sectionLabel(section.id));
    writer.list(inSection.map((e) => entryLine(e, writer, date)));
  }

  writeKudos(writer, entries, date);
  writeGoalSections(writer, data, entries, date);

  const waiting = followUpsInPeriod(data.followUps.open, entries);
  if (waiting.length > 0) {
    writer.section('Results still coming in');
    writer.list(waiting.map(({ followUp, entry }) => `**${entry.title.trim()}** (${date(entry.date)}): I will check the real result on ${formatDay(followUp.due)}.${writer.cite(entry)}`));
  }
  return writer.done();
}

/**
 * For a peer reviewer: goals first, then the work they are most likely to have seen
 * (collaboration, design, anything done with people), then the questions I want answered.
 */
function peerPacket(data: ReviewData): ReviewDraft {
  const writer = draftWriter();
  const date = dateWriter(data.period);
  const entries = byDate(data.entries);
  writer.title(packetTitle(data.period, 'notes for peer feedback'));
  if (entries.length === 0) writer.paragraph(`There are no entries for ${data.period.label} yet.`);

  writeGoalSections(writer, data, entries, date);

  const shared = entries.filter((e) => e.kind !== 'kudos' && (e.section === 'collaboration' || e.section === 'design' || e.people.length > 0));
  if (shared.length > 0) {
    writer.section('Work I’d like feedback on');
    for (const section of SECTIONS) {
      const inSection = shared.filter((e) => e.section === section.id);
      if (inSection.length === 0) continue;
      writer.section(sectionLabel(section.id), 3);
      writer.list(inSection.map((e) => entryLine(e, writer, date, withPeople(e))));
    }
  }

  writeFeedbackAsks(writer, data, entries);
  return writer.done();
}

function writeGoalSections(writer: DraftWriter, data: ReviewData, entries: readonly Entry[], date: (day: Day) => string): void {
  if (data.goals.length > 0) {
    writer.section(goalsHeading(data.goals, 'Goals for this period'));
    writeGoals(writer, data.goals, entries, date);
  }
  if (data.goalsNext.length > 0) {
    writer.section(goalsHeading(data.goalsNext, 'Goals for next period'));
    writer.list(data.goalsNext.map(goalWithDescription));
  }
}

function writeKudos(writer: DraftWriter, entries: readonly Entry[], date: (day: Day) => string): void {
  const kudos = entries.filter((e) => e.kind === 'kudos');
  if (kudos.length === 0) return;
  writer.section('Kudos received');
  writer.list(kudos.map((e) => entryLine(e, writer, date, e.people.length > 0 ? `, from ${joinWords(e.people.map((p) => p.name))}` : '')));
}

/**
 * The questions for a peer: one per goal still open (with the work so far), one per follow-up
 * still waiting (did it have the effect I hoped?). Both name only goals and entries from the data.
 */
function writeFeedbackAsks(writer: DraftWriter, data: ReviewData, entries: readonly Entry[]): void {
  const inPeriod = new Map(entries.map((e) => [e.id, e]));
  const openGoals = data.goals.filter((g) => g.status === 'open');
  const waiting = followUpsInPeriod(data.followUps.open, entries);
  if (openGoals.length === 0 && waiting.length === 0) return;
  // The section comes first so that the citations below are recorded under it.
  writer.section('Where I’d like feedback');
  const goalAsks = openGoals.map((goal) => {
    const work = byDate(goal.evidenceIds.flatMap((id) => inPeriod.get(id) ?? [])).slice(-3);
    const so = work.length > 0 ? ` The work so far: ${work.map((e) => `${e.title.trim()}${writer.cite(e)}`).join('; ')}.` : '';
    return `How am I doing on **${goal.title.trim()}**?${so}`;
  });
  const followUpAsks = waiting.map(({ entry }) => `Did **${entry.title.trim()}** have the effect I hoped?${writer.cite(entry)}`);
  writer.list([...goalAsks, ...followUpAsks]);
}

/** Open follow-ups about entries of the period, soonest due first. */
function followUpsInPeriod(open: readonly FollowUp[], entries: readonly Entry[]): { followUp: FollowUp; entry: Entry }[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return open
    .filter((f) => f.answeredAt === null && f.dismissedAt === null)
    .flatMap((followUp) => {
      const entry = byId.get(followUp.entryId);
      return entry ? [{ followUp, entry }] : [];
    })
    .sort((a, b) => a.followUp.due.localeCompare(b.followUp.due) || a.followUp.id.localeCompare(b.followUp.id));
}

/**
 * The entries that best show a theme to someone with little time: starred first, then those
 * whose impact is specific, then the most recent.
 */
function mostTelling(entries: readonly Entry[]): Entry[] {
  const score = (e: Entry) => (e.starred ? 2 : 0) + (e.impact.trim() && impactIsSpecific(e.impact) ? 1 : 0);
  return [...entries]
    .sort((a, b) => score(b) - score(a) || b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
    .slice(0, EXAMPLES_PER_THEME);
}

function withPeople(entry: Entry): string {
  return entry.people.length > 0 ? `, with ${joinWords(entry.people.map((p) => p.name))}` : '';
}

function goalWithDescription(goal: GoalWithEvidenceIds): string {
  return `**${goal.title.trim()}**${goal.description.trim() ? `: ${asSentence(plainExcerpt(goal.description, 240))}` : ''}`;
}

function firstSentence(markdown: string): string {
  const text = plainExcerpt(markdown, 400);
  const first = text.split(/(?<=[.!?])\s+(?=[A-Z“"(])/)[0] ?? '';
  return asSentence(first);
}
