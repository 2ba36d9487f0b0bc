import { addDaysToDay, type Day, dayProblem, MAX_YEAR, MIN_YEAR } from '../day';
import type { Entry, FollowUp, Goal, Reflection, Theme } from '../model';

/** The stretch of time a review looks back on, with the name people call it by. */
export interface ReviewPeriod {
  from: Day;
  /** Inclusive. */
  to: Day;
  /** "2026", "H2 2026", "Q3 2026", "3 Mar – 29 Nov 2026", "Since your review on 14 Jun 2026". */
  label: string;
}

/** A goal together with the ids of the entries linked to it as evidence (any date). */
export type GoalWithEvidenceIds = Goal & { evidenceIds: string[] };

/**
 * Everything the review generators read: a period and what happened in it. Plain data, so
 * the generators stay pure and the same input always gives the same draft.
 */
export interface ReviewData {
  period: ReviewPeriod;
  /** Full entries dated inside the period, none of them in the trash. */
  entries: Entry[];
  /** Every theme, with its description ("why it matters"). */
  themes: Theme[];
  /** Goals for the period under review. */
  goals: GoalWithEvidenceIds[];
  /** Goals for the period after it. */
  goalsNext: GoalWithEvidenceIds[];
  reflections: Reflection[];
  followUps: {
    /** Follow-ups still waiting for an answer, whatever their due date. */
    open: FollowUp[];
  };
}

/** How a period was chosen. */
export type ReviewPeriodChoice =
  | { kind: 'year'; year: number }
  | { kind: 'half'; year: number; half: 1 | 2 }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'custom'; from: Day; to: Day }
  | { kind: 'sinceLastReview'; reviews: readonly Day[]; today: Day };

export type ReviewPeriodProblemCode =
  | 'bad_year' // not a whole year between MIN_YEAR and MAX_YEAR
  | 'not_a_day' // a date that is not on the calendar
  | 'reversed' // the range ends before it starts
  | 'no_review' // "since my last review" with no review on record
  | 'nothing_since'; // the last review was today: there is nothing after it yet

export interface ReviewPeriodProblem {
  code: ReviewPeriodProblemCode;
  message: string;
}

export type ReviewPeriodResult = { ok: true; period: ReviewPeriod } | { ok: false; problem: ReviewPeriodProblem };

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Builds the period for any way of choosing one; problems come back as values the UI can show. */
export function reviewPeriod(choice: ReviewPeriodChoice): ReviewPeriodResult {
  switch (choice.kind) {
    case 'year':
      return withYear(choice.year, () => yearPeriod(choice.year));
    case 'half':
      return withYear(choice.year, () => halfPeriod(choice.year, choice.half));
    case 'quarter':
      return withYear(choice.year, () => quarterPeriod(choice.year, choice.quarter));
    case 'custom':
      return customPeriod(choice.from, choice.to);
    case 'sinceLastReview':
      return sinceLastReview(choice.reviews, choice.today);
  }
}

function withYear(year: number, build: () => ReviewPeriod): ReviewPeriodResult {
  const problem = yearProblem(year);
  return problem ? { ok: false, problem } : { ok: true, period: build() };
}

function yearProblem(year: number): ReviewPeriodProblem | undefined {
  if (Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR) return undefined;
  return { code: 'bad_year', message: `The year must be a whole number between ${MIN_YEAR} and ${MAX_YEAR}` };
}

/** The calendar year: "2026". Callers pass a year within MIN_YEAR..MAX_YEAR. */
export function yearPeriod(year: number): ReviewPeriod {
  return { from: `${pad4(year)}-01-01`, to: `${pad4(year)}-12-31`, label: String(year) };
}

/** January–June or July–December: "H2 2026". */
export function halfPeriod(year: number, half: 1 | 2): ReviewPeriod {
  const firstMonth = half === 1 ? 1 : 7;
  return { from: monthStart(year, firstMonth), to: monthEnd(year, firstMonth + 5), label: `H${half} ${year}` };
}

/** "Q3 2026": July to September. */
export function quarterPeriod(year: number, quarter: 1 | 2 | 3 | 4): ReviewPeriod {
  const firstMonth = (quarter - 1) * 3 + 1;
  return { from: monthStart(year, firstMonth), to: monthEnd(year, firstMonth + 2), label: `Q${quarter} ${year}` };
}

/**
 * Any range of real days, from ≤ to. A range that happens to be exactly a year, half or
 * quarter gets that period's short name, so the same stretch is never called two things.
 */
export function customPeriod(from: Day, to: Day): ReviewPeriodResult {
  const problem = rangeProblem(from, to);
  if (problem) return { ok: false, problem };
  return { ok: true, period: { from, to, label: namedPeriodLabel(from, to) ?? rangeLabel(from, to) } };
}

/** Why `from`–`to` cannot be a review period, in words; undefined when it can. */
export function rangeProblem(from: Day, to: Day): ReviewPeriodProblem | undefined {
  const fromProblem = dayProblem(from);
  if (fromProblem) return { code: 'not_a_day', message: `Start date: ${fromProblem}` };
  const toProblem = dayProblem(to);
  if (toProblem) return { code: 'not_a_day', message: `End date: ${toProblem}` };
  if (from > to) {
    return { code: 'reversed', message: `The period ends (${formatDay(to)}) before it starts (${formatDay(from)})` };
  }
  return undefined;
}

/**
 * From the day after the most recent review (on or before today) up to today. The review
 * itself covered its own day, so that day is not counted twice. Reviews dated after today
 * are only scheduled and are ignored; so are dates that are not real days.
 */
export function sinceLastReview(reviews: readonly Day[], today: Day): ReviewPeriodResult {
  const todayProblem = dayProblem(today);
  if (todayProblem) return { ok: false, problem: { code: 'not_a_day', message: `Today: ${todayProblem}` } };
  const last = reviews
    .filter((day) => dayProblem(day) === undefined && day <= today)
    .sort()
    .at(-1);
  if (last === undefined) {
    return {
      ok: false,
      problem: { code: 'no_review', message: 'There is no past review on record yet: choose a year or a range instead' },
    };
  }
  if (last === today) {
    return { ok: false, problem: { code: 'nothing_since', message: 'Your last review was today, so nothing has happened since it yet' } };
  }
  return { ok: true, period: { from: addDaysToDay(last, 1), to: today, label: `Since your review on ${formatDay(last)}` } };
}

/** "14 Jun 2026". Read straight from the `yyyy-MM-dd` text: drafts format thousands of days. */
export function formatDay(day: Day): string {
  return `${formatDayShort(day)} ${day.slice(0, 4)}`;
}

/** "14 Jun", for places where the year is already clear. */
export function formatDayShort(day: Day): string {
  return `${Number(day.slice(8, 10))} ${monthName(day.slice(0, 7)).slice(0, 3)}`;
}

/** Every month the period touches, as `yyyy-MM`, in order. */
export function monthsOfPeriod(period: Pick<ReviewPeriod, 'from' | 'to'>): string[] {
  const months: string[] = [];
  let year = Number(period.from.slice(0, 4));
  let month = Number(period.from.slice(5, 7));
  const last = period.to.slice(0, 7);
  for (;;) {
    const key = `${pad4(year)}-${String(month).padStart(2, '0')}`;
    if (key > last) break;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** "Mar 2026" for a `yyyy-MM` month. */
export function monthLabel(month: string): string {
  return `${monthName(month).slice(0, 3)} ${month.slice(0, 4)}`;
}

/** "March" for a `yyyy-MM` month. */
export function monthName(month: string): string {
  return MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? month;
}

function rangeLabel(from: Day, to: Day): string {
  if (from === to) return formatDay(from);
  if (from.slice(0, 4) === to.slice(0, 4)) return `${formatDayShort(from)} – ${formatDay(to)}`;
  return `${formatDay(from)} – ${formatDay(to)}`;
}

function namedPeriodLabel(from: Day, to: Day): string | undefined {
  const year = Number(from.slice(0, 4));
  const candidates = [
    yearPeriod(year),
    halfPeriod(year, 1),
    halfPeriod(year, 2),
    quarterPeriod(year, 1),
    quarterPeriod(year, 2),
    quarterPeriod(year, 3),
    quarterPeriod(year, 4),
  ];
  return candidates.find((p) => p.from === from && p.to === to)?.label;
}

function monthStart(year: number, month: number): Day {
  return `${pad4(year)}-${String(month).padStart(2, '0')}-01`;
}

function monthEnd(year: number, month: number): Day {
  // Day 0 of the next month is the last day of this one.
  const last = new Date(year, month, 0).getDate();
  return `${pad4(year)}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

function pad4(year: number): string {
  return String(year).padStart(4, '0');
}
