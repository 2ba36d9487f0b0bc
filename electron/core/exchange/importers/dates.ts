import { MAX_YEAR, MIN_YEAR, type Day } from '../../../../shared/domain/day';

/**
 * Dates as people write them in hand-made documents: "2019-03-04", "Mar 4", "March 4, 2019",
 * "4 March 2019", "March 2019", "2019-03", and in headings "Q1 2019", "H2", "2019", "March",
 * "Week of 4 March". English month names only.
 */

/** What a piece of text says about when: any of the parts may be missing. */
export interface PartialDate {
  year?: number;
  month?: number;
  day?: number;
  quarter?: number;
  half?: number;
  /** The words it was read from, for warnings. */
  text: string;
}

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])\.?`;
const DAY_OF_MONTH = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:19|20)\d{2})`;

function monthNumber(name: string): number {
  const key = name.toLowerCase().slice(0, 3);
  return MONTH_NAMES.findIndex((m) => m.startsWith(key)) + 1;
}

interface DateShape {
  source: string;
  read: (m: RegExpExecArray) => Omit<PartialDate, 'text'>;
}

// Longest shapes first, so "March 4, 2019" is not read as "March 4".
const SHAPES: readonly DateShape[] = [
  { source: String.raw`(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})`, read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }) },
  { source: String.raw`${MONTH}\s+${DAY_OF_MONTH},?\s+${YEAR}`, read: (m) => ({ month: monthNumber(m[1] ?? ''), day: Number(m[2]), year: Number(m[3]) }) },
  { source: String.raw`${DAY_OF_MONTH}\s+(?:of\s+)?${MONTH},?\s+${YEAR}`, read: (m) => ({ day: Number(m[1]), month: monthNumber(m[2] ?? ''), year: Number(m[3]) }) },
  { source: String.raw`(\d{4})-(\d{2})(?![-\d])`, read: (m) => ({ year: Number(m[1]), month: Number(m[2]) }) },
  { source: String.raw`${MONTH},?\s+${YEAR}`, read: (m) => ({ month: monthNumber(m[1] ?? ''), year: Number(m[2]) }) },
  { source: String.raw`${MONTH}\s+${DAY_OF_MONTH}(?!\d|:\d)`, read: (m) => ({ month: monthNumber(m[1] ?? ''), day: Number(m[2]) }) },
  { source: String.raw`${DAY_OF_MONTH}\s+(?:of\s+)?${MONTH}`, read: (m) => ({ day: Number(m[1]), month: monthNumber(m[2] ?? '') }) },
];

// Compiled once: importing a large document runs these for every item.
interface CompiledShape extends DateShape {
  whole: RegExp;
  leading: RegExp;
  trailing: readonly RegExp[];
  inline: RegExp;
}

const COMPILED: readonly CompiledShape[] = SHAPES.map((shape) => ({
  ...shape,
  whole: new RegExp(`^${shape.source}$`, 'i'),
  leading: new RegExp(String.raw`^(\*\*|__|\*|_|\[|\()?\s*(${shape.source})\s*(\*\*|__|\*|_|\]|\))?\s*([:|–—-]|,(?=\s))?\s*`, 'i'),
  trailing: [String.raw`\(`, String.raw`\[`, String.raw`\s[–—-]\s+`].map(
    (open, i) => new RegExp(String.raw`\s*${open}(${shape.source})${[String.raw`\)`, String.raw`\]`, ''][i] ?? ''}\.?$`, 'i'),
  ),
  inline: new RegExp(String.raw`(?<![\w-])${shape.source}(?![\w-])`, 'i'),
}));

// Only what cannot be anything but a date counts when it sits in the middle of a sentence.
const INLINE_SHAPES = COMPILED.slice(0, 3);

function readShape(shape: DateShape, m: RegExpExecArray, text: string): PartialDate {
  return { ...shape.read(m), text: text.trim() };
}

/** The whole of `text` as a date ("March 4, 2019", "2019-03"), or undefined. */
export function parseWholeDate(text: string): PartialDate | undefined {
  const trimmed = text.trim();
  for (const shape of COMPILED) {
    const m = shape.whole.exec(trimmed);
    if (m) return readShape(shape, m, trimmed);
  }
  return undefined;
}

/**
 * A date at the start of an item, with the separator after it: "2019-03-04: …", "**Mar 4** — …",
 * "[2019-03-04] …", "(March 2019) …". A bare month name needs a separator ("May: …"), so
 * "May the new API…" stays text.
 */
export function takeLeadingDate(text: string): { date: PartialDate; rest: string } | undefined {
  for (const shape of COMPILED) {
    const m = shape.leading.exec(text);
    if (!m) continue;
    const opener = m[1];
    const closer = m[m.length - 2];
    const separator = m[m.length - 1];
    const isIso = /^\d{4}/.test(m[2] ?? '');
    // Brackets and bold must pair up; otherwise the date needs a separator (or ISO form) to count.
    if (opener && !closer) continue;
    if (!opener && closer) continue;
    if (!opener && !separator && !isIso) continue;
    const rest = text.slice(m[0].length);
    if (!rest.trim()) continue;
    const inner = shape.whole.exec(m[2] ?? '');
    if (!inner) continue;
    return { date: readShape(shape, inner, m[2] ?? ''), rest };
  }
  return undefined;
}

/** A date closing an item: "… (2019-03-04)", "… [Mar 4]", "… — March 2019". */
export function takeTrailingDate(text: string): { date: PartialDate; rest: string } | undefined {
  for (const shape of COMPILED) {
    for (const pattern of shape.trailing) {
      const m = pattern.exec(text);
      if (!m || m.index === 0) continue;
      const found = m[1] ?? '';
      const inner = shape.whole.exec(found);
      if (!inner) continue;
      return { date: readShape(shape, inner, found), rest: text.slice(0, m.index) };
    }
  }
  return undefined;
}

/** A full date anywhere in the text ("on 2019-03-04", "on March 4, 2019"); the text is left as it is. */
export function findInlineDate(text: string): PartialDate | undefined {
  for (const shape of INLINE_SHAPES) {
    const m = shape.inline.exec(text);
    if (m) return readShape(shape, m, m[0]);
  }
  return undefined;
}

/**
 * A heading that names a period: "Q1 2019", "2019 Q1", "H2", "2019", "March", "March 2019",
 * "2019-03", "March 4", "Week of 4 March". The whole heading must be the period (a trailing
 * colon is fine), so "2019 goals" or "March madness" are not periods.
 */
export function parseHeadingDate(heading: string): PartialDate | undefined {
  const text = heading.trim().replace(/:$/, '').trim();
  let m = /^Q([1-4])(?:\s*[-/']?\s*((?:19|20)\d{2}))?$/i.exec(text) ?? /^((?:19|20)\d{2})\s*[-/]?\s*Q([1-4])$/i.exec(text);
  if (m) {
    const [a, b] = [m[1] ?? '', m[2]];
    return a.length === 4 ? { year: Number(a), quarter: Number(b), text } : { quarter: Number(a), ...(b ? { year: Number(b) } : {}), text };
  }
  m = /^H([12])(?:\s+((?:19|20)\d{2}))?$/i.exec(text);
  if (m) return { half: Number(m[1]), ...(m[2] ? { year: Number(m[2]) } : {}), text };
  m = /^((?:19|20)\d{2})$/.exec(text);
  if (m) return { year: Number(m[1]), text };
  m = new RegExp(`^${MONTH}$`, 'i').exec(text);
  if (m) return { month: monthNumber(m[1] ?? ''), text };
  m = /^(?:week\s+of|week\s+starting|w\/c)\s+(.+)$/i.exec(text);
  if (m) {
    const start = parseWholeDate(m[1] ?? '');
    return start?.day !== undefined ? { ...start, text } : undefined;
  }
  return parseWholeDate(text);
}

/** Inner headings narrow outer ones: "Q1 2019" then "March" is March 2019; the year carries down. */
export function refineDate(outer: PartialDate | undefined, inner: PartialDate): PartialDate {
  if (!outer) return inner;
  const year = inner.year ?? outer.year;
  return year === undefined ? inner : { ...inner, year };
}

/**
 * The same answer as isDay for a yyyy-MM-dd built from numbers, without date-fns' parser:
 * a large document asks this for every item.
 */
export function calendarDay(year: number, month: number, day: number): Day | undefined {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return undefined;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function describeMonth(year: number, month: number): string {
  const name = MONTH_NAMES[month - 1] ?? '';
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${year}`;
}

export interface ResolvedDate {
  date: Day | null;
  warning?: string;
}

/**
 * The calendar day an entry gets from what its text and headings say. A day of the month is
 * exact; a month or quarter gives its first day (with a warning saying so); a year alone is too
 * vague for a day, so the entry stays undated and the warning names the year.
 */
export function resolveDay(date: PartialDate | undefined, fallbackYear: number | undefined): ResolvedDate {
  if (!date) return { date: null, warning: 'No date was found for this entry; pick one before saving.' };
  const year = date.year ?? fallbackYear;
  if (year === undefined) {
    return { date: null, warning: `"${date.text}" does not say which year; pick a date before saving.` };
  }
  if (date.month !== undefined && date.day !== undefined) {
    const day = calendarDay(year, date.month, date.day);
    if (!day) return { date: null, warning: `"${date.text}" is not a day on the calendar; pick a date before saving.` };
    return { date: day };
  }
  if (date.month !== undefined) {
    const day = calendarDay(year, date.month, 1);
    if (!day) return { date: null, warning: `"${date.text}" is not a month on the calendar; pick a date before saving.` };
    return { date: day, warning: `Only the month was given ("${date.text}"), so it is dated the 1st of ${describeMonth(year, date.month)}.` };
  }
  if (date.quarter !== undefined) {
    const month = (date.quarter - 1) * 3 + 1;
    return { date: `${year}-${pad(month)}-01`, warning: `Only the quarter was given ("${date.text}"), so it is dated the first day of Q${date.quarter} ${year}.` };
  }
  if (date.half !== undefined) {
    const month = date.half === 1 ? 1 : 7;
    return { date: `${year}-${pad(month)}-01`, warning: `Only the half-year was given ("${date.text}"), so it is dated the first day of H${date.half} ${year}.` };
  }
  return { date: null, warning: `Only the year ${year} is known for this entry; pick a date before saving.` };
}

/** A standalone year in a title such as "# 2019 brag document" or "Brag doc — 2019". */
export function yearIn(text: string): number | undefined {
  const years = [...text.matchAll(/(?<![\d-])((?:19|20)\d{2})(?![\d-])/g)].map((m) => Number(m[1]));
  return years.length === 1 ? years[0] : undefined;
}
