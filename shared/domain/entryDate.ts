import type { Day } from './day';

/**
 * When an entry happened, as precisely as its author said it. `date` is always the first day of
 * what was said (sorting, filtering and paging use it); the precision says how to read it back;
 * `dateEnd`, for ranges only ("May–July 2023"), is the last day the range covers.
 *
 * - day: 4 March 2019
 * - week: the week starting on `date` ("week of 18 Feb")
 * - part: a third of a month: early (1st–10th), mid (11th–20th) or late (21st–end)
 * - month, quarter, half, year: calendar periods starting on `date`
 * - season: three months from March, June, September or December (northern meteorological seasons)
 */
export const DATE_PRECISIONS = ['day', 'week', 'part', 'month', 'quarter', 'half', 'season', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface EntryDate {
  date: Day;
  /** Missing means a day: entries written before precision existed. */
  datePrecision?: DatePrecision;
  /** The last day of a range; null or missing when the author named one period. */
  dateEnd?: Day | null;
}

export const PRECISION_LABELS: Record<DatePrecision, string> = {
  day: 'Day',
  week: 'Week',
  part: 'Early/mid/late month',
  month: 'Month',
  quarter: 'Quarter',
  half: 'Half-year',
  season: 'Season',
  year: 'Year',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SEASONS: Record<number, string> = { 3: 'spring', 6: 'summer', 9: 'autumn', 12: 'winter' };

interface Ymd {
  y: number;
  m: number;
  d: number;
}

function ymd(day: Day): Ymd {
  return { y: Number(day.slice(0, 4)), m: Number(day.slice(5, 7)), d: Number(day.slice(8, 10)) };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function toDay(y: number, m: number, d: number): Day {
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + n;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

function partOf(d: number): 'early' | 'mid' | 'late' {
  return d <= 10 ? 'early' : d <= 20 ? 'mid' : 'late';
}

const PART_START = { early: 1, mid: 11, late: 21 } as const;

/** The first day of the period of `precision` that contains `day`. */
export function startOfPeriod(day: Day, precision: DatePrecision): Day {
  const { y, m, d } = ymd(day);
  switch (precision) {
    case 'day':
    case 'week':
      return day;
    case 'part':
      return toDay(y, m, PART_START[partOf(d)]);
    case 'month':
      return toDay(y, m, 1);
    case 'quarter':
      return toDay(y, Math.floor((m - 1) / 3) * 3 + 1, 1);
    case 'half':
      return toDay(y, m <= 6 ? 1 : 7, 1);
    case 'season': {
      // December starts the winter that runs into the next year; January and February belong to it.
      const start = m === 12 ? 12 : Math.floor(m / 3) * 3;
      return start === 0 ? toDay(y - 1, 12, 1) : toDay(y, start, 1);
    }
    case 'year':
      return toDay(y, 1, 1);
  }
}

/** The last day of the period of `precision` that starts on (or contains) `day`. */
export function endOfPeriod(day: Day, precision: DatePrecision): Day {
  const start = ymd(startOfPeriod(day, precision));
  const months = { day: 0, week: 0, part: 0, month: 1, quarter: 3, half: 6, season: 3, year: 12 }[precision];
  if (precision === 'day') return day;
  if (precision === 'week') return addDaysTo(day, 6);
  if (precision === 'part') {
    if (start.d === 21) return toDay(start.y, start.m, daysInMonth(start.y, start.m));
    return toDay(start.y, start.m, start.d + 9);
  }
  const last = addMonths(start.y, start.m, months - 1);
  return toDay(last.y, last.m, daysInMonth(last.y, last.m));
}

function addDaysTo(day: Day, n: number): Day {
  const { y, m, d } = ymd(day);
  // Years before 100 are never days here (MIN_YEAR is 1900), so Date.UTC reads the year as written.
  const date = new Date(Date.UTC(y, m - 1, d + n));
  return toDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** The first and last day an entry's date covers: one day, a whole period, or a range. */
export function entryDateSpan(entry: EntryDate): { from: Day; to: Day } {
  const precision = entry.datePrecision ?? 'day';
  const to = entry.dateEnd ?? endOfPeriod(entry.date, precision);
  return { from: entry.date, to };
}

/**
 * Why this date, precision and end do not fit together, in words a person can act on; undefined
 * when they do. The date must be the first day of its period ("March 2019" is 2019-03-01) so the
 * same thing is always stored the same way; a range ends on or after the day it starts.
 */
export function entryDateProblem(entry: EntryDate): string | undefined {
  const precision = entry.datePrecision ?? 'day';
  const start = startOfPeriod(entry.date, precision);
  if (start !== entry.date)
    return `A date of precision "${precision}" starts on the first day of its period (${start}), not ${entry.date}.`;
  const end = entry.dateEnd;
  if (end === undefined || end === null) return undefined;
  if (end < entry.date) return `The end of the range (${end}) is before its start (${entry.date}).`;
  // A week can start on any day, so a range of weeks can end on any day too.
  if (precision !== 'week' && endOfPeriod(end, precision) !== end)
    return `The end of a range of precision "${precision}" is the last day of a period, not ${end}.`;
  return undefined;
}

function monthName(m: number, short: boolean): string {
  const name = MONTHS[m - 1] ?? '';
  return short && name.length > 4 ? name.slice(0, 3) : name;
}

function seasonName(y: number, m: number): string {
  const name = SEASONS[m] ?? 'season';
  // A winter spans two years; named by both so "winter 2023–24" cannot be misread.
  return m === 12 ? `${name} ${y}–${String((y + 1) % 100).padStart(2, '0')}` : `${name} ${y}`;
}

function partName(d: number): string {
  const part = partOf(d);
  return part === 'mid' ? 'mid-' : `${part} `;
}

/** One period in words, with or without its year. */
function single(day: Day, precision: DatePrecision, withYear: boolean): string {
  const { y, m, d } = ymd(day);
  const year = withYear ? ` ${y}` : '';
  switch (precision) {
    case 'day':
      return `${d} ${monthName(m, false)}${year}`;
    case 'week':
      return `week of ${d} ${monthName(m, true)}${year}`;
    case 'part':
      return `${partName(d)}${monthName(m, false)}${year}`;
    case 'month':
      return `${monthName(m, false)}${year}`;
    case 'quarter':
      return `Q${Math.floor((m - 1) / 3) + 1}${year}`;
    case 'half':
      return `H${m <= 6 ? 1 : 2}${year}`;
    case 'season':
      return withYear ? seasonName(y, m) : (SEASONS[m] ?? 'season');
    case 'year':
      return String(y);
  }
}

/**
 * An entry's date in its author's terms: "4 March 2019", "week of 18 Feb 2019", "early March 2019",
 * "March 2019", "Q2 2019", "H2 2019", "summer 2023", "2019", and ranges such as "May–July 2023",
 * "mid-May – early July 2023", "4–8 March 2019". The one formatter every writer uses, so the
 * timeline, exports and review writing say the same thing; the importer reads every form back.
 * `writeDay` writes a single day the caller's way ("Tue 4 Mar" in the timeline, "4 Mar" in a
 * year's summary); every other precision is written here.
 */
export function formatEntryDate(entry: EntryDate, writeDay?: (day: Day) => string): string {
  const precision = entry.datePrecision ?? 'day';
  const end = entry.dateEnd;
  if (!end || end === endOfPeriod(entry.date, precision))
    return precision === 'day' && writeDay ? writeDay(entry.date) : single(entry.date, precision, true);
  const a = ymd(entry.date);
  const b = ymd(precision === 'week' ? addDaysTo(end, -6) : startOfPeriod(end, precision));
  const sameYear = a.y === b.y && precision !== 'season' && precision !== 'year';
  if (precision === 'day' && sameYear && a.m === b.m) return `${a.d}–${b.d} ${monthName(a.m, false)} ${a.y}`;
  if (precision === 'week')
    return `weeks of ${single(entry.date, 'week', !sameYear).replace(/^week of /, '')} – ${single(toDay(b.y, b.m, b.d), 'week', true).replace(/^week of /, '')}`;
  if (precision === 'year') return `${a.y}–${b.y}`;
  const from = single(entry.date, precision, !sameYear);
  const to = single(toDay(b.y, b.m, b.d), precision, true);
  // Single words join with an en dash; phrases with spaces around it, so each side reads whole.
  const joiner = !from.includes(' ') && !to.replace(/ \d{4}$/, '').includes(' ') ? '–' : ' – ';
  return `${from}${joiner}${to}`;
}
