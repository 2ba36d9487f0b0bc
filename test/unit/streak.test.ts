import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysToDay, weekStartOf, type Day, type WeekStart } from '../../shared/domain/day';
import { computeStreak, FORGIVEN_WEEKS_PER_QUARTER, type Streak } from '../../shared/domain/streak';

// Today is Wednesday 13 May 2026; with Monday-first weeks, this week starts on Monday 11 May.
const TODAY = '2026-05-13';
const THIS_MONDAY = '2026-05-11';

/** A day in the week `weeksAgo` weeks before this one (Monday-first), Wednesday unless told. */
function inWeek(weeksAgo: number, dayOfWeek = 2): Day {
  return addDaysToDay(THIS_MONDAY, -7 * weeksAgo + dayOfWeek);
}

function mondayOf(weeksAgo: number): Day {
  return inWeek(weeksAgo, 0);
}

/** One entry in each of the given weeks ago. */
function entriesIn(weeksAgo: readonly number[]): Day[] {
  return weeksAgo.map((weeks) => inWeek(weeks));
}

function range(from: number, to: number, except: readonly number[] = []): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i).filter((week) => !except.includes(week));
}

function streakOf(days: readonly Day[], today: Day = TODAY, weekStartsOn: WeekStart = 1): Streak {
  return computeStreak(days, today, weekStartsOn);
}

describe('the weekly streak', () => {
  it('is empty when there are no entries', () => {
    expect(streakOf([])).toEqual({ weeks: 0, weeksWithEntries: 0, forgiven: 0, since: null, thisWeekDone: false, longest: 0 });
  });

  it('is one week long with a single entry this week', () => {
    expect(streakOf([TODAY])).toEqual({
      weeks: 1,
      weeksWithEntries: 1,
      forgiven: 0,
      since: THIS_MONDAY,
      thisWeekDone: true,
      longest: 1,
    });
  });

  it('counts an entry dated later this week as this week’s, but not one dated in a later week', () => {
    expect(streakOf(['2026-05-17'])).toMatchObject({ weeks: 1, thisWeekDone: true });
    expect(streakOf(['2026-05-18'])).toMatchObject({ weeks: 0, thisWeekDone: false, longest: 0 });
  });

  it('counts consecutive weeks with entries', () => {
    expect(streakOf(entriesIn(range(0, 4)))).toEqual({
      weeks: 5,
      weeksWithEntries: 5,
      forgiven: 0,
      since: mondayOf(4),
      thisWeekDone: true,
      longest: 5,
    });
  });

  it('is not broken by the current week, which is not over yet', () => {
    expect(streakOf(entriesIn(range(1, 4)))).toEqual({
      weeks: 4,
      weeksWithEntries: 4,
      forgiven: 0,
      since: mondayOf(4),
      thisWeekDone: false,
      longest: 4,
    });
  });

  it('forgives one missed week', () => {
    expect(streakOf(entriesIn([0, 1, 3, 4]))).toEqual({
      weeks: 5,
      weeksWithEntries: 4,
      forgiven: 1,
      since: mondayOf(4),
      thisWeekDone: true,
      longest: 5,
    });
  });

  it('stays alive when last week was missed and this week is not written yet, without counting the missed week', () => {
    expect(streakOf(entriesIn([2, 3, 4]))).toMatchObject({ weeks: 3, weeksWithEntries: 3, forgiven: 0, since: mondayOf(4) });
  });

  it('breaks on a second missed week within 13 weeks of a forgiven one', () => {
    // Weeks 3 and 10 ago were both missed, 7 weeks apart: only the newer one is forgiven.
    expect(streakOf(entriesIn(range(0, 12, [3, 10])))).toEqual({
      weeks: 10,
      weeksWithEntries: 9,
      forgiven: 1,
      since: mondayOf(9),
      thisWeekDone: true,
      longest: 10,
    });
  });

  it('breaks when the two missed weeks are exactly 13 weeks apart', () => {
    expect(streakOf(entriesIn(range(0, 20, [2, 15])))).toMatchObject({ weeks: 15, forgiven: 1, since: mondayOf(14) });
  });

  it('forgives both missed weeks when they are 14 weeks apart or more', () => {
    expect(streakOf(entriesIn(range(0, 20, [2, 16])))).toMatchObject({ weeks: 21, weeksWithEntries: 19, forgiven: 2, since: mondayOf(20) });
    expect(streakOf(entriesIn(range(0, 40, [2, 20, 38])))).toMatchObject({ weeks: 41, forgiven: 3 });
  });

  it('forgives at most one week per quarter', () => {
    expect(FORGIVEN_WEEKS_PER_QUARTER).toBe(1);
  });

  it('breaks on two missed weeks in a row, leaving only this week', () => {
    expect(streakOf(entriesIn([0, 3, 4, 5]))).toEqual({
      weeks: 1,
      weeksWithEntries: 1,
      forgiven: 0,
      since: THIS_MONDAY,
      thisWeekDone: true,
      longest: 3,
    });
  });

  it('is over when the two weeks before this one were missed and this one is not written yet', () => {
    expect(streakOf(entriesIn([3, 4, 5]))).toEqual({
      weeks: 0,
      weeksWithEntries: 0,
      forgiven: 0,
      since: null,
      thisWeekDone: false,
      longest: 3,
    });
  });

  it('shrinks, rather than ends, when last week was missed too soon after a forgiven week', () => {
    // Week 1 ago is the newest miss, so it is forgiven; week 5 ago is then too close and ends the streak.
    expect(streakOf(entriesIn(range(2, 9, [5])))).toMatchObject({ weeks: 3, forgiven: 0, since: mondayOf(4) });
  });

  it('starts and ends on weeks with entries, never on a forgiven week', () => {
    expect(streakOf(entriesIn([1, 3]))).toMatchObject({ weeks: 3, weeksWithEntries: 2, forgiven: 1, since: mondayOf(3) });
  });

  it('counts a week that straddles New Year once', () => {
    const days = ['2026-12-22', '2026-12-31', '2027-01-01', '2027-01-03', '2027-01-05'];
    expect(streakOf(days, '2027-01-06')).toEqual({
      weeks: 3,
      weeksWithEntries: 3,
      forgiven: 0,
      since: '2026-12-21',
      thisWeekDone: true,
      longest: 3,
    });
  });

  it('runs across New Year with a forgiven week in the 53-week year 2026', () => {
    const days = ['2026-12-16', '2027-01-02', '2027-01-05'];
    expect(streakOf(days, '2027-01-06')).toMatchObject({ weeks: 4, forgiven: 1, since: '2026-12-14' });
  });

  it('puts a Sunday entry in the week that ends on it when weeks start on Monday, and in the next when they start on Sunday', () => {
    const sunday = '2026-05-10';
    expect(streakOf([sunday], TODAY, 1)).toMatchObject({ weeks: 1, since: '2026-05-04', thisWeekDone: false });
    expect(streakOf([sunday], TODAY, 0)).toMatchObject({ weeks: 1, since: '2026-05-10', thisWeekDone: true });
  });

  it('may see a gap with Monday-first weeks where Sunday-first weeks see none', () => {
    const days = ['2026-05-02', '2026-05-03', '2026-05-13'];
    expect(streakOf(days, TODAY, 1)).toMatchObject({ weeks: 3, weeksWithEntries: 2, forgiven: 1, since: '2026-04-27' });
    expect(streakOf(days, TODAY, 0)).toMatchObject({ weeks: 3, weeksWithEntries: 3, forgiven: 0, since: '2026-04-26' });
  });

  it('starts its weeks on any configured day, such as Saturday', () => {
    expect(streakOf(['2026-05-08', '2026-05-09'], TODAY, 6)).toMatchObject({ weeks: 2, since: '2026-05-02', thisWeekDone: true });
  });

  it('ignores duplicates and order', () => {
    const sorted = entriesIn(range(0, 12, [4])).reverse();
    // Ordered by day of the month, which scatters the weeks; every week twice or more.
    const messy = [...sorted, TODAY, inWeek(7, 6), ...sorted].sort((a, b) => a.slice(8).localeCompare(b.slice(8)));
    expect(streakOf(messy)).toEqual(streakOf(sorted));
    expect(streakOf(messy)).toMatchObject({ weeks: 13, weeksWithEntries: 12, forgiven: 1 });
  });

  it('remembers a longer streak from the past', () => {
    const lastYear = range(60, 79);
    expect(streakOf(entriesIn([0, 1, ...lastYear]))).toMatchObject({ weeks: 2, since: mondayOf(1), longest: 20 });
  });

  it('measures the longest streak as it stood at its best, before a later miss cut it short', () => {
    // Ending 4 weeks ago, weeks 12..4 made 9 weeks with week 10 forgiven; today it is weeks 9..0.
    expect(streakOf(entriesIn(range(0, 12, [3, 10])))).toMatchObject({ weeks: 10, longest: 10 });
    expect(streakOf(entriesIn(range(0, 20, [3, 10])))).toMatchObject({ weeks: 10, longest: 17 });
  });

  it('handles ten years of daily entries at once', () => {
    const days = Array.from({ length: 3_650 }, (_, i) => addDaysToDay(TODAY, -i));
    const started = performance.now();
    const streak = streakOf(days);
    const elapsed = performance.now() - started;
    expect(streak).toMatchObject({ weeks: 522, weeksWithEntries: 522, forgiven: 0, since: weekStartOf(days.at(-1) as Day), longest: 522 });
    expect(elapsed).toBeLessThan(100);
  });

  it('agrees with walking back week by week, for any history and first day of the week', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ chance: fc.integer({ min: 0, max: 99 }), day: fc.integer({ min: 0, max: 6 }) }), {
          maxLength: 120,
          size: 'max',
        }),
        fc.integer({ min: 3, max: 25 }),
        fc.constantFrom<WeekStart>(0, 1, 2, 3, 4, 5, 6),
        (history, missPercent, weekStartsOn) => {
          const thisWeek = weekStartOf(TODAY, weekStartsOn);
          // Mostly written weeks, so that misses both near and far apart occur inside long streaks.
          const written = history.flatMap(({ chance, day }, weeksAgo) => (chance >= missPercent ? [{ weeksAgo, day }] : []));
          const days = written.map(({ weeksAgo, day }) => dayFrom(thisWeek, -7 * weeksAgo + day));
          const expected = streakByWalkingBack(new Set(written.map(({ weeksAgo }) => weeksAgo)), thisWeek);
          expect(computeStreak(days, TODAY, weekStartsOn)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});

const knownDays = new Map<string, Day>();
/** addDaysToDay, remembered: the property test asks for the same few hundred days many times. */
function dayFrom(day: Day, amount: number): Day {
  const key = `${day}${amount}`;
  const known = knownDays.get(key) ?? addDaysToDay(day, amount);
  knownDays.set(key, known);
  return known;
}

/**
 * The rules written out the slow, literal way: walk back one week at a time from the newest week,
 * forgiving a missed week when no other forgiven week lies within the 13 weeks before it.
 * Weeks are counted back from this week (0 = this week, 1 = last week, …).
 */
function streakByWalkingBack(written: ReadonlySet<number>, thisWeek: Day): Streak {
  const thisWeekDone = written.has(0);
  const current = walkBack(written, thisWeekDone ? 0 : 1);
  const longest = Math.max(0, ...[...written].map((week) => walkBack(written, week)?.weeks ?? 0));
  if (!current) return { weeks: 0, weeksWithEntries: 0, forgiven: 0, since: null, thisWeekDone, longest };
  const { weeks, weeksWithEntries, first } = current;
  return { weeks, weeksWithEntries, forgiven: weeks - weeksWithEntries, since: addDaysToDay(thisWeek, -7 * first), thisWeekDone, longest };
}

function walkBack(written: ReadonlySet<number>, from: number): { weeks: number; weeksWithEntries: number; first: number } | undefined {
  const oldest = Math.max(...written);
  let newest: number | undefined;
  let first: number | undefined;
  let newestForgiven: number | undefined;
  let weeksWithEntries = 0;
  for (let week = from; week <= oldest; week++) {
    if (written.has(week)) {
      newest ??= week;
      first = week;
      weeksWithEntries++;
    } else if (newestForgiven === undefined || week - newestForgiven > 13) {
      newestForgiven = week;
    } else {
      break;
    }
  }
  if (newest === undefined || first === undefined) return undefined;
  return { weeks: first - newest + 1, weeksWithEntries, first };
}
