import type { Day } from '../day';
import type { Entry, Reflection, Theme } from '../model';
import { periodLabel } from '../periods';
import { plainExcerpt } from '../plainText';
import { byDate, countByTheme, monthOf } from './dashboard';
import { formatDay, formatDayShort, monthName, type GoalWithEvidenceIds, type ReviewData, type ReviewPeriod } from './period';

/**
 * A generated draft (summary or packet): Markdown the user edits and keeps, and for every
 * section the entries it was written from, so each sentence can be traced to its source.
 *
 * Source markers: every mention of an entry ends with a Markdown footnote reference such as
 * `[^3]`, and the draft ends with one footnote definition per entry:
 *
 *   [^3]: 4 Mar 2026, Cut CI time for the ranking repo (entry: 9b1c…)
 *
 * Footnotes render as links in GitHub, Hugo, Jekyll and most static-site generators, stay
 * plain text in Chronicle's editor (they survive its Markdown round trip unchanged), and
 * `sourceNotes()` reads them back so the UI can turn `[^3]` into a link to the entry. An
 * entry cited twice keeps one number. Numbers follow the order of first mention.
 */
export interface DraftSection {
  heading: string;
  /** Entries cited under this heading, in order of first citation. */
  entryIds: string[];
}

export interface ReviewDraft {
  markdown: string;
  sections: DraftSection[];
}

/** One footnote definition read back from a draft. */
export interface SourceNote {
  /** The footnote label, e.g. "3" for `[^3]`. */
  label: string;
  entryId: string;
}

const NOTE_DEFINITION = /^\[\^([^\]\s]+)\]:.*\(entry: ((?:[^()\s\\]|\\.)+)\)\s*$/gm;

/** The footnote definitions of a draft, even after an editor has escaped characters in the ids. */
export function sourceNotes(markdown: string): SourceNote[] {
  return [...markdown.matchAll(NOTE_DEFINITION)].map((m) => ({ label: m[1] ?? '', entryId: (m[2] ?? '').replace(/\\(.)/g, '$1') }));
}

/**
 * Writes a draft block by block. Citing an entry records it under the current section, so
 * the traceability list is exactly what the text mentions.
 */
export interface DraftWriter {
  title(text: string): void;
  paragraph(text: string): void;
  /** Starts a section; `level` 2 is `##`. Sub-sections (level 3) record into their parent. */
  section(heading: string, level?: 2 | 3): void;
  list(items: readonly string[]): void;
  quote(markdown: string): void;
  /** `[^n]` for the entry, numbering it on first use; recorded under the section started last. */
  cite(entry: Pick<Entry, 'id' | 'date' | 'title'>): string;
  done(): ReviewDraft;
}

export function draftWriter(): DraftWriter {
  const blocks: string[] = [];
  const sections: DraftSection[] = [];
  const citedInSection = new Set<string>();
  const labels = new Map<string, string>();
  const definitions: string[] = [];
  return {
    title: (text) => blocks.push(`# ${oneLine(text)}`),
    paragraph: (text) => {
      if (text.trim()) blocks.push(text.trim());
    },
    section: (heading, level = 2) => {
      blocks.push(`${'#'.repeat(level)} ${oneLine(heading)}`);
      if (level === 2) {
        sections.push({ heading: oneLine(heading), entryIds: [] });
        citedInSection.clear();
      }
    },
    list: (items) => {
      if (items.length > 0) blocks.push(items.map((item) => `- ${item}`).join('\n'));
    },
    quote: (markdown) => {
      // One quote block per paragraph: a bare ">" line between paragraphs does not survive
      // Chronicle's editor, and two adjacent quotes read the same.
      for (const paragraph of markdown.trim().split(/\n\s*\n/)) {
        if (paragraph.trim()) blocks.push(paragraph.split('\n').map((line) => `> ${line}`.trimEnd()).join('\n'));
      }
    },
    cite: (entry) => {
      const current = sections.at(-1);
      if (current && !citedInSection.has(entry.id)) {
        citedInSection.add(entry.id);
        current.entryIds.push(entry.id);
      }
      let label = labels.get(entry.id);
      if (label === undefined) {
        label = String(labels.size + 1);
        labels.set(entry.id, label);
        definitions.push(`[^${label}]: ${formatDay(entry.date)}, ${oneLine(entry.title)} (entry: ${entry.id})`);
      }
      return `[^${label}]`;
    },
    done: () => ({
      markdown: `${[...blocks, ...(definitions.length > 0 ? [definitions.join('\n')] : [])].join('\n\n')}\n`,
      sections,
    }),
  };
}

/** "Looking back on 2026"; "Looking back since my review on 14 Jun 2026". */
export function lookingBackTitle(period: ReviewPeriod): string {
  return `Looking back ${periodPhrase(period, 'on')}`;
}

/**
 * The period as the author would say it after `preposition` ("on 2026", "of 2026"). Period
 * labels address the user ("Since your review…"); drafts are written in their voice.
 */
function periodPhrase(period: ReviewPeriod, preposition: 'on' | 'of'): string {
  const since = /^Since your review on (.+)$/.exec(period.label);
  return since ? `since my review on ${since[1] ?? ''}` : `${preposition} ${period.label}`;
}

/** A date as short as the period allows: "4 Mar" within one year, "4 Mar 2026" across years. */
export function dateWriter(period: Pick<ReviewPeriod, 'from' | 'to'>): (day: Day) => string {
  return period.from.slice(0, 4) === period.to.slice(0, 4) ? formatDayShort : formatDay;
}

export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "a, b and c" */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/** Ends a sentence the way the author would have, adding a full stop only when missing. */
export function asSentence(text: string): string {
  const t = text.trim();
  if (!t) return '';
  return /[.!?…:]["”’)]*$/.test(t) ? t.replace(/:$/, '.') : `${t}.`;
}

/**
 * The first sentence or two of an entry's body, in its own words: what was done. A quoted
 * body (kudos often quote someone) stays a quotation; a body that is only a list becomes
 * its items separated by semicolons.
 */
export function whatWasDone(body: string, maxLength = 240): string {
  const first = body
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .find((b) => plainExcerpt(b).length > 0);
  if (first === undefined) return '';
  const lines = first.split('\n').filter((l) => l.trim());
  if (lines.every((l) => /^\s*>/.test(l))) return `“${plainExcerpt(first, maxLength)}”`;
  const isList = lines.every((l) => /^\s*(?:[-*+]|\d+[.)])\s+/.test(l));
  const text = isList
    ? asSentence(lines.map((l) => plainExcerpt(l).replace(/[.;,]$/, '')).join('; '))
    : plainExcerpt(first, Number.MAX_SAFE_INTEGER);
  return asSentence(plainExcerpt(firstSentences(text, maxLength), maxLength));
}

/** One sentence, or two when the first is short (under 80 characters); never past `maxLength`. */
function firstSentences(text: string, maxLength: number): string {
  const [first = '', second] = text.split(/(?<=[.!?…]["”’)]?)\s+(?=[A-Z“"(])/);
  if (second === undefined || first.length >= 80 || first.length + second.length + 1 > maxLength) return first;
  return `${first} ${second}`;
}

/** What happened because of the work, as the author wrote it (shortened only if very long). */
export function whatHappened(impact: string, maxLength = 320): string {
  return asSentence(plainExcerpt(impact, maxLength));
}

/**
 * One entry told as a few sentences: title and date, what was done, what happened, and
 * the source marker. Every word comes from the entry. When `toldUnder` names a section where
 * the entry was already told, only its title and a pointer there are written.
 */
export function entryStory(entry: Entry, writer: DraftWriter, date: (day: Day) => string, toldUnder?: string): string {
  if (toldUnder !== undefined) {
    // Told in full once; later themes point back rather than repeat the whole story.
    return `${oneLine(entry.title).replace(/\.+$/, '')} (${date(entry.date)}; see *${toldUnder}*).${writer.cite(entry)}`;
  }
  const title = asSentence(`${oneLine(entry.title).replace(/\.+$/, '')} (${date(entry.date)})`);
  const done = whatWasDone(entry.body);
  const happened = whatHappened(entry.impact);
  const parts = [title, sameText(done, entry.title) ? '' : done, happened].filter(Boolean);
  return `${parts.join(' ')}${writer.cite(entry)}`;
}

/**
 * One entry as a list item: "**Title** (4 Mar): what happened." Falls back on what was done
 * when the entry has no impact yet, so the line never claims a result that was not written.
 */
export function entryLine(entry: Entry, writer: DraftWriter, date: (day: Day) => string, extra = ''): string {
  const detail = whatHappened(entry.impact) || whatWasDone(entry.body);
  const head = `**${oneLine(entry.title)}** (${date(entry.date)})${extra}`;
  return `${head}${detail ? `: ${detail}` : ''}${writer.cite(entry)}`;
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  return norm(a) === norm(b);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Theme order for every draft: by how many entries of the period carry it. */
export interface WeightedTheme {
  id: string;
  name: string;
  description: string;
  entries: Entry[];
}

export function themesByWeight(entries: readonly Entry[], themes: readonly Theme[]): WeightedTheme[] {
  const descriptions = new Map(themes.map((t) => [t.id, t.description]));
  return countByTheme(entries, themes)
    .filter((t) => t.count > 0)
    .map((t) => ({
      id: t.themeId,
      name: t.name,
      description: descriptions.get(t.themeId) ?? '',
      entries: byDate(entries.filter((e) => e.themes.some((r) => r.id === t.themeId))),
    }));
}

/**
 * The goals block shared by the summary and the packets: achieved, still open, dropped, each
 * with the entries that show it. Evidence outside the period is counted, not cited.
 */
export function writeGoals(writer: DraftWriter, goals: readonly GoalWithEvidenceIds[], entries: readonly Entry[], date: (day: Day) => string): void {
  const inPeriod = new Map(entries.map((e) => [e.id, e]));
  const groups: { heading: string; status: GoalWithEvidenceIds['status'] }[] = [
    { heading: 'Achieved', status: 'achieved' },
    { heading: 'Still open', status: 'open' },
    { heading: 'Dropped', status: 'dropped' },
  ];
  for (const group of groups) {
    const matching = goals.filter((g) => g.status === group.status);
    if (matching.length === 0) continue;
    writer.section(group.heading, 3);
    writer.list(matching.map((goal) => goalLine(goal, inPeriod, writer, date)));
  }
}

function goalLine(goal: GoalWithEvidenceIds, inPeriod: ReadonlyMap<string, Entry>, writer: DraftWriter, date: (day: Day) => string): string {
  const description = goal.description.trim() ? ` ${asSentence(plainExcerpt(goal.description, 240))}` : '';
  const evidence = byDate(goal.evidenceIds.flatMap((id) => inPeriod.get(id) ?? []));
  const outside = new Set(goal.evidenceIds).size - evidence.length;
  const shown = evidence.map((e) => `${oneLine(e.title)} (${date(e.date)})${writer.cite(e)}`);
  const notes: string[] = [];
  if (shown.length > 0) notes.push(`Shown by: ${shown.join('; ')}.`);
  if (outside > 0) notes.push(`${shown.length > 0 ? 'Also ' : ''}${countOf(outside, 'linked entry', 'linked entries')} from outside this period.`);
  if (shown.length === 0 && outside === 0) notes.push('No entry linked yet.');
  return `**${oneLine(goal.title)}**.${description} ${notes.join(' ')}`;
}

/** "Goals for 2027" when every goal names the same year; otherwise the fallback. */
export function goalsHeading(goals: readonly GoalWithEvidenceIds[], fallback: string): string {
  const years = new Set(goals.map((g) => g.year));
  const [year] = years;
  return years.size === 1 && year !== undefined ? `Goals for ${year}` : fallback;
}

/** Year and quarter reflections that overlap the period, oldest first, a year before its quarters. */
export function periodReflections(reflections: readonly Reflection[], period: Pick<ReviewPeriod, 'from' | 'to'>): Reflection[] {
  const rank = { year: 0, quarter: 1, week: 2 } as const;
  return reflections
    .filter((r) => r.period !== 'week' && r.body.trim() && r.start <= period.to && r.end >= period.from)
    .sort((a, b) => a.start.localeCompare(b.start) || rank[a.period] - rank[b.period]);
}

/**
 * A first draft of a reflective blog post about the period: the themes ranked by weight,
 * each with why it matters and the story of its entries, then highlights, lessons, kudos,
 * goals and the author's own reflection. Deterministic: the same data gives the same text.
 */
export function reviewSummary(data: ReviewData): ReviewDraft {
  const writer = draftWriter();
  const date = dateWriter(data.period);
  const entries = byDate(data.entries);
  const themes = themesByWeight(entries, data.themes);

  writer.title(lookingBackTitle(data.period));
  writer.paragraph(opening(data.period, entries, themes));

  // Each entry is told in full under its first theme (the one its author put first) and
  // pointed to from its other themes, so a theme section is never a copy of another.
  const toldUnder = new Map(entries.flatMap((e) => (e.themes[0] ? [[e.id, e.themes[0].name] as const] : [])));
  for (const theme of themes) {
    writer.section(theme.name);
    writer.paragraph(theme.description);
    for (const paragraph of storyParagraphs(theme.name, theme.entries, writer, date, data.period, toldUnder)) writer.paragraph(paragraph);
  }

  const unthemed = entries.filter((e) => e.themes.length === 0);
  if (unthemed.length > 0) {
    writer.section('Other work');
    for (const paragraph of storyParagraphs('Other work', unthemed, writer, date, data.period, toldUnder)) writer.paragraph(paragraph);
  }

  const starred = entries.filter((e) => e.starred);
  if (starred.length > 0) {
    writer.section('Highlights');
    writer.list(starred.map((e) => entryLine(e, writer, date)));
  }

  const learned = entries.filter((e) => e.kind === 'learning' || e.section === 'learning');
  if (learned.length > 0) {
    writer.section('What I learned');
    writer.list(learned.map((e) => `**${oneLine(e.title)}** (${date(e.date)})${learnedDetail(e)}${writer.cite(e)}`));
  }

  const kudos = entries.filter((e) => e.kind === 'kudos');
  if (kudos.length > 0) {
    writer.section('Kudos received');
    writer.list(kudos.map((e) => kudosLine(e, writer, date)));
  }

  if (data.goals.length > 0) {
    writer.section(goalsHeading(data.goals, 'Goals for this period'));
    writeGoals(writer, data.goals, entries, date);
  }

  if (data.goalsNext.length > 0) {
    writer.section(goalsHeading(data.goalsNext, 'Goals for next period'));
    writer.list(data.goalsNext.map((g) => `**${oneLine(g.title)}**${g.description.trim() ? `: ${asSentence(plainExcerpt(g.description, 240))}` : ''}`));
  }

  const reflections = periodReflections(data.reflections, data.period);
  if (reflections.length > 0) {
    writer.section('In my own words');
    for (const reflection of reflections) {
      if (reflections.length > 1) writer.section(periodLabel(reflection.period, reflection.start), 3);
      writer.quote(reflection.body);
    }
  }

  return writer.done();
}

/**
 * "The major theme of 2026 was *transition*: 14 of 38 entries were about it." Every number
 * here is a count of the period's entries and says what it counts.
 */
function opening(period: ReviewPeriod, entries: readonly Entry[], themes: readonly WeightedTheme[]): string {
  const total = entries.length;
  if (total === 0) return `There are no entries for ${period.label} yet.`;
  const sentences: string[] = [];
  const top = themes[0];
  if (top) {
    const tied = themes.filter((t) => t.entries.length === top.entries.length);
    const rest = themes.slice(tied.length);
    sentences.push(
      tied.length === 1
        ? `The major theme ${periodPhrase(period, 'of')} was *${top.name}*: ${top.entries.length} of ${countOf(total, 'entry', 'entries')} were about it.`
        : `The major themes ${periodPhrase(period, 'of')} were ${joinWords(tied.map((t) => `*${t.name}*`))}, with ${top.entries.length} of ${countOf(total, 'entry', 'entries')} each.`,
    );
    if (rest.length > 0) {
      sentences.push(`After that came ${joinWords(rest.map((t) => `*${t.name}* (${countOf(t.entries.length, 'entry', 'entries')})`))}.`);
    }
  }
  const kinds = [
    countOf(entries.filter((e) => e.kind === 'accomplishment').length, 'accomplishment'),
    countOf(entries.filter((e) => e.kind === 'learning').length, 'thing learned', 'things learned'),
    countOf(entries.filter((e) => e.kind === 'kudos').length, 'piece of kudos', 'pieces of kudos'),
  ].filter((text) => !text.startsWith('0 '));
  sentences.push(`In all I recorded ${countOf(total, 'entry', 'entries')}: ${joinWords(kinds)}.`);
  const unthemed = entries.filter((e) => e.themes.length === 0).length;
  if (unthemed > 0 && themes.length > 0) sentences.push(`${countOf(unthemed, 'entry', 'entries')} had no theme; they are under “Other work”.`);
  return sentences.join(' ');
}

/**
 * The story of some entries in date order: one paragraph per run of entries in the same
 * month, led by the month's name, so a busy month reads as one stretch of work.
 */
function storyParagraphs(
  heading: string,
  entries: readonly Entry[],
  writer: DraftWriter,
  date: (day: Day) => string,
  period: ReviewPeriod,
  toldUnder: ReadonlyMap<string, string>,
): string[] {
  const acrossYears = period.from.slice(0, 4) !== period.to.slice(0, 4);
  const runs: Entry[][] = [];
  for (const entry of byDate(entries)) {
    const run = runs.at(-1);
    if (run && run[0] && monthOf(run[0].date) === monthOf(entry.date)) run.push(entry);
    else runs.push([entry]);
  }
  return runs.map((run) => {
    const month = monthOf(run[0]?.date ?? '');
    const lead = acrossYears ? `${monthName(month)} ${month.slice(0, 4)}` : monthName(month);
    const stories = run.map((e) => {
      const home = toldUnder.get(e.id);
      return entryStory(e, writer, date, home === undefined || home === heading ? undefined : home);
    });
    return `*${lead}.* ${stories.join(' ')}`;
  });
}

function learnedDetail(entry: Entry): string {
  const detail = whatWasDone(entry.body) || whatHappened(entry.impact);
  return detail ? `: ${detail}` : '';
}

function kudosLine(entry: Entry, writer: DraftWriter, date: (day: Day) => string): string {
  const from = entry.people.length > 0 ? `, from ${joinWords(entry.people.map((p) => p.name))}` : '';
  const said = whatWasDone(entry.body);
  return `**${oneLine(entry.title)}** (${date(entry.date)})${from}${said ? `: ${said}` : ''}${writer.cite(entry)}`;
}
