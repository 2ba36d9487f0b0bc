import { formatEntryDate, type EntryDate } from '../entryDate';
import type { Day } from '../day';
import type { Entry, Reflection, Theme } from '../model';
import { periodLabel } from '../periods';
import { plainExcerpt } from '../plainText';
import { analyzeEntry, cleanTitle, type EntryAnalysis } from './analysis';
import { byDate, countByTheme, monthOf } from './dashboard';
import { asSentence, type EntryText, entryTextLookup, whatHappened, whatWasDone } from './entryText';
import { orderThemes, suggestThemes, themeScore, type ScoredTheme, type ThemeSuggestion } from './themeSuggestions';
import { formatDay, formatDayShort, monthName, type GoalWithEvidenceIds, type ReviewData, type ReviewPeriod } from './period';

export { asSentence, whatHappened, whatWasDone };

/** An entry's derived text; callers with a cache pass theirs in. */
export type TextOf = (entry: Entry) => EntryText;

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
        if (paragraph.trim())
          blocks.push(
            paragraph
              .split('\n')
              .map((line) => `> ${line}`.trimEnd())
              .join('\n'),
          );
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

/**
 * A date as short as the period allows: "4 Mar" within one year, "4 Mar 2026" across years. An
 * entry dated to a week, month, quarter, season or range is written as its author dated it
 * ("March 2026", "Q2 2026").
 */
/** Writes a day, or an entry's date as its author dated it. */
export type DateWriter = (when: Day | EntryDate) => string;

export function dateWriter(period: Pick<ReviewPeriod, 'from' | 'to'>): DateWriter {
  const short = period.from.slice(0, 4) === period.to.slice(0, 4) ? formatDayShort : formatDay;
  return (when) => (typeof when === 'string' ? short(when) : formatEntryDate(when, short));
}

export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "a, b and c" */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/**
 * One entry as a list item: "**Title** (4 Mar): what happened." Falls back on what was done
 * when the entry has no impact yet, so the line never claims a result that was not written.
 */
export function entryLine(entry: Entry, writer: DraftWriter, date: DateWriter, extra = '', textOf: TextOf = entryTextLookup()): string {
  const text = textOf(entry);
  const detail = text.happened || text.done;
  const head = `**${boldSafe(cleanTitle(entry.title))}** (${date(entry)})${extra}`;
  return `${head}${detail ? `: ${detail}` : ''}${writer.cite(entry)}`;
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return norm(a) === norm(b);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Text to put between ** and **: Markdown emphasis inside is removed, so a title written
 * "ship **by June**" cannot produce "**ship **by June****".
 */
export function boldSafe(text: string): string {
  return oneLine(text)
    .replace(/\*+|_{2,}/g, '')
    .trim();
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
export function writeGoals(writer: DraftWriter, goals: readonly GoalWithEvidenceIds[], entries: readonly Entry[], date: DateWriter): void {
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

function goalLine(goal: GoalWithEvidenceIds, inPeriod: ReadonlyMap<string, Entry>, writer: DraftWriter, date: DateWriter): string {
  const description = goal.description.trim() ? ` ${asSentence(plainExcerpt(goal.description, 240))}` : '';
  const evidence = byDate(goal.evidenceIds.flatMap((id) => inPeriod.get(id) ?? []));
  const shown = evidence.map((e) => `${cleanTitle(oneLine(e.title)).replace(/[.!]+$/, '')} (${date(e)})${writer.cite(e)}`);
  const notes = shown.length > 0 ? ` ${shown.join('; ')}.` : '';
  return `**${boldSafe(goal.title)}**.${description}${notes}`.trim();
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

export interface SummaryOptions {
  /** Theme ids (or names of suggested themes) in the order the user chose; the first is the pinned lead. */
  themeOrder?: readonly string[];
  /** The analysis of an entry; callers with a cache pass theirs in. */
  analysisOf?: (entry: Entry) => EntryAnalysis;
  /** What an entry's text says (done, happened, words); callers with a cache pass theirs in. */
  textOf?: TextOf;
}

export interface ReviewSummary extends ReviewDraft {
  /** The themes in the order told, with how each was placed, for the UI to reorder and pin. */
  themeOrder: { id: string | null; name: string; entryCount: number; suggested: boolean; score: number }[];
  /** Untagged entries placed by suggestion; accepting one tags them (themes.accept). */
  suggestions: ThemeSuggestion[];
}

/** The themes of a period: the user's tags plus the suggested placements, scored. */
export function summaryThemes(
  data: ReviewData,
  analysisOf: (entry: Entry) => EntryAnalysis,
  textOf: TextOf = entryTextLookup(),
): { themes: ScoredTheme[]; suggestions: ThemeSuggestion[] } {
  const entries = byDate(data.entries);
  const suggestions = suggestThemes(entries, data.themes, analysisOf, textOf);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const tagged = themesByWeight(entries, data.themes).map((t) => {
    const extra = suggestions.filter((s) => s.themeId === t.id).flatMap((s) => s.entryIds.flatMap((id) => byId.get(id) ?? []));
    return { ...t, entries: byDate([...t.entries, ...extra]), suggested: false };
  });
  const workstreams = suggestions
    .filter((s) => s.themeId === null)
    .map((s) => ({
      id: `suggested:${s.name}`,
      name: s.name,
      description: '',
      entries: byDate(s.entryIds.flatMap((id) => byId.get(id) ?? [])),
      suggested: true,
    }));
  const themes = [...tagged, ...workstreams].map((t) => ({ ...t, score: themeScore(t.entries, analysisOf) }));
  return { themes, suggestions };
}

/**
 * A first draft of the blog post its author would write about the period, from her own
 * words and nothing else: her reflection on the year first when she wrote one, an opening
 * that names the major theme and the two or three after it, one section per theme telling
 * its arc (first entry, turning points, results with their numbers, where it ended), then
 * what she learned, kudos, goals met and missed, and next year's goals. Deterministic: the
 * same data gives the same text.
 */
export function reviewSummary(data: ReviewData, options: SummaryOptions = {}): ReviewSummary {
  const cache = new Map<string, EntryAnalysis>();
  const analysisOf =
    options.analysisOf ??
    ((entry: Entry) => {
      const known = cache.get(entry.id) ?? analyzeEntry(entry);
      cache.set(entry.id, known);
      return known;
    });
  const textOf = options.textOf ?? entryTextLookup();
  const writer = draftWriter();
  const date = dateWriter(data.period);
  const entries = byDate(data.entries);
  const { themes: scored, suggestions } = summaryThemes(data, analysisOf, textOf);
  const themes = orderThemes(scored, options.themeOrder);

  writer.title(lookingBackTitle(data.period));
  const reflections = periodReflections(data.reflections, data.period);
  const yearReflection = reflections.find((r) => r.period === 'year');
  if (yearReflection) for (const paragraph of yearReflection.body.trim().split(/\n\s*\n/)) writer.paragraph(paragraph);
  writer.paragraph(opening(data.period, entries, themes));

  // Each entry is told in full once, under the first theme that tells it, and pointed to after.
  const toldUnder = new Map<string, string>();
  for (const theme of themes) {
    const stories = theme.entries.filter((e) => e.kind !== 'kudos');
    // One entry is not a theme's arc: it is told with the rest of the year (unless pinned to lead).
    if (stories.length === 0 || (stories.length === 1 && theme !== themes[0])) continue;
    writer.section(theme.name);
    writer.paragraph(theme.description);
    for (const paragraph of themeArc(theme.name, stories, writer, date, data.period, toldUnder, analysisOf, textOf))
      writer.paragraph(paragraph);
  }

  const placed = new Set(toldUnder.keys());
  const learnedIds = new Set(entries.filter((e) => e.kind === 'learning' || e.section === 'learning').map((e) => e.id));
  const outside = entries.filter((e) => !placed.has(e.id) && e.section === 'outside' && e.kind !== 'kudos');
  const rest = entries.filter((e) => !placed.has(e.id) && e.kind !== 'kudos' && e.section !== 'outside' && !learnedIds.has(e.id));
  if (rest.length > 0) {
    writer.section(themes.length > 0 ? `Also ${periodPhrase(data.period, 'of').replace(/^of /, 'in ')}` : `My ${data.period.label}`);
    for (const paragraph of themeArc('', rest, writer, date, data.period, toldUnder, analysisOf, textOf)) writer.paragraph(paragraph);
  }

  const learned = entries.filter((e) => learnedIds.has(e.id));
  if (learned.length > 0) {
    writer.section('What I learned');
    writer.list(learned.map((e) => `**${boldSafe(cleanTitle(e.title))}** (${date(e)})${learnedDetail(e, textOf)}${writer.cite(e)}`));
  }

  const kudos = entries.filter((e) => e.kind === 'kudos');
  if (kudos.length > 0) {
    writer.section('Kudos received');
    writer.list(kudos.map((e) => kudosLine(e, writer, date, textOf)));
  }

  if (outside.length > 0) {
    writer.section('Outside of work');
    writer.list(outside.map((e) => `${asSentence(cleanTitle(oneLine(e.title)))}${writer.cite(e)}`));
  }

  if (data.goals.length > 0) {
    writer.section(goalsHeading(data.goals, 'Goals for this period'));
    writeGoals(writer, data.goals, entries, date);
  }

  if (data.goalsNext.length > 0) {
    writer.section(goalsHeading(data.goalsNext, 'Goals for next period'));
    writer.list(
      data.goalsNext.map(
        (g) =>
          `**${boldSafe(g.title)}**${g.description.trim() ? `: ${asSentence(plainExcerpt(g.description, Number.MAX_SAFE_INTEGER))}` : ''}`,
      ),
    );
  }

  const others = reflections.filter((r) => r !== yearReflection);
  if (others.length > 0) {
    writer.section('In my own words');
    for (const reflection of others) {
      if (others.length > 1) writer.section(periodLabel(reflection.period, reflection.start), 3);
      writer.quote(reflection.body);
    }
  }

  return {
    ...writer.done(),
    themeOrder: themes.map((t) => ({
      id: t.suggested ? null : t.id,
      name: t.name,
      entryCount: t.entries.length,
      suggested: t.suggested,
      score: t.score,
    })),
    suggestions,
  };
}

/** "February", or "February to November", for the span of some entries. */
function span(entries: readonly Entry[], period: ReviewPeriod): string {
  const acrossYears = period.from.slice(0, 4) !== period.to.slice(0, 4);
  const label = (day: Day) => (acrossYears ? `${monthName(monthOf(day))} ${day.slice(0, 4)}` : monthName(monthOf(day)));
  const first = entries[0];
  const last = entries.at(-1);
  if (!first || !last) return '';
  const a = label(first.date);
  const b = label(last.date);
  return a === b ? `in ${a}` : `from ${a} to ${b}`;
}

/**
 * "The major theme of my 2024 was *ml-platform*, from February to November; after it came
 * *transition* and *hiring*." Every word is a theme name, a month or connective prose.
 */
function opening(period: ReviewPeriod, entries: readonly Entry[], themes: readonly ScoredTheme[]): string {
  if (entries.length === 0) return `There are no entries for ${period.label} yet.`;
  const [top, ...after] = themes;
  if (!top) return '';
  const phrase = periodPhrase(period, 'of')
    .replace(/^of /, 'of my ')
    .replace(/^since my review/, 'since my review');
  const lead = `The major theme ${phrase} was *${top.name}*, ${span(top.entries, period)}`;
  const next = after.filter((t) => t.entries.length > 1).slice(0, 3);
  return next.length > 0 ? `${lead}; after it came ${joinWords(next.map((t) => `*${t.name}*`))}.` : `${lead}.`;
}

/** A title as a sentence, by rules that keep its words: "Rebuilt the churn model" → "I rebuilt the churn model." */
function titleSentence(entry: Entry, analysis: EntryAnalysis): string {
  const title = cleanTitle(oneLine(plainExcerpt(entry.title, Number.MAX_SAFE_INTEGER))).replace(/[.!]+$/, '');
  const written = analysis.action?.written ?? '';
  const verbLed = analysis.action?.strength !== 'implied' && written !== '' && title.toLowerCase().startsWith(written.toLowerCase());
  if (verbLed && !/^(?:I|We)\b/.test(title)) {
    // A to-do written after the fact ("Fix flaky deploys") takes its past tense; the rest keeps its words.
    const rest = title.slice(written.length);
    const verb =
      analysis.action && analysis.action.strength === 'strong' && written.toLowerCase() !== analysis.action.verb
        ? analysis.action.verb
        : written;
    const lowered = /^[A-Z][a-z-]*(?:\s[a-z]+)?$/.test(verb) ? verb.toLowerCase() : verb;
    return asSentence(`I ${lowered}${rest}`);
  }
  return asSentence(title.charAt(0).toUpperCase() + title.slice(1));
}

/**
 * A theme's arc through the period: where it started, each month's work with its results in
 * the author's words, and where it ended. A month with a measured result is a turning point
 * and says so by leading with the result's entry.
 */
function themeArc(
  heading: string,
  entries: readonly Entry[],
  writer: DraftWriter,
  date: DateWriter,
  period: ReviewPeriod,
  toldUnder: Map<string, string>,
  analysisOf: (entry: Entry) => EntryAnalysis,
  textOf: TextOf,
): string[] {
  const acrossYears = period.from.slice(0, 4) !== period.to.slice(0, 4);
  const runs: Entry[][] = [];
  for (const entry of byDate(entries)) {
    const run = runs.at(-1);
    if (run && run[0] && monthOf(run[0].date) === monthOf(entry.date)) run.push(entry);
    else runs.push([entry]);
  }
  return runs.map((run, i) => {
    const month = monthOf(run[0]?.date ?? '');
    const name = acrossYears ? `${monthName(month)} ${month.slice(0, 4)}` : monthName(month);
    // "It started in… By…" tells a theme's arc; the rest of the year (no heading) has no arc to tell.
    const arc = heading !== '' && runs.length > 1;
    const lead = !arc ? `In ${name}` : i === 0 ? `It started in ${name}` : i === runs.length - 1 ? `By ${name}` : `In ${name}`;
    const stories = run.map((e) => {
      const home = toldUnder.get(e.id);
      if (home !== undefined && home !== heading) {
        return `${titleSentence(e, analysisOf(e)).replace(/[.!?]$/, '')} (see *${home}*).${writer.cite(e)}`;
      }
      toldUnder.set(e.id, heading);
      const analysis = analysisOf(e);
      const text = textOf(e);
      const done = capitalFirst(text.done);
      const happened = capitalFirst(text.happened);
      const title = titleSentence(e, analysis);
      const parts = [title, sameText(done, e.title) ? '' : done, happened].filter(Boolean);
      return `${parts.join(' ')}${writer.cite(e)}`;
    });
    return `*${lead}.* ${stories.join(' ')}`;
  });
}

/** "reindex 6h -> 25min." starts a sentence: a plain lower-case first word takes a capital; "p95" or "iOS" do not. */
function capitalFirst(sentence: string): string {
  return /^[a-z][a-z-]*\b(?![\d])/.test(sentence) && !/^[a-z]+[A-Z]/.test(sentence)
    ? sentence.charAt(0).toUpperCase() + sentence.slice(1)
    : sentence;
}

function learnedDetail(entry: Entry, textOf: TextOf): string {
  const text = textOf(entry);
  const detail = text.done || text.happened;
  return detail ? `: ${detail}` : '';
}

function kudosLine(entry: Entry, writer: DraftWriter, date: DateWriter, textOf: TextOf): string {
  const from = entry.people.length > 0 ? `, from ${joinWords(entry.people.map((p) => p.name))}` : '';
  const said = textOf(entry).done;
  return `**${boldSafe(cleanTitle(entry.title))}** (${date(entry)})${from}${said ? `: ${said}` : ''}${writer.cite(entry)}`;
}
