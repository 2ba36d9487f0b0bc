import { MAX_YEAR, MIN_YEAR, type Day } from '../../../../shared/domain/day';
import { endOfPeriod, type DatePrecision } from '../../../../shared/domain/entryDate';

/**
 * Dates as people write them in hand-made documents, with how precise they are: days
 * ("2019-03-04", "Mar 4", "March 4th", "4/8", "4 March 2019"), weeks ("week of 2/18"), parts of
 * months ("Early March", "mid-May"), ISO weeks ("2024-W07"), months ("June", "Sept 2019", "2019-03"), quarters ("Q2"),
 * halves ("H2"), seasons ("this summer"), years, and ranges of any of these joined by "–", "-",
 * "to", "until" or "through" ("mid-May to early July", "4–8 March", "May–July 2023"). Every form
 * formatEntryDate writes is read back. English words only.
 *
 * The reader is a small scanner of anchored (sticky) patterns tried at one position, so reading
 * a long line is linear and nothing recurses over the input.
 */

export type MonthPart = 'early' | 'mid' | 'late';

/** What a piece of text says about when: any of the parts may be missing. */
export interface PartialDate {
  year?: number;
  month?: number;
  day?: number;
  quarter?: number;
  half?: number;
  /** The month a season starts in: 3, 6, 9 or 12. */
  season?: number;
  part?: MonthPart;
  /** "week of …": the day is the week's first day. */
  week?: boolean;
  /** A range's last period ("to early July"). */
  end?: PartialDate;
  /** Read from "4/8": taken as month/day, a guess worth showing. */
  slashed?: boolean;
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
const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY_OF_MONTH = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const YEAR = String.raw`((?:19|20)\d{2})`;
/** Nothing word-like may follow a date: "Mayor" is not May, "2019a" is not 2019. */
const END = String.raw`(?![\p{L}\p{N}])`;

function monthNumber(name: string): number {
  const key = name.toLowerCase().slice(0, 3);
  return MONTH_NAMES.findIndex((m) => m.startsWith(key)) + 1;
}

const SEASON_MONTHS: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };
const PART_WORDS: Record<string, MonthPart> = {
  early: 'early',
  beginning: 'early',
  start: 'early',
  mid: 'mid',
  middle: 'mid',
  late: 'late',
  end: 'late',
};

interface Shape {
  /** Only where a date is expected (a heading, before a separator): a bare "May" or "2019". */
  loose?: boolean;
  re: RegExp;
  read: (m: RegExpExecArray) => Omit<PartialDate, 'text'> | undefined;
}

const shape = (source: string, read: Shape['read'], loose = false): Shape => ({ re: new RegExp(`${source}${END}`, 'iuy'), read, loose });
const num = (s: string | undefined): number => Number(s);
const twoDigitYear = (s: string): number => (s.length === 2 ? 2000 + Number(s) : Number(s));

// Longest shapes first, so "March 4, 2019" is not read as "March 4".
const SHAPES: readonly Shape[] = [
  shape(String.raw`(\d{4})-?W(\d{2})`, (m) => isoWeek(num(m[1]), num(m[2]))),
  shape(String.raw`(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})`, (m) => ({ year: num(m[1]), month: num(m[2]), day: num(m[3]) })),
  shape(String.raw`(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})`, (m) => slashDay(num(m[1]), num(m[2]), twoDigitYear(m[3] ?? ''))),
  shape(String.raw`(\d{4})-(\d{2})(?![-\d])`, (m) => ({ year: num(m[1]), month: num(m[2]) })),
  shape(String.raw`Q([1-4])(?:\s*[-/]?\s*${YEAR}|\s*'(\d{2}))?`, (m) => ({ quarter: num(m[1]), ...yearOf(m[2] ?? m[3]) })),
  shape(String.raw`${YEAR}\s*[-/]?\s*Q([1-4])`, (m) => ({ year: num(m[1]), quarter: num(m[2]) })),
  shape(String.raw`H([12])(?:\s*[-/]?\s*${YEAR})?`, (m) => ({ half: num(m[1]), ...yearOf(m[2]) })),
  shape(String.raw`(first|second|1st|2nd)\s+half(?:\s+of)?(?:\s+(?:the\s+year|${YEAR}))?`, (m) => ({
    half: /^(?:first|1st)$/i.test(m[1] ?? '') ? 1 : 2,
    ...yearOf(m[2]),
  })),
  shape(String.raw`(early|mid|middle\s+of|late|end\s+of|beginning\s+of|start\s+of)[-\s]+${MONTH}(?:,?\s+${YEAR})?`, (m) => ({
    part: PART_WORDS[(m[1] ?? '').toLowerCase().split(/\s/)[0] ?? ''] ?? 'mid',
    month: monthNumber(m[2] ?? ''),
    ...yearOf(m[3]),
  })),
  shape(String.raw`(?:this\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?${YEAR}(?:[-–/]\d{2})?)?`, (m) => ({
    season: SEASON_MONTHS[(m[1] ?? '').toLowerCase()] ?? 6,
    ...yearOf(m[2]),
  })),
  shape(String.raw`${MONTH}\s+${DAY_OF_MONTH},?\s+${YEAR}`, (m) => ({ month: monthNumber(m[1] ?? ''), day: num(m[2]), year: num(m[3]) })),
  shape(String.raw`${DAY_OF_MONTH}\s+(?:of\s+)?${MONTH},?\s+${YEAR}`, (m) => ({
    day: num(m[1]),
    month: monthNumber(m[2] ?? ''),
    year: num(m[3]),
  })),
  shape(String.raw`${MONTH},?\s+${YEAR}`, (m) => ({ month: monthNumber(m[1] ?? ''), year: num(m[2]) })),
  shape(String.raw`${MONTH}\s+${DAY_OF_MONTH}(?!\d|:\d)`, (m) => ({ month: monthNumber(m[1] ?? ''), day: num(m[2]) })),
  shape(String.raw`${DAY_OF_MONTH}\s+(?:of\s+)?${MONTH}`, (m) => ({ day: num(m[1]), month: monthNumber(m[2] ?? '') })),
  shape(String.raw`(\d{1,2})/(\d{1,2})(?![/\d])`, (m) => slashDay(num(m[1]), num(m[2]), undefined)),
  shape(MONTH, (m) => ({ month: monthNumber(m[1] ?? '') }), true),
  shape(YEAR, (m) => ({ year: num(m[1]) }), true),
];

/**
 * "2024-W07": the ISO 8601 week, which starts on a Monday; week 1 is the one holding 4 January, so
 * its Monday can fall in the year before ("2020-W01" starts on 2019-12-30).
 */
function isoWeek(year: number, week: number): Omit<PartialDate, 'text'> {
  // A week the year does not have is read as one (no day 0 of month 0), so the user is told it is
  // not on the calendar, as with "2022-13-45", rather than it falling back to the bare year.
  const none = { year, month: 0, day: 0, week: true };
  if (week < 1 || week > 53) return none;
  const jan4 = new Date(Date.UTC(2000, 0, 4));
  jan4.setUTCFullYear(year);
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (week - 1) * 7 * 86_400_000);
  // A year has a week 53 only when that week's Thursday is still in the year.
  if (new Date(monday.getTime() + 3 * 86_400_000).getUTCFullYear() !== year) return none;
  return { year: monday.getUTCFullYear(), month: monday.getUTCMonth() + 1, day: monday.getUTCDate(), week: true };
}

function yearOf(text: string | undefined): { year?: number } {
  return text ? { year: twoDigitYear(text) } : {};
}

/** "2/18" is month/day (the common order in brag documents); "18/2" can only be day/month. */
function slashDay(a: number, b: number, year: number | undefined): Omit<PartialDate, 'text'> | undefined {
  const [month, day] = a <= 12 ? [a, b] : [b, a];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { month, day, slashed: a <= 12 && b <= 12 && a !== b, ...(year === undefined ? {} : { year }) };
}

interface Found {
  date: PartialDate;
  /** Where the date ends in the text. */
  end: number;
  loose: boolean;
}

/** One date starting exactly at `at`, or undefined. */
function singleAt(text: string, at: number): Found | undefined {
  const week = /(?:the\s+)?(?:weeks?\s+of|weeks?\s+starting|w\/c|wk\s+of)\s+/iy;
  week.lastIndex = at;
  const w = week.exec(text);
  if (w) {
    const inner = singleAt(text, at + w[0].length);
    if (inner?.date.day !== undefined)
      return { ...inner, date: { ...inner.date, week: true, text: text.slice(at, inner.end) }, loose: false };
  }
  for (const s of SHAPES) {
    s.re.lastIndex = at;
    const m = s.re.exec(text);
    if (!m) continue;
    const read = s.read(m);
    if (!read) continue;
    return { date: { ...read, text: m[0] }, end: at + m[0].length, loose: s.loose === true };
  }
  return undefined;
}

const RANGE_JOIN = /\s*(?:–|—|-{1,2}|\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b)\s*/iy;
const BARE_DAY = new RegExp(`${DAY_OF_MONTH}${END}`, 'iuy');

/** A date or a range of dates starting at `at`. */
export function dateAt(text: string, at: number): Found | undefined {
  // "4–8 March 2019": the first day borrows the month of the second.
  const days = new RegExp(String.raw`${DAY_OF_MONTH}\s*(?:–|—|-|to)\s*${DAY_OF_MONTH}\s+(?:of\s+)?${MONTH}(?:,?\s+${YEAR})?${END}`, 'iuy');
  days.lastIndex = at;
  const d = days.exec(text);
  if (d) {
    const month = monthNumber(d[3] ?? '');
    const year = yearOf(d[4]);
    return {
      date: { month, day: num(d[1]), ...year, end: { month, day: num(d[2]), ...year, text: d[0] }, text: d[0] },
      end: at + d[0].length,
      loose: false,
    };
  }
  const first = singleAt(text, at);
  if (!first) return undefined;
  RANGE_JOIN.lastIndex = first.end;
  const join = RANGE_JOIN.exec(text);
  if (!join) return first;
  const afterJoin = first.end + join[0].length;
  let second = singleAt(text, afterJoin);
  if (!second && first.date.day !== undefined && first.date.month !== undefined) {
    // "March 4–8": the last day borrows the month.
    BARE_DAY.lastIndex = afterJoin;
    const bare = BARE_DAY.exec(text);
    if (bare)
      second = { date: { month: first.date.month, day: num(bare[1]), text: bare[0] }, end: afterJoin + bare[0].length, loose: false };
  }
  if (!second || !sameKindOfThing(first.date, second.date)) return first;
  // "weeks of 6 Jan – 20 Jan": the second day starts a week too.
  if (first.date.week && second.date.day !== undefined) second = { ...second, date: { ...second.date, week: true } };
  const start = { ...first.date };
  if (start.year === undefined && second.date.year !== undefined) start.year = second.date.year;
  return { date: { ...start, end: second.date, text: text.slice(at, second.end) }, end: second.end, loose: first.loose && second.loose };
}

/** "2019-2020" and "May–July" are ranges; "2019 - May" is two unrelated things. */
function sameKindOfThing(a: PartialDate, b: PartialDate): boolean {
  const yearOnly = (p: PartialDate) => p.month === undefined && p.quarter === undefined && p.half === undefined && p.season === undefined;
  return yearOnly(a) === yearOnly(b);
}

/** The whole of `text` as a date ("March 4, 2019", "2019-03", "Q2–Q3 2019"), or undefined. */
export function parseWholeDate(text: string): PartialDate | undefined {
  const trimmed = text.trim();
  const found = dateAt(trimmed, 0);
  return found && found.end === trimmed.length ? { ...found.date, text: trimmed } : undefined;
}

const LEAD_OPEN = /(\*\*|__|\*|_|\[|\()?\s*/y;
const LEAD_CLOSE = /\s*(\*\*|__|\*|_|\]|\))?\s*([:|–—-]|,(?=\s))?\s*/y;
const CLOSERS: Record<string, string> = { '**': '**', __: '__', '*': '*', _: '_', '[': ']', '(': ')' };

/**
 * A date at the start of an item, with the separator after it: "2019-03-04: …", "**Mar 4** — …",
 * "[2019-03-04] …", "(March 2019) …", "week of 2/18: …", "Early March – …". A date that is not ISO
 * needs a separator or brackets, so "May the new API…" stays text.
 */
export function takeLeadingDate(text: string): { date: PartialDate; rest: string } | undefined {
  LEAD_OPEN.lastIndex = 0;
  const open = LEAD_OPEN.exec(text);
  const opener = open?.[1];
  const found = dateAt(text, open?.[0].length ?? 0);
  if (!found) return undefined;
  LEAD_CLOSE.lastIndex = found.end;
  const close = LEAD_CLOSE.exec(text);
  const closer = close?.[1];
  const separator = close?.[2];
  if (opener && closer !== CLOSERS[opener]) return undefined;
  if (!opener && closer) return undefined;
  const isIso = /^\d{4}-W?\d/.test(found.date.text);
  if (!opener && !separator && !isIso) return undefined;
  const rest = text.slice(found.end + (close?.[0].length ?? 0));
  if (!rest.trim()) return undefined;
  return { date: found.date, rest };
}

/** A date closing an item: "… (2019-03-04)", "… [Mar 4]", "… — March 2019". */
export function takeTrailingDate(text: string): { date: PartialDate; rest: string } | undefined {
  const trimmed = text.replace(/\.\s*$/, '');
  for (const [opener, closer] of [
    ['(', ')'],
    ['[', ']'],
    [' — ', ''],
    [' – ', ''],
    [' - ', ''],
    [' in ', ''],
    [' during ', ''],
  ] as const) {
    const at = trimmed.lastIndexOf(opener);
    if (at <= 0) continue;
    const found = dateAt(trimmed, at + opener.length);
    // "… in March" names a month; "… in 2019" alone is too vague to date an item by.
    if (!found || (found.loose && !(opener.trim().length > 1 && found.date.month !== undefined))) continue;
    if (trimmed.slice(found.end).trim() !== closer) continue;
    return { date: found.date, rest: trimmed.slice(0, at).trimEnd() };
  }
  return undefined;
}

// Only what cannot be anything but a date counts in the middle of a sentence.
const INLINE = [
  new RegExp(String.raw`(?<![\w-])(\d{4})-(\d{2})-(\d{2})(?![\w-])`, 'giu'),
  new RegExp(String.raw`(?<![\w-])${MONTH}\s+${DAY_OF_MONTH},?\s+${YEAR}(?![\w-])`, 'giu'),
  new RegExp(String.raw`(?<![\w-])${DAY_OF_MONTH}\s+(?:of\s+)?${MONTH},?\s+${YEAR}(?![\w-])`, 'giu'),
];

/** A full date anywhere in the text ("on 2019-03-04", "on March 4, 2019"); the text is left as it is. */
export function findInlineDate(text: string): PartialDate | undefined {
  for (const pattern of INLINE) {
    pattern.lastIndex = 0;
    const m = pattern.exec(text);
    if (!m) continue;
    const found = singleAt(text, m.index);
    if (found) return found.date;
  }
  return undefined;
}

/**
 * A heading that names a period: "Q1 2019", "H2", "2019", "June", "March 2019", "Week of 2/18",
 * "Early March", "Summer 2023", "May–July". The whole heading must be the period (a trailing colon
 * is fine), so "2019 goals" or "March madness" are not periods.
 */
export function parseHeadingDate(heading: string): PartialDate | undefined {
  return parseWholeDate(heading.trim().replace(/:$/, ''));
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

export interface ResolvedDate {
  date: Day | null;
  precision: DatePrecision;
  /** The last day of a range, else null. */
  end: Day | null;
  /** Something the user should answer or check. */
  warning?: string;
}

const PART_DAY: Record<MonthPart, number> = { early: 1, mid: 11, late: 21 };

/** One period's first day and precision; `year` must be known. */
function periodStart(date: PartialDate, year: number): { day: Day | undefined; precision: DatePrecision } | undefined {
  if (date.month !== undefined && date.day !== undefined)
    return { day: calendarDay(year, date.month, date.day), precision: date.week ? 'week' : 'day' };
  if (date.month !== undefined && date.part) return { day: calendarDay(year, date.month, PART_DAY[date.part]), precision: 'part' };
  if (date.month !== undefined) return { day: calendarDay(year, date.month, 1), precision: 'month' };
  if (date.quarter !== undefined) return { day: calendarDay(year, (date.quarter - 1) * 3 + 1, 1), precision: 'quarter' };
  if (date.half !== undefined) return { day: calendarDay(year, date.half === 1 ? 1 : 7, 1), precision: 'half' };
  if (date.season !== undefined) return { day: calendarDay(year, date.season, 1), precision: 'season' };
  return undefined;
}

const COARSE: ReadonlySet<DatePrecision> = new Set(['month', 'quarter', 'half', 'season', 'year']);

/** The precision a range of two differently precise ends is stored at: fine enough for both. */
function rangePrecision(a: DatePrecision, b: DatePrecision): DatePrecision {
  if (a === b) return a;
  if (COARSE.has(a) && COARSE.has(b)) return 'month';
  if ((a === 'part' || COARSE.has(a)) && (b === 'part' || COARSE.has(b))) return 'part';
  return 'day';
}

const ASK = 'pick a date before saving';

/**
 * The first day, precision and range end an entry gets from what its text and headings say.
 * `yearAlone` is whether a year with nothing finer counts as the entry's date ("[2019] …" said
 * by the item itself) or is only context (a "# 2019" heading), in which case the user is asked.
 */
export function resolveDay(date: PartialDate | undefined, fallbackYear: number | undefined, yearAlone = false): ResolvedDate {
  const none = (warning: string): ResolvedDate => ({ date: null, precision: 'day', end: null, warning });
  if (!date) return none('No date was found for this entry; pick one before saving.');
  let year = date.year ?? fallbackYear;
  if (year === undefined) return none(`"${date.text}" does not say which year; ${ASK}.`);
  let start = periodStart(date, year);
  if (!start) {
    if (!yearAlone) return none(`Only the year ${year} is known for this entry; ${ASK}.`);
    start = { day: calendarDay(year, 1, 1), precision: 'year' };
  }
  if (!start.day) return none(`"${date.text}" is not a day on the calendar; ${ASK}.`);
  const warning = date.slashed ? `"${date.text}" was read as month/day (${start.day}); check it.` : undefined;
  if (!date.end) return { date: start.day, precision: start.precision, end: null, ...(warning ? { warning } : {}) };

  const endYear = date.end.year ?? year;
  const last =
    periodStart(date.end, endYear) ??
    (date.end.year !== undefined ? { day: calendarDay(endYear, 1, 1), precision: 'year' as const } : undefined);
  if (!last?.day)
    return {
      date: start.day,
      precision: start.precision,
      end: null,
      warning: `The end of "${date.text}" could not be read; only its start was kept.`,
    };
  if (last.day < start.day && date.year === undefined && date.end.year !== undefined) {
    // "Dec–Feb 2020": the start is in the year before.
    year -= 1;
    start = periodStart(date, year) ?? start;
  }
  const precision = rangePrecision(start.precision, last.precision);
  const end = endOfPeriod(last.day, last.precision === 'week' ? 'week' : last.precision);
  if (!start.day || end < start.day)
    return {
      date: start.day ?? null,
      precision: start.precision,
      end: null,
      warning: `"${date.text}" ends before it starts; only its start was kept.`,
    };
  // Mixed precisions are stored at the finer one: the end of a coarse period ends a finer one too.
  return { date: start.day, precision, end, ...(warning ? { warning } : {}) };
}

/** A standalone year in a title such as "# 2019 brag document" or "Brag doc — 2019". */
export function yearIn(text: string): number | undefined {
  const years = [...text.matchAll(/(?<![\d-])((?:19|20)\d{2})(?![\d-])/g)].map((m) => Number(m[1]));
  return years.length === 1 ? years[0] : undefined;
}
