import type { Entry, FollowUp } from '../model';
import { firstSentence, plainExcerpt } from '../plainText';
import { SECTIONS, type SectionId } from '../sections';
import { byDate } from './dashboard';
import { formatDay, type GoalWithEvidenceIds, type ReviewData, type ReviewPeriod } from './period';
import { analyzeEntry, cleanTitle, type EntryAnalysis } from './analysis';
import { draftBullets } from './bullets';
import { entryTextLookup } from './entryText';
import { orderThemes } from './themeSuggestions';
import {
  asSentence,
  boldSafe,
  countOf,
  dateWriter,
  type DateWriter,
  draftWriter,
  type DraftWriter,
  entryLine,
  goalsHeading,
  joinWords,
  type ReviewDraft,
  summaryThemes,
  type TextOf,
  writeGoals,
} from './summary';

/**
 * Who the packet is for. A manager reads for the big picture and results; a peer reviewer
 * reads for the work they saw and where their feedback is wanted.
 */
export const PACKET_READERS = ['manager', 'peer'] as const;
export type PacketReader = (typeof PACKET_READERS)[number];

/** Same traceability as the summary: Markdown with `[^n]` source notes, and entries per section. */
export function reviewPacket(data: ReviewData, reader: PacketReader, options: PacketOptions = {}): ReviewDraft {
  return reader === 'manager' ? managerPacket(data, options) : peerPacket(data, options);
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

export interface PacketOptions {
  themeOrder?: readonly string[];
  analysisOf?: (entry: Entry) => EntryAnalysis;
  /** What an entry's text says (done, happened, words); callers with a cache pass theirs in. */
  textOf?: TextOf;
}

const PRIVATE: ReadonlySet<string> = new Set(['lifeEvent', 'feeling']);

/** How many results open the manager packet. */
const HIGHLIGHTS = 5;

/**
 * For a manager: the five strongest results first, each one line with its number, then the
 * themes briefly, then the work in the template's section order with what it changed, kudos,
 * goals, and the results still to come.
 */
function managerPacket(data: ReviewData, options: PacketOptions): ReviewDraft {
  const writer = draftWriter();
  const date = dateWriter(data.period);
  const entries = byDate(data.entries);
  const analysisOf = options.analysisOf ?? cachedAnalysis();
  const textOf = options.textOf ?? entryTextLookup();
  writer.title(packetTitle(data.period, 'review notes for my manager'));
  if (entries.length === 0) {
    writer.paragraph(
      `There are no entries for ${data.period.label} yet: write down what you did, even briefly, and this packet will have something to say.`,
    );
    return writer.done();
  }

  const byId = new Map(entries.map((e) => [e.id, e]));
  // Drafting a bullet costs far more than reading the analysis: only the likeliest are drafted.
  const candidates = shortlist(
    entries.filter((e) => analysisOf(e).measures.some((m) => m.kind !== 'count' && m.kind !== 'teamSize')),
    analysisOf,
    4 * HIGHLIGHTS,
  );
  const measured = draftBullets(candidates, 'short', (e) => analysisOf(byId.get(e.id) ?? (e as Entry))).filter((b) =>
    b.rankReasons.includes('measured result'),
  );
  writer.section('Highlights');
  if (measured.length > 0) {
    writer.list(
      measured.slice(0, HIGHLIGHTS).flatMap((b) => {
        const entry = byId.get(b.sourceIds[0] ?? '');
        // The footnote carries the date; the line is the result and its number.
        return entry ? [`${b.text}${writer.cite(entry)}`] : [];
      }),
    );
  } else {
    writer.paragraph(
      'None of these entries has a number yet. Add one to your three strongest (how much, how many, how fast, for whom?) and they will open this packet.',
    );
  }

  const themes = orderThemes(summaryThemes(data, analysisOf, textOf).themes, options.themeOrder).filter((t) => t.entries.length > 1);
  if (themes.length > 0) {
    writer.section('The big picture');
    // An entry tagged with several themes is an example once: the next theme shows other work when it has some.
    const shown = new Set<string>();
    writer.list(
      themes.map((theme) => {
        const why = asSentence(firstSentence(theme.description, 400));
        // Kudos are someone else's words about the work, not an example of it.
        const work = theme.entries.filter((e) => e.kind !== 'kudos');
        const unseen = work.filter((e) => !shown.has(e.id));
        const picked = mostTelling(unseen.length > 0 ? unseen : work, analysisOf);
        for (const e of picked) shown.add(e.id);
        const examples = picked.map((e) => `${cleanTitle(e.title.trim()).replace(/[.!]+$/, '')}${writer.cite(e)}`);
        const count = countOf(theme.entries.length, 'entry', 'entries');
        return why
          ? `*${theme.name}* (${count}): ${why} For example: ${examples.join('; ')}.`
          : `*${theme.name}* (${count}), for example: ${examples.join('; ')}.`;
      }),
    );
  }

  // Life events and feelings are the author's, not the manager's.
  const work = entries.filter((e) => e.kind !== 'kudos' && !PRIVATE.has(analysisOf(e).nonAction ?? ''));
  for (const section of SECTIONS) {
    const inSection = work.filter((e) => e.section === section.id);
    if (inSection.length === 0) continue;
    writer.section(sectionLabel(section.id));
    writer.list(inSection.map((e) => entryLine(e, writer, date, '', textOf)));
  }

  writeKudos(writer, entries, date, textOf);
  writeGoalSections(writer, data, entries, date);

  const waiting = followUpsInPeriod(data.followUps.open, entries);
  if (waiting.length > 0) {
    writer.section('Results still coming in');
    writer.list(
      waiting.map(
        ({ followUp, entry }) =>
          `**${boldSafe(entry.title)}** (${date(entry)}): I will check the real result on ${formatDay(followUp.due)}.${writer.cite(entry)}`,
      ),
    );
  }
  return writer.done();
}

/** Sections a peer may have seen; never Outside of work. */
const PEER_SECTIONS: ReadonlySet<SectionId> = new Set(['projects', 'collaboration', 'design']);
/** How many pieces of work a peer is asked about: enough to choose from, few enough to answer. */
const PEER_ASKS = 8;

/**
 * For a peer reviewer: the work they were part of or saw (entries that name people, and
 * collaboration, design and project work), each with a concrete question about that work.
 * Personal goals, Outside of work, kudos and life events stay out.
 */
function peerPacket(data: ReviewData, options: PacketOptions): ReviewDraft {
  const writer = draftWriter();
  const date = dateWriter(data.period);
  const entries = byDate(data.entries);
  const analysisOf = options.analysisOf ?? cachedAnalysis();
  const textOf = options.textOf ?? entryTextLookup();
  writer.title(packetTitle(data.period, 'notes for peer feedback'));

  const shareable = entries.filter((e) => e.kind !== 'kudos' && e.section !== 'outside' && analysisOf(e).action !== null);
  const withPeopleFirst = shareable.filter((e) => e.people.length > 0);
  const sectionWork = shareable.filter((e) => e.people.length === 0 && PEER_SECTIONS.has(e.section));
  const byId = new Map(sectionWork.map((e) => [e.id, e]));
  // Work done with people always; of the rest, the strongest, so the packet stays answerable.
  const strongest = draftBullets(shortlist(sectionWork, analysisOf, 4 * PEER_ASKS), 'short', (e) =>
    analysisOf(byId.get(e.id) ?? (e as Entry)),
  )
    .slice(0, Math.max(0, PEER_ASKS - withPeopleFirst.length))
    .flatMap((b) => byId.get(b.sourceIds[0] ?? '') ?? []);
  const shared = byDate([...withPeopleFirst, ...strongest]);

  if (shared.length === 0) {
    writer.paragraph(
      `No entry in ${data.period.label} names who you worked with, and there is no collaboration, design or project work yet. Add the people to the entries you did with others, and this packet will ask them about that work.`,
    );
    return writer.done();
  }

  writer.section('Work I’d like feedback on');
  const asked = new Map<PeerAsk, number>();
  for (const section of SECTIONS) {
    const inSection = shared.filter((e) => e.section === section.id);
    if (inSection.length === 0) continue;
    writer.section(sectionLabel(section.id), 3);
    writer.list(inSection.map((e) => `${entryLine(e, writer, date, withPeople(e), textOf)} ${peerQuestion(e, analysisOf(e), asked)}`));
  }

  const waiting = followUpsInPeriod(data.followUps.open, shared);
  if (waiting.length > 0) {
    writer.section('Where I’d like feedback');
    writer.list(waiting.map(({ entry }) => `Did **${boldSafe(entry.title)}** have the effect I hoped?${writer.cite(entry)}`));
  }
  return writer.done();
}

/** What a peer is asked about a piece of work depends on what kind of work it was. */
type PeerAsk = 'doc' | 'designWork' | 'teaching' | 'reviewing' | 'learning' | 'collaboration' | 'together' | 'result' | 'noResult';

/**
 * Each kind has a second wording, used in turn, so a packet with seven projects does not ask
 * the same sentence seven times. Every question is about the reader's view: it claims nothing.
 */
const PEER_QUESTIONS: Readonly<Record<PeerAsk, readonly string[]>> = {
  doc: [
    'was it clear enough to decide from, and what would you have challenged?',
    'what did it leave unclear, and what would you have argued against?',
  ],
  designWork: [
    'did it work for the people using it, as far as you saw, and what would you change?',
    'what would you have designed differently, and why?',
  ],
  teaching: ['what helped most, and what should I have done more or less of?', 'where could my help have been more useful?'],
  reviewing: ['were my reviews useful, and what would have made them more so?'],
  learning: ['what did I still get wrong, and what should I learn next?'],
  collaboration: [
    'what would have made working with me on this easier or better?',
    'what should I keep doing, and what should I change, when we work together?',
  ],
  together: [
    'from where you sat, what did this change, and what should I have done differently?',
    'what worked in how we did this together, and what should I change next time?',
  ],
  result: [
    'does the result match what you saw, and what did I miss?',
    'did this change anything for your work, and what would you have done differently?',
  ],
  noResult: ['what came of this from where you sat, and what did I miss?', 'did this change anything for your work, and what did I miss?'],
};

const DOC_WORDS = /\b(?:doc|docs|document|rfc|adr|spec|proposal|guide|runbook|playbook|post-?mortem|write-?up|report|one-pager)\b/i;
const DOC_VERBS: ReadonlySet<string> = new Set(['wrote', 'documented', 'proposed', 'drafted', 'authored', 'specified', 'rewrote']);
const TEACHING_VERBS: ReadonlySet<string> = new Set([
  'mentored',
  'coached',
  'paired',
  'onboarded',
  'taught',
  'trained',
  'supported',
  'guided',
]);

function peerAsk(entry: Entry, analysis: EntryAnalysis): PeerAsk {
  const verb = analysis.action?.verb ?? '';
  const isDoc = analysis.action?.impliedBy !== undefined ? verb === 'wrote' : DOC_VERBS.has(verb) || DOC_WORDS.test(entry.title);
  if (isDoc) return 'doc';
  if (entry.section === 'design') return 'designWork';
  if (TEACHING_VERBS.has(verb) && entry.people.length > 0) return 'teaching';
  if (verb === 'reviewed') return 'reviewing';
  if (entry.kind === 'learning' || entry.section === 'learning') return 'learning';
  if (entry.section === 'collaboration') return 'collaboration';
  if (entry.people.length > 0) return 'together';
  return analysis.hasOutcome ? 'result' : 'noResult';
}

/** A question about one piece of work, by what kind of work it was; it names nothing the entry does not. */
function peerQuestion(entry: Entry, analysis: EntryAnalysis, asked: Map<PeerAsk, number>): string {
  const ask = peerAsk(entry, analysis);
  const times = asked.get(ask) ?? 0;
  asked.set(ask, times + 1);
  const wordings = PEER_QUESTIONS[ask];
  return `*Question:* ${wordings[times % wordings.length] ?? ''}`;
}

/** The entries most likely to rank first (a measure, a star, goals served), in date order, at most `size`. */
function shortlist(entries: readonly Entry[], analysisOf: (entry: Entry) => EntryAnalysis, size: number): Entry[] {
  if (entries.length <= size) return [...entries];
  const score = (e: Entry) =>
    (analysisOf(e).measures.some((m) => m.kind !== 'count' && m.kind !== 'teamSize') ? 4 : 0) +
    (e.starred ? 2 : 0) +
    Math.min(2, e.goals.length) +
    (analysisOf(e).hasOutcome ? 1 : 0);
  return byDate(
    [...entries].sort((a, b) => score(b) - score(a) || a.date.localeCompare(b.date) || a.id.localeCompare(b.id)).slice(0, size),
  );
}

function cachedAnalysis(): (entry: Entry) => EntryAnalysis {
  const cache = new Map<string, EntryAnalysis>();
  return (entry) => {
    const known = cache.get(entry.id) ?? analyzeEntry(entry);
    cache.set(entry.id, known);
    return known;
  };
}

function writeGoalSections(writer: DraftWriter, data: ReviewData, entries: readonly Entry[], date: DateWriter): void {
  if (data.goals.length > 0) {
    writer.section(goalsHeading(data.goals, 'Goals for this period'));
    writeGoals(writer, data.goals, entries, date);
  }
  if (data.goalsNext.length > 0) {
    writer.section(goalsHeading(data.goalsNext, 'Goals for next period'));
    writer.list(data.goalsNext.map(goalWithDescription));
  }
}

function writeKudos(writer: DraftWriter, entries: readonly Entry[], date: DateWriter, textOf: TextOf): void {
  const kudos = entries.filter((e) => e.kind === 'kudos');
  if (kudos.length === 0) return;
  writer.section('Kudos received');
  writer.list(
    kudos.map((e) => entryLine(e, writer, date, e.people.length > 0 ? `, from ${joinWords(e.people.map((p) => p.name))}` : '', textOf)),
  );
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
function mostTelling(entries: readonly Entry[], analysisOf: (entry: Entry) => EntryAnalysis): Entry[] {
  const score = (e: Entry) => (e.starred ? 2 : 0) + (analysisOf(e).hasOutcome ? 1 : 0);
  return [...entries]
    .sort((a, b) => score(b) - score(a) || b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
    .slice(0, EXAMPLES_PER_THEME);
}

function withPeople(entry: Entry): string {
  return entry.people.length > 0 ? `, with ${joinWords(entry.people.map((p) => p.name))}` : '';
}

function goalWithDescription(goal: GoalWithEvidenceIds): string {
  return `**${boldSafe(goal.title)}**${goal.description.trim() ? `: ${asSentence(plainExcerpt(goal.description, 240))}` : ''}`;
}
