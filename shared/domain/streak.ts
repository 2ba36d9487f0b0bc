import type { Day, WeekStart } from './day';

/**
 * The weekly streak: weeks in a row with at least one entry, forgiving of the odd missed week.
 * It is there to be seen, not to scold: the current week never breaks it, and one missed week
 * per quarter is forgiven.
 */
export interface Streak {
  /** Weeks from the streak's first week up to its newest week with entries (forgiven weeks included). 0 when there is no streak. */
  weeks: number;
  weeksWithEntries: number;
  /** Weeks missed but forgiven inside the streak. */
  forgiven: number;
  /** First day of the streak's first week, or null. */
  since: Day | null;
  /** The current week already has an entry. */
  thisWeekDone: boolean;
  /** The longest streak ever seen in the given days, in weeks (same rules). */
  longest: number;
}

/** How many missed weeks a rolling quarter forgives. The computation below relies on this being 1. */
export const FORGIVEN_WEEKS_PER_QUARTER = 1;

const WEEKS_PER_QUARTER = 13;
/** A missed week is forgiven only when no other forgiven week lies within the quarter before it. */
const MIN_WEEKS_BETWEEN_FORGIVEN = WEEKS_PER_QUARTER + 1;

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Day number (days since 1970-01-01) of Sunday 1970-01-04: weeks are counted from there. */
const FIRST_SUNDAY = 3;

/**
 * Computes the streak as it stands on `today`, and the longest one in the history.
 *
 * Walking back week by week from the newest week: a week without entries is forgiven when no
 * other forgiven week lies within the 13 weeks before it; otherwise (in particular two missed
 * weeks in a row) the streak ends there. A streak starts and ends on weeks with entries: a missed
 * week at either end is not counted, though a forgiven last week keeps the streak alive.
 * Entries dated after the current week do not count yet.
 *
 * Runs in O(n log n) for n entry days (the sort), with plain day-number arithmetic per day,
 * so ten years of daily entries take a few milliseconds.
 */
export function computeStreak(entryDays: readonly Day[], today: Day, weekStartsOn: WeekStart): Streak {
  const thisWeek = weekOf(today, weekStartsOn);
  if (thisWeek === undefined) return noStreak(false);
  const weeks = distinctWeeksUpTo(entryDays, weekStartsOn, thisWeek);
  const [firstWeek] = weeks;
  if (firstWeek === undefined) return noStreak(false);

  // One pass, oldest to newest: the run ending at each week with entries, as it looked that week.
  let run: Run = { first: firstWeek, firstIndex: 0, newestForgiven: undefined };
  let lastWeek = firstWeek;
  let longest = 1;
  for (let index = 1; index < weeks.length; index++) {
    const week = weeks[index] as number;
    run = extend(run, lastWeek, week, index);
    longest = Math.max(longest, week - run.first + 1);
    lastWeek = week;
  }

  const lastIndex = weeks.length - 1;
  const thisWeekDone = lastWeek === thisWeek;
  // This week is not over: without an entry yet, judge the streak as if it were about to get one,
  // which forgives last week if it was missed and ends the streak if the two before were.
  const current = thisWeekDone ? run : extend(run, lastWeek, thisWeek, weeks.length);
  if (current.first > lastWeek) return { ...noStreak(false), longest };

  const length = lastWeek - current.first + 1;
  const weeksWithEntries = lastIndex - current.firstIndex + 1;
  return {
    weeks: length,
    weeksWithEntries,
    forgiven: length - weeksWithEntries,
    since: firstDayOfWeek(current.first, weekStartsOn),
    thisWeekDone,
    longest,
  };
}

/** A streak as it stands at one of its weeks with entries. Weeks are numbered consecutively. */
interface Run {
  first: number;
  /** Position of the first week in the sorted weeks with entries. */
  firstIndex: number;
  /** The newest forgiven week, and the position of the week with entries right after it (where the streak would restart). */
  newestForgiven: { week: number; nextIndex: number } | undefined;
}

/**
 * The run ending at `week` (with entries, at position `index`), from the run ending at `previousWeek`.
 * Walking back from `week`, the miss right before it (if any) is the newest, so it is always forgiven;
 * what it changes is whether the previously forgiven week is now too close to be forgiven too.
 * Earlier forgiven weeks keep their verdicts, since each is judged against its newer neighbour only.
 */
function extend(run: Run, previousWeek: number, week: number, index: number): Run {
  const missed = week - previousWeek - 1;
  if (missed === 0) return run;
  if (missed > 1) return { first: week, firstIndex: index, newestForgiven: undefined };
  const miss = week - 1;
  const earlier = run.newestForgiven;
  const forgiven = { week: miss, nextIndex: index };
  if (earlier && miss - earlier.week < MIN_WEEKS_BETWEEN_FORGIVEN) {
    return { first: earlier.week + 1, firstIndex: earlier.nextIndex, newestForgiven: forgiven };
  }
  return { ...run, newestForgiven: forgiven };
}

function noStreak(thisWeekDone: boolean): Streak {
  return { weeks: 0, weeksWithEntries: 0, forgiven: 0, since: null, thisWeekDone, longest: 0 };
}

/** The distinct weeks that have entries, oldest first, leaving out weeks after `lastWeek`. */
function distinctWeeksUpTo(days: readonly Day[], weekStartsOn: WeekStart, lastWeek: number): number[] {
  const weeks = new Set<number>();
  for (const day of days) {
    const week = weekOf(day, weekStartsOn);
    if (week !== undefined && week <= lastWeek) weeks.add(week);
  }
  return [...weeks].sort((a, b) => a - b);
}

/**
 * The number of the week containing `day`, counting weeks that start on `weekStartsOn`.
 * Calendar arithmetic on UTC day numbers: no time zone or DST can shift a day into another week,
 * and it is far cheaper than parsing each day into a local Date.
 */
function weekOf(day: Day, weekStartsOn: WeekStart): number | undefined {
  const match = DAY_PATTERN.exec(day);
  if (!match) return undefined;
  const dayNumber = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
  return Math.floor((dayNumber - FIRST_SUNDAY - weekStartsOn) / 7);
}

function firstDayOfWeek(week: number, weekStartsOn: WeekStart): Day {
  const dayNumber = week * 7 + FIRST_SUNDAY + weekStartsOn;
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}
