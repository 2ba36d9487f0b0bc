import { parse as parseYaml } from 'yaml';
import type { EntryKind } from '../../../../shared/domain/model';
import type { SectionId } from '../../../../shared/domain/sections';
import { sectionInfo } from '../../../../shared/domain/sections';
import { endOfPeriod } from '../../../../shared/domain/entryDate';
import { LIMITS } from '../../../../shared/domain/limits';
import { calendarDay, findInlineDate, refineDate, resolveDay, takeLeadingDate, takeTrailingDate, yearIn, type PartialDate } from './dates';
import { fitAllToLimits } from './fitToLimits';
import { bracketThemeGuess, dayMonthGuess, goalGuess, impactGuess, kindGuess, personGuess, yearGuess } from './guesses';
import { headingMeaning, plainHeading, type HeadingMeaning } from './headings';
import {
  impactFromLabel,
  peopleFromLabel,
  saysPraiseReceived,
  splitImpactClause,
  takeBracketTags,
  takeHashtags,
  takeKindMarker,
  takeMarkers,
  themesFromLabel,
} from './markers';
import { findPeople } from './people';
import { indentOf, LIST_ITEM, splitIntoPieces, type Block, type Heading } from './markdownBlocks';
import { tableRowsAsItems } from './tableRows';
import { cutAtWord, firstSentenceEnd, splitTitle } from './titles';
import type { EntryGuess, ImportedEntry, ImportedGoal, ImportOptions, ImportResult } from './types';

/**
 * Hand-written brag documents in the style of Julia Evans' template: headings name the sections
 * (and sometimes periods), bullets and paragraphs are the accomplishments. Every rule here is a
 * guess about what a person meant, so every guess that changes something leaves a warning.
 */

/** Where new entries go when no heading names a section: the template's first and broadest. */
const DEFAULT_SECTION: SectionId = 'projects';

interface Frame {
  level: number;
  text: string;
  line: number;
  meaning: HeadingMeaning;
}

/** What the headings above a block say about it. */
interface Context {
  section: SectionId;
  /** False when no heading named a section and the default was used. */
  sectionNamed: boolean;
  kudos: boolean;
  goals?: { year: number };
  period?: PartialDate;
  year?: number;
  /** Where the year came from, in words ("the heading “2023”"), for the question that checks it. */
  yearFrom?: string;
  /** The period's year came from somewhere other than the words of its finest part ("## March" under "# 2023"). */
  yearBorrowed?: boolean;
  /** The innermost heading that is neither a section nor a period: a project's name, say. */
  group?: Frame;
  /** The innermost heading, for warnings. */
  heading?: Frame;
  /** The last entry above with a whole date, shared by the document's scopes. */
  above?: DatedAbove;
}

/** Where a running log had got to: the last whole date, and which way the dates run. */
interface DatedAbove {
  day?: string;
  descending?: boolean;
}

function contextOf(frames: readonly Frame[], frontMatterYear: number | undefined, thisYear: number, above?: DatedAbove): Context {
  let section: SectionId = DEFAULT_SECTION;
  let sectionNamed = false;
  let kudos = false;
  let period: PartialDate | undefined =
    frontMatterYear === undefined ? undefined : { year: frontMatterYear, text: String(frontMatterYear) };
  let goals: { year: number } | undefined;
  let group: Frame | undefined;
  /** A heading below the title named a period ("## March", "### Q2 2024"). */
  let underPeriod = false;
  let yearFrom = frontMatterYear === undefined ? undefined : 'the front matter';
  let yearBorrowed = false;
  const named = (frame: Frame) => `the ${frame.level === 1 ? 'title' : 'heading'} “${plainHeading(frame.text)}”`;
  for (const frame of frames) {
    const m = frame.meaning;
    if (m.kind === 'section') {
      section = m.section;
      sectionNamed = true;
      kudos = m.kudos;
      group = undefined;
      goals = undefined;
    } else if (m.kind === 'kudos') {
      kudos = true;
    } else if (m.kind === 'period') {
      if (m.date.year !== undefined) yearFrom = named(frame);
      yearBorrowed = m.date.year === undefined && period?.year !== undefined;
      period = refineDate(period, m.date);
      if (frame.level > 1) underPeriod = true;
    } else if (m.kind === 'goals') {
      const base = period?.year ?? thisYear;
      goals = { year: m.which === 'year' ? (m.year ?? base) : m.which === 'next' ? base + 1 : base };
    } else if (m.kind === 'other') {
      if (m.year !== undefined) {
        period = refineDate(period, { year: m.year, text: String(m.year) });
        yearFrom = named(frame);
        yearBorrowed = false;
      }
      // Under a section or a period, "### Search rewrite" names a project. Elsewhere ("## Misc",
      // the document's title) a heading is just a heading, not a reason to merge items.
      if (frame.level > 1 && (sectionNamed || underPeriod)) group = frame;
    }
  }
  const year = period?.year;
  return {
    section,
    sectionNamed,
    kudos,
    ...(goals ? { goals } : {}),
    ...(period ? { period } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(year !== undefined && yearFrom ? { yearFrom, yearBorrowed } : {}),
    ...(group ? { group } : {}),
    ...(frames.length > 0 ? { heading: frames[frames.length - 1] } : {}),
    ...(above ? { above } : {}),
  };
}

function kindOf(context: Context): EntryKind {
  if (context.kudos) return 'kudos';
  if (context.section === 'learning') return 'learning';
  return 'accomplishment';
}

/**
 * "Mar 3" in a running log whose entry above said 2023-02-21: the year of that entry, or the next
 * one when the dates run forward and this day would fall before it (the previous one when they
 * run backward). Said as a guess to check (the import dialog asks it). Undefined when nothing
 * above had a whole date.
 */
function yearFromAbove(date: PartialDate, above: DatedAbove | undefined): ReturnType<typeof resolveDay> | undefined {
  if (!above?.day) return undefined;
  const year = Number(above.day.slice(0, 4));
  const inYear = (y: number) => resolveDay({ ...date, year: y }, y, true);
  let resolved = inYear(year);
  if (!resolved.date) return undefined;
  // Only once two whole dates have shown which way the log runs does a day behind it mean another
  // year. "April" after 15 April runs forward still: only a period that ends before that day is behind it.
  if (above.descending === false && (resolved.end ?? endOfPeriod(resolved.date, resolved.precision)) < above.day)
    resolved = inYear(year + 1);
  else if (above.descending === true && resolved.date > above.day) resolved = inYear(year - 1);
  if (!resolved.date) return undefined;
  const said = resolved.date.slice(0, 4);
  return { ...resolved, warning: `"${date.text}" does not say which year; ${said} was read from the entries around it. Check it.` };
}

/** The lines of a list item without its marker, dedented so nested lists keep their shape. */
function itemLines(block: Block): string[] {
  const [first = '', ...rest] = block.lines;
  if (block.type !== 'item') return block.lines;
  const marker = LIST_ITEM.exec(first)?.[0] ?? '';
  const content = marker.length;
  return [first.slice(content), ...rest.map((line) => line.slice(Math.min(indentOf(line), content)))];
}

/**
 * The first paragraph of a block, with soft-wrapped lines joined back into one ("Rewrote the
 * parser so\nthat it streams" is one sentence); a line after one that ended a sentence starts the body.
 */
function leadAndRest(lines: readonly string[], leadLines: number | undefined): { lead: string; rest: string } {
  let lead = (lines[0] ?? '').trim();
  let i = 1;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    // The parser knows where the first paragraph ends: "2019. was a good year" wrapped onto a
    // new line is a lazy continuation, not a new list item.
    if (leadLines !== undefined ? i >= leadLines : !line.trim() || LIST_ITEM.test(line) || /^\s*(?:[|>]|```|~~~)/.test(line)) break;
    if (/[.!?:…]["')]?$/.test(lead)) break;
    if (impactFromLabel(line) !== undefined || themesFromLabel(line) || peopleFromLabel(line)) break;
    lead = `${lead} ${line.trim()}`;
    i += 1;
  }
  return { lead, rest: dedent(lines.slice(i)).join('\n').replace(/^\n+/, '') };
}

/** Removes the indent all non-blank lines share, so a nested list becomes a top-level list in the body. */
function dedent(lines: readonly string[]): string[] {
  const indents = lines.filter((l) => l.trim()).map(indentOf);
  const common = indents.length > 0 ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(Math.min(common, indentOf(l))));
}

const STAR = /^(?:⭐|🌟|★)\s*|\s*(?:⭐|🌟|★)$/u;
// "**kudos** from Dana (my manager): …", "Kudos: …", "Shoutout to Sam: …". Who it is comes from findPeople.
const KUDOS_LABEL =
  /^(?:\*\*|__)?(?:kudos|praise|shout-?out|recognition)(?:\*\*|__)?(?:\s+(?:from|by|to)\s+([^:*_]{1,100}?))?(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*/i;
const BOLD_TITLE = /^(?:\*\*|__)(.+?)(?:\*\*|__)\s*(?::|[-–—])\s+(.+)$/;
const CHECKBOX = /^\[([ xX])\]\s+/;
// "— Priya" or "-- Sam Lee" closing a piece of praise: who said it.
const ATTRIBUTION = /\s(?:—|–|--|-)\s*((?:[\p{Lu}][\p{L}'’.-]*)(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})\s*$/u;

// '"Raj's fix saved the board deck." — Sara (Head of Marketing)': words someone said about the
// author, in quotation marks, signed with a name. Whose they are comes from findPeople.
const QUOTED_PRAISE =
  /^["“][^]{2,}["”][.!]?\s*(?:—|–|--|-)\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:,[^,()]{1,60})?(?:\s*\([^()]{1,80}\))?\s*$/u;

interface ItemParts {
  entry: ImportedEntry;
  /** The item said its own date, rather than taking one from a heading. */
  ownDate: boolean;
}

/** One bullet or paragraph as one entry. */
function entryFromBlock(block: Block, context: Context): ItemParts {
  const warnings: string[] = [];
  const guesses: EntryGuess[] = [];
  const themes: string[] = [];
  const people: string[] = [];
  let kind = kindOf(context);
  let starred = false;

  const lines = itemLines(block);
  const quote = block.type === 'paragraph' && lines.every((l) => /^\s*>/.test(l));
  const readable = quote ? lines.map((l) => l.replace(/^\s*>\s?/, '')) : lines;
  const split = leadAndRest(readable, quote ? undefined : block.leadLines);
  const { rest } = split;
  let { lead } = split;

  const checkbox = CHECKBOX.exec(lead);
  if (checkbox) {
    lead = lead.slice(checkbox[0].length);
    if (checkbox[1] === ' ') warnings.push('This was an unticked checkbox; check that it really happened.');
  }
  if (STAR.test(lead)) {
    starred = true;
    lead = lead.replace(STAR, '');
  }

  let date: PartialDate | undefined;
  const leading = takeLeadingDate(lead);
  if (leading) {
    date = leading.date;
    lead = leading.rest;
  }
  // Who is named is read from the words as written, before markers and tags are taken out.
  const found = findPeople([lead, rest].join('\n'));
  people.push(...found.map((p) => p.name));
  const roles = Object.fromEntries(found.filter((p) => p.role).map((p) => [p.name, p.role as string]));
  const kudosLabel = KUDOS_LABEL.exec(lead);
  let kindFrom: string | undefined;
  if (kudosLabel) {
    kind = 'kudos';
    kindFrom = kudosLabel[0].trim();
    lead = lead.slice(kudosLabel[0].length);
  } else {
    const marker = takeKindMarker(lead);
    if (marker) {
      kind = marker.kind;
      kindFrom = lead.slice(0, lead.length - marker.rest.length).trim();
      lead = marker.rest;
      // "[shoutout] Aisha untangled…": the praise starts with who earned it.
      const praised = kind === 'kudos' ? findPeople(`shoutout to ${lead}`)[0] : undefined;
      if (praised && lead.startsWith(praised.name) && !people.includes(praised.name)) people.push(praised.name);
    } else if (saysPraiseReceived(lead) || QUOTED_PRAISE.test(readable.join(' ').trim())) {
      kind = 'kudos';
    }
  }
  if (!date) {
    const again = takeLeadingDate(lead);
    if (again) {
      date = again.date;
      lead = again.rest;
    }
  }
  const goalHint = GOAL_HINT.exec(lead);
  if (goalHint) lead = `${lead.slice(0, goalHint.index)}${lead.slice(goalHint.index + goalHint[0].length)}`.trim();
  const tagged = takeHashtags(lead);
  lead = tagged.text;
  themes.push(...tagged.themes);
  const bracketed = takeBracketTags(lead);
  lead = bracketed.text;
  themes.push(...bracketed.themes);
  // "Shipped it ★ #infra": the star closes the words once the tags are gone.
  if (STAR.test(lead)) {
    starred = true;
    lead = lead.replace(STAR, '');
  }
  if (!date) {
    const trailing = takeTrailingDate(lead);
    if (trailing) {
      date = trailing.date;
      lead = trailing.rest;
    }
  }
  const ownDate = date !== undefined || findInlineDate(lead) !== undefined;
  date ??= findInlineDate(lead);

  const marked = takeMarkers(rest);
  themes.push(...marked.themes);
  people.push(...marked.people);
  let impact = marked.impact;
  let body = marked.text;

  let title: string;
  let splitAt: { impact: string; whole: { title: string; body: string } } | undefined;
  const bold = BOLD_TITLE.exec(lead);
  if (bold) {
    title = bold[1] ?? '';
    body = [bold[2] ?? '', body].filter(Boolean).join('\n\n');
  } else {
    const end = firstSentenceEnd(lead);
    let first = end < 0 ? lead : lead.slice(0, end);
    let after = end < 0 ? '' : lead.slice(end).trim();
    // "Rebuilt the cache. Result: p99 down 30%": the labelled second sentence is the impact.
    const labelledAfter = impact ? undefined : impactFromLabel(after);
    if (labelledAfter) {
      impact = labelledAfter;
      after = '';
    }
    if (!impact) {
      const labelled = impactFromLabel(first);
      const clause = labelled === undefined ? splitImpactClause(first) : undefined;
      // "(impact: …)" and "Impact:" say so themselves; an arrow or "which made…" is Chronicle's reading.
      if (clause && !/\b(?:impact|result|outcome)(?:\*\*|__)?\s*[:：]/i.test(first)) {
        // Kept whole, the sentence is read as if it had never been split.
        const whole = splitTitle(first);
        splitAt = {
          impact: clause.impact,
          whole: {
            title: whole.title.replace(/^(\*\*|__)([^*_]+)\1$/, '$2'),
            body: [whole.rest, after, body].filter(Boolean).join('\n\n').trim(),
          },
        };
      }
      if (clause) {
        first = clause.done;
        impact = clause.impact;
      }
    }
    const split = splitTitle(first);
    // "- **Search v2**" on its own: the emphasis is how the person marked a title; the title is the words.
    title = split.title.replace(/^(\*\*|__)([^*_]+)\1$/, '$2');
    body = [split.rest, after, body].filter(Boolean).join('\n\n');
  }
  if (kind === 'kudos') {
    const said = ATTRIBUTION.exec(title) ?? ATTRIBUTION.exec(body.split('\n').pop() ?? '');
    if (said?.[1] && !people.includes(said[1])) people.push(said[1]);
  }

  const resolved =
    (date && date.year === undefined && context.year === undefined ? yearFromAbove(date, context.above) : undefined) ??
    resolveDay(date ? { ...date, year: date.year ?? context.period?.year } : context.period, context.year, date !== undefined);
  if (resolved.warning) warnings.push(resolved.warning);
  if (resolved.date && resolved.precision === 'day' && context.above) {
    if (context.above.day && resolved.date !== context.above.day) context.above.descending = resolved.date < context.above.day;
    context.above.day = resolved.date;
  }

  // Every guess above, as a question the preview asks; the order is the order they are applied in.
  if (splitAt) guesses.push(impactGuess(splitAt.impact, splitAt.whole));
  // A marker that says what its section already says ("TIL:" under "What I learned") guessed nothing.
  if (kindFrom && !(context.sectionNamed && kindOf(context) === kind)) guesses.push(kindGuess(kind, kindFrom));
  for (const theme of bracketed.themes) guesses.push(bracketThemeGuess(theme));
  for (const name of people.filter((p) => !marked.people.includes(p))) guesses.push(personGuess(name, roles[name]));
  if (resolved.date !== null) {
    const borrowed = date ? date.year === undefined : context.yearBorrowed === true;
    if (borrowed && context.year !== undefined && context.yearFrom) guesses.push(yearGuess(context.year, context.yearFrom));
    const other =
      date?.slashed && !date.end && date.day !== undefined && date.month !== undefined
        ? calendarDay(Number(resolved.date.slice(0, 4)), date.day, date.month)
        : undefined;
    if (other && other !== resolved.date) guesses.push(dayMonthGuess(date?.text ?? '', resolved.date, other, resolved.warning));
  }

  return {
    ownDate,
    entry: {
      date: resolved.date,
      datePrecision: resolved.precision,
      dateEnd: resolved.end,
      title,
      body: body.trim(),
      impact: impact.trim(),
      section: context.section,
      kind,
      themes,
      people,
      starred,
      ...(Object.keys(roles).length > 0 ? { roles } : {}),
      ...(goalHint ? { goalHint: goalHint[1]?.trim() ?? '' } : {}),
      sourceLine: block.line,
      warnings,
      ...(guesses.length > 0 ? { guesses } : {}),
    },
  };
}

// "(goal from January ✅)", "(goal: mentoring ✅)", "[goal ✓]": this entry is progress on a goal.
const GOAL_HINT = /\s*[([]goal\b\s*(?:from|:)?\s*([^)\]]*?)\s*(?:✅|✔️?|☑️?|done)?\s*[)\]]/iu;

function words(text: string): Set<string> {
  // Compared by their first five letters, so "mentoring" meets "Mentor" and "shipping" meets "ship".
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 3)
      .map((w) => w.slice(0, 5)),
  );
}

/**
 * Links each entry that says it served a goal to the goal of its year that shares the most words
 * with it; when none does, the entry asks which goal it meant.
 */
function linkGoals(entries: ImportedEntry[], goals: readonly ImportedGoal[]): void {
  for (const entry of entries) {
    if (entry.goalHint === undefined) continue;
    const said = words(`${entry.title} ${entry.body} ${entry.goalHint}`);
    const year = entry.date?.slice(0, 4);
    let best: { goal: ImportedGoal; score: number } | undefined;
    let tied = false;
    for (const goal of goals) {
      if (year && String(goal.year) !== year) continue;
      const score = [...words(goal.title)].filter((w) => said.has(w)).length;
      if (score > 0 && best && score === best.score) tied = true;
      if (score > 0 && (!best || score > best.score)) {
        best = { goal, score };
        tied = false;
      }
    }
    let warning: string;
    if (best && tied) {
      warning = 'It says it served a goal, and more than one goal matches it equally; link it to the right goal after importing.';
    } else if (best) {
      entry.goals = [{ year: best.goal.year, title: best.goal.title }];
      warning = `Linked to the goal "${best.goal.title}" because it says it served a goal; check it is the right one.`;
    } else {
      warning = 'It says it served a goal, but no goal in the document matches it; link it to a goal after importing.';
    }
    entry.warnings.push(warning);
    const choices = goals.filter((g) => !year || String(g.year) === year);
    if (choices.length > 0) {
      const assumed = best && !tied ? best.goal : undefined;
      entry.guesses = [...(entry.guesses ?? []), goalGuess(entry.goalHint, choices, assumed, warning)];
    }
  }
}

const PLACEHOLDER = /^([*_]?)(?:nothing(?: here)?(?: yet)?|none(?: yet)?|n\/a|tbd|todo|no goals written down|empty)\.?\1$/i;

// "Format: date, what, impact", "Note: …": how the author keeps the document, never an entry.
const FORMAT_NOTE = /^(?:\*\*|__|\*|_)?(?:format|note|notes|how i (?:use|keep) this|legend|template)(?:\*\*|__|\*|_)?\s*[:：]/i;

/**
 * A paragraph that is about the document rather than something that happened: a format note
 * anywhere, and, before any heading names a section or a period, an introduction or a name and
 * role line without a date of its own. Kept as the import's notes.
 */
function isNote(block: Block, context: Context, preamble: boolean): boolean {
  if (block.type !== 'paragraph') return false;
  const first = (block.lines[0] ?? '').trim();
  if (FORMAT_NOTE.test(first)) return true;
  if (
    !preamble ||
    context.sectionNamed ||
    context.group ||
    context.kudos ||
    context.period?.month !== undefined ||
    context.period?.quarter !== undefined ||
    context.period?.half !== undefined
  )
    return false;
  const text = block.lines.join(' ');
  return takeLeadingDate(first) === undefined && findInlineDate(text) === undefined;
}

/** A bullet that only says what happened ("- Impact: 3x faster") belongs to the entry above it. */
function standaloneImpact(block: Block): string | undefined {
  if (block.type !== 'item' && block.type !== 'paragraph') return undefined;
  const lines = itemLines(block);
  const first = impactFromLabel(lines[0] ?? '');
  if (first === undefined) return undefined;
  return [first, ...lines.slice(1)].join('\n').trim();
}

function appendBlock(entry: ImportedEntry, block: Block): void {
  entry.body = [entry.body, block.lines.join('\n')].filter(Boolean).join('\n\n');
}

const KEPT_AS_IS: Record<string, string> = { table: 'A table', image: 'An image', code: 'A code block' };

function entriesOfScope(all: readonly Block[], context: Context, warnings: string[]): ImportedEntry[] {
  // A "Themes: a, b" paragraph of its own under a heading applies to everything under it.
  const scopeThemes: string[] = [];
  const blocks = all.filter((block) => {
    const labelled = block.type === 'paragraph' && block.lines.length === 1 ? themesFromLabel(block.lines[0] ?? '') : undefined;
    if (labelled) scopeThemes.push(...labelled);
    return !labelled;
  });
  const entries = entriesOfBlocks(blocks, context, warnings);
  if (scopeThemes.length > 0)
    for (const entry of entries) entry.themes = [...entry.themes, ...scopeThemes.filter((t) => !entry.themes.includes(t))];
  return entries;
}

function entriesOfBlocks(blocks: readonly Block[], context: Context, warnings: string[]): ImportedEntry[] {
  const parts: ItemParts[] = [];
  for (const block of blocks) {
    const previous = parts[parts.length - 1]?.entry;
    const impact = standaloneImpact(block);
    if (impact !== undefined && previous) {
      previous.impact = [previous.impact, impact].filter(Boolean).join('\n');
      continue;
    }
    const rows = block.type === 'table' ? tableRowsAsItems(block) : undefined;
    if (rows) {
      for (const row of rows) parts.push(entryFromBlock(row, context));
      continue;
    }
    if (block.type === 'table' || block.type === 'image' || block.type === 'code') {
      // Kept as Markdown with the entry it illustrates; only on its own does it become an entry.
      if (previous) {
        appendBlock(previous, block);
        continue;
      }
      const title = context.group ? plainHeading(context.group.text) : `${KEPT_AS_IS[block.type] ?? 'Text'} from line ${block.line}`;
      const resolved = resolveDay(context.period, context.year);
      parts.push({
        ownDate: false,
        entry: {
          date: resolved.date,
          datePrecision: resolved.precision,
          dateEnd: resolved.end,
          title,
          body: block.lines.join('\n'),
          impact: '',
          section: context.section,
          kind: kindOf(context),
          themes: [],
          people: [],
          starred: false,
          sourceLine: block.line,
          warnings: [
            `${KEPT_AS_IS[block.type] ?? 'Text'} with no item above it became an entry of its own; give it a better title.`,
            ...(resolved.warning ? [resolved.warning] : []),
          ],
        },
      });
      continue;
    }
    parts.push(entryFromBlock(block, context));
  }

  const group = context.group;
  const dated = parts.filter((p) => p.ownDate).length;
  if (group && parts.length > 0 && dated < 2) return [mergedGroupEntry(group, blocks, parts, context)];
  if (group && parts.length > 0) {
    warnings.push(
      `Line ${group.line}: "${plainHeading(group.text)}" is not a section of the template; its ${parts.length} items were imported one by one into ${sectionInfo(context.section).label}.`,
    );
  }
  return parts.map((p) => p.entry);
}

/**
 * "### Search rewrite" under "## Projects", followed by bullets about it, is one project: one
 * entry titled by the heading, the bullets as its body. (When the bullets carry dates of their
 * own, they are a log instead, and each becomes an entry.)
 */
function mergedGroupEntry(group: Frame, blocks: readonly Block[], parts: readonly ItemParts[], context: Context): ImportedEntry {
  // Blocks that were on adjacent lines (a tight list) stay adjacent; a blank line stays one.
  const source = blocks
    .map((b, i) => {
      const before = blocks[i - 1];
      const gap = before === undefined ? '' : before.line + before.lines.length === b.line ? '\n' : '\n\n';
      return `${gap}${b.lines.join('\n')}`;
    })
    .join('');
  const marked = takeMarkers(source);
  const found = findPeople(source);
  const roles = Object.fromEntries(found.filter((p) => p.role).map((p) => [p.name, p.role as string]));
  let heading = takeHashtags(plainHeading(group.text)).text;
  const titleTags = takeHashtags(plainHeading(group.text));
  // "### Churn model v2 (Q2–Q3)" or "### Q2: Churn model": the heading dates the project.
  const headingDate = takeTrailingDate(heading) ?? takeLeadingDate(heading);
  if (headingDate) heading = headingDate.rest.trim();
  const own = parts.find((p) => p.ownDate)?.entry;
  const resolved = headingDate
    ? resolveDay({ ...headingDate.date, year: headingDate.date.year ?? context.period?.year }, context.year, true)
    : own
      ? { date: own.date, precision: own.datePrecision ?? 'day', end: own.dateEnd ?? null }
      : resolveDay(context.period, context.year);
  const { title, rest } = splitTitle(heading);
  const people = [...marked.people, ...found.map((p) => p.name)];
  const guesses = found.filter((p) => !marked.people.includes(p.name)).map((p) => personGuess(p.name, p.role));
  const borrowed = headingDate ? headingDate.date.year === undefined : !own && context.yearBorrowed === true;
  if (resolved.date !== null && borrowed && context.year !== undefined && context.yearFrom)
    guesses.push(yearGuess(context.year, context.yearFrom));
  // The date came from a bullet: its own questions about the date come with it.
  if (own && !headingDate) guesses.push(...(own.guesses ?? []).filter((g) => g.kind === 'year' || g.kind === 'dayMonth'));
  return {
    date: resolved.date,
    datePrecision: resolved.precision,
    dateEnd: resolved.end,
    title,
    body: [rest, marked.text].filter(Boolean).join('\n\n'),
    impact: marked.impact,
    section: context.section,
    kind: kindOf(context),
    themes: [...titleTags.themes, ...marked.themes],
    people,
    ...(Object.keys(roles).length > 0 ? { roles } : {}),
    starred: parts.some((p) => p.entry.starred),
    ...(guesses.length > 0 ? { guesses } : {}),
    sourceLine: group.line,
    warnings: [
      `What was under the heading "${plainHeading(group.text)}" was read as one project, titled by the heading.`,
      ...('warning' in resolved && resolved.warning ? [resolved.warning] : []),
    ],
  };
}

const GOAL_DONE = /\s*(?:\((?:done|achieved|met|completed?)\)|✅|✔️?)\s*$/iu;
const GOAL_DROPPED = /\s*\((?:dropped|abandoned|cancell?ed|skipped)\)\s*$/i;

function goalFromBlock(block: Block, year: number): ImportedGoal | undefined {
  const lines = itemLines(block);
  // Goals keep their words; tags on them ("#ml") are how the author filed them, not the goal.
  const tagged = takeHashtags(takeBracketTags((lines[0] ?? '').trim()).text);
  let text = tagged.text.trim();
  let status: ImportedGoal['status'] = 'open';
  const checkbox = CHECKBOX.exec(text);
  if (checkbox) {
    status = checkbox[1] === ' ' ? 'open' : 'achieved';
    text = text.slice(checkbox[0].length);
  }
  const struck = /^~~(.+)~~$/.exec(text);
  if (struck) {
    status = 'dropped';
    text = struck[1] ?? '';
  } else if (GOAL_DROPPED.test(text)) {
    status = 'dropped';
    text = text.replace(GOAL_DROPPED, '');
  } else if (GOAL_DONE.test(text)) {
    status = 'achieved';
    text = text.replace(GOAL_DONE, '');
  }
  if (!text.trim()) return undefined;
  let description = lines.slice(1).join('\n').trim();
  const { head, tail } = cutAtWord(text.trim(), LIMITS.goalTitleLength - 1);
  const title = tail ? `${head}…` : head;
  if (tail) description = [`…${tail}`, description].filter(Boolean).join('\n\n');
  return { year, title, status, description };
}

function goalsOfScope(blocks: readonly Block[], year: number): ImportedGoal[] {
  const goals: ImportedGoal[] = [];
  for (const block of blocks) {
    const previous = goals[goals.length - 1];
    if ((block.type === 'table' || block.type === 'image' || block.type === 'code') && previous) {
      previous.description = [previous.description, block.lines.join('\n')].filter(Boolean).join('\n\n');
      continue;
    }
    const goal = goalFromBlock(block, year);
    if (goal) goals.push(goal);
  }
  return goals;
}

interface FrontMatter {
  year?: number;
  /** Lines it spans, so the document is read from after it. */
  lineCount: number;
}

/** Front matter of a page exported from a blog or notes app: read for its year only. */
function readFrontMatter(text: string): FrontMatter {
  if (!text.startsWith('---\n')) return { lineCount: 0 };
  const lines = text.split('\n');
  const close = lines.findIndex((line, i) => i > 0 && (line === '---' || line === '...'));
  if (close < 0 || close > 200) return { lineCount: 0 };
  let data: unknown;
  try {
    // Warnings (an unknown !tag…) would reach the terminal as a multi-line process warning; the
    // front matter only hints at the year, so a doubtful value is simply not used.
    data = parseYaml(lines.slice(1, close).join('\n'), { logLevel: 'error' });
  } catch {
    // Not YAML after all: leave the lines to be read as Markdown.
    return { lineCount: 0 };
  }
  if (typeof data !== 'object' || data === null) return { lineCount: 0 };
  const fields = data as Record<string, unknown>;
  const candidates = [fields.year, fields.date, fields.title].map((v) =>
    v instanceof Date ? String(v.getUTCFullYear()) : typeof v === 'string' || typeof v === 'number' ? String(v) : '',
  );
  // "2019", "2019-12-31" (YAML keeps dates as text), or a title such as "Brag document 2019".
  const year = candidates
    .map((c) => {
      const leading = /^((?:19|20)\d{2})(?:$|-\d{2}-\d{2})/.exec(c);
      return leading ? Number(leading[1]) : yearIn(c);
    })
    .find((y) => y !== undefined);
  return { lineCount: close + 1, ...(year !== undefined ? { year } : {}) };
}

/**
 * Reads a hand-written brag document. Never throws for odd Markdown: whatever it cannot place
 * becomes an entry with a warning, or a file-level warning saying what was skipped.
 */
export function importBragMarkdown(text: string, options: ImportOptions = {}): ImportResult {
  const warnings: string[] = [];
  const entries: ImportedEntry[] = [];
  const goals: ImportedGoal[] = [];
  const notes: string[] = [];
  const front = readFrontMatter(text);
  if (front.lineCount > 0) warnings.push(`The front matter (lines 1–${front.lineCount}) was read only for the year it names.`);
  const body = text.split('\n').slice(front.lineCount).join('\n');
  const thisYear = options.thisYear ?? new Date().getFullYear();
  let thisYearAssumed = false;
  /** First lines of runs of text that no heading placed in a section. */
  const unsectioned: number[] = [];

  const frames: Frame[] = [];
  let blocks: Block[] = [];
  const above: DatedAbove = {};

  const flush = (): void => {
    // "*Nothing here yet.*", "TBD", "n/a": a placeholder for an empty section, not an item.
    blocks = blocks.filter((b) => !(b.type === 'paragraph' && b.lines.length === 1 && PLACEHOLDER.test((b.lines[0] ?? '').trim())));
    if (blocks.length === 0) return;
    const context = contextOf(frames, front.year, thisYear, above);
    if (context.goals) {
      if (context.year === undefined) thisYearAssumed = true;
      // Appended one by one: spreading a 150,000-item scope into push() would overflow the stack.
      for (const goal of goalsOfScope(blocks, context.goals.year)) goals.push(goal);
    } else {
      const kept = blocks.filter((block) => {
        if (!isNote(block, context, preamble)) {
          // The introduction ends where the entries begin, heading or not.
          preamble = false;
          return true;
        }
        notes.push(block.lines.join('\n').trim());
        return false;
      });
      // A "Kudos" heading says what the items are, not where they belong: no warning for those.
      if (kept.length > 0 && !context.sectionNamed && !context.group && !context.kudos) {
        unsectioned.push(kept[0]?.line ?? 0);
      }
      for (const entry of entriesOfScope(kept, context, warnings)) entries.push(entry);
    }
    blocks = [];
  };

  let documentYear: number | undefined;
  let preamble = true;
  const enter = (heading: Heading): void => {
    if (documentYear === undefined && heading.level === 1) documentYear = yearIn(plainHeading(heading.text));
    while (frames.length > 0 && (frames[frames.length - 1]?.level ?? 0) >= heading.level) frames.pop();
    const meaning = headingMeaning(heading.text);
    // The preamble ends at the first heading that says what follows: a section, a period, goals.
    // A level-1 heading is the document's title, even when it is only a year ("# 2019").
    if (meaning.kind !== 'other' && heading.level > 1) preamble = false;
    frames.push({ level: heading.level, text: heading.text, line: heading.line, meaning });
  };

  for (const piece of splitIntoPieces(body, front.lineCount + 1)) {
    if (piece.type === 'heading') {
      flush();
      enter(piece);
    } else if (piece.type === 'skipped') {
      warnings.push(`Line ${piece.line}: ${piece.what} was skipped.`);
    } else {
      blocks.push(piece);
    }
  }
  flush();

  if (unsectioned.length > 0) {
    warnings.push(
      `No heading puts the text at line${unsectioned.length > 1 ? 's' : ''} ${unsectioned.join(', ')} in a section of the template, so it was imported into ${sectionInfo(DEFAULT_SECTION).label}.`,
    );
  }
  if (thisYearAssumed && goals.length > 0) {
    warnings.push(`The document does not say which year it is about, so "this year" was taken to be ${thisYear}.`);
  }
  const year = front.year ?? documentYear;
  linkGoals(entries, goals);
  return {
    format: 'brag-markdown',
    entries: fitAllToLimits(entries),
    warnings,
    goals,
    notes,
    ...(year !== undefined ? { year } : {}),
  };
}
