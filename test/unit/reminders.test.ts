// Reminders are about the user's wall clock, so these tests run in real time zones with daylight
// saving time. Node honours a TZ change at run time; it is set before any Date exists.
process.env.TZ = 'America/New_York';

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDaysToDay, weekStartOf, type Day, type WeekStart } from '../../shared/domain/day';
import {
  DEFAULT_REMINDER,
  decideReminder,
  parseReminderTime,
  reminderSlot,
  type ReminderContext,
  type ReminderDecision,
  type ReminderSettings,
  type ReminderState,
} from '../../shared/domain/reminders';

/** A local wall-clock instant, 'yyyy-MM-dd HH:mm', in the time zone of the moment it is called. */
function at(text: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2})$/.exec(text);
  if (!match) throw new Error(`test clock "${text}" is not yyyy-MM-dd HH:mm`);
  const [year, month, day, hours, minutes] = match.slice(1).map(Number) as [number, number, number, number, number];
  return new Date(year, month - 1, day, hours, minutes);
}

interface Situation {
  entries?: Day[];
  lastShownAt?: Date;
  snoozedUntil?: Date;
  settings?: Partial<ReminderSettings>;
  weekStartsOn?: WeekStart;
}

function contextAt(now: Date, situation: Situation = {}): ReminderContext {
  const weekStartsOn = situation.weekStartsOn ?? 1;
  const entries = situation.entries ?? [];
  return {
    settings: { ...DEFAULT_REMINDER, ...situation.settings },
    weekStartsOn,
    now,
    state: {
      lastShownAt: situation.lastShownAt?.toISOString() ?? null,
      snoozedUntil: situation.snoozedUntil?.toISOString() ?? null,
    },
    hasEntryInWeek: (weekStart) => entries.some((day) => weekStartOf(day, weekStartsOn) === weekStart),
  };
}

function decide(now: Date, situation: Situation = {}): ReminderDecision {
  return decideReminder(contextAt(now, situation));
}

function waitUntil(until: Date): ReminderDecision {
  return { kind: 'wait', until };
}

function due(slot: Date, weekStart: Day, missed: boolean): ReminderDecision {
  return { kind: 'due', slot, weekStart, missed };
}

// May 2026, Monday-first: the week of Mon 11 May has its Friday slot on the 15th at 16:00.
// "Last week's reminder was shown" is the usual state of someone who has been using the app.
const shownLastWeek = (): Date => at('2026-05-08 16:00');

describe('the weekly reminder, with the default Friday 16:00 slot', () => {
  it('is on by default, on Friday at 16:00', () => {
    expect(DEFAULT_REMINDER).toEqual({ enabled: true, weekday: 5, time: '16:00' });
    const slot = reminderSlot('2026-05-11', DEFAULT_REMINDER, 1);
    expect(slot).toEqual(at('2026-05-15 16:00'));
    expect(slot.getDay()).toBe(5);
  });

  it('waits for the slot when it has not come yet', () => {
    expect(decide(at('2026-05-13 10:00'), { lastShownAt: shownLastWeek() })).toEqual(waitUntil(at('2026-05-15 16:00')));
    expect(decide(at('2026-05-15 15:59'), { lastShownAt: shownLastWeek() })).toEqual(waitUntil(at('2026-05-15 16:00')));
  });

  it('is due at the slot when the week has no entry', () => {
    expect(decide(at('2026-05-15 16:00'), { lastShownAt: shownLastWeek() })).toEqual(due(at('2026-05-15 16:00'), '2026-05-11', false));
  });

  it('is shown as on time up to 15 minutes late, and as missed after that (the app was closed at the slot)', () => {
    const situation = { lastShownAt: shownLastWeek() };
    expect(decide(at('2026-05-15 16:15'), situation)).toMatchObject({ kind: 'due', missed: false });
    expect(decide(at('2026-05-15 16:16'), situation)).toMatchObject({ kind: 'due', missed: true });
    expect(decide(at('2026-05-16 09:00'), situation)).toEqual(due(at('2026-05-15 16:00'), '2026-05-11', true));
  });

  it('says nothing when the week already has an entry, and waits for next week’s slot', () => {
    const situation = { lastShownAt: shownLastWeek(), entries: ['2026-05-12'] };
    expect(decide(at('2026-05-13 10:00'), situation)).toEqual(waitUntil(at('2026-05-22 16:00')));
    expect(decide(at('2026-05-15 16:00'), situation)).toEqual(waitUntil(at('2026-05-22 16:00')));
    expect(decide(at('2026-05-17 23:59'), situation)).toEqual(waitUntil(at('2026-05-22 16:00')));
  });

  it('counts an entry written on the weekend after the slot as the week’s entry', () => {
    const situation = { lastShownAt: shownLastWeek(), entries: ['2026-05-17'] };
    expect(decide(at('2026-05-15 16:30'), situation)).toEqual(waitUntil(at('2026-05-22 16:00')));
  });

  it('is not shown twice for the same slot', () => {
    const situation = { lastShownAt: at('2026-05-15 16:00') };
    expect(decide(at('2026-05-15 16:01'), situation)).toEqual(waitUntil(at('2026-05-22 16:00')));
    expect(decide(at('2026-05-18 09:00'), situation)).toEqual(waitUntil(at('2026-05-22 16:00')));
  });

  it('is due again at next week’s slot when that week has no entry either', () => {
    expect(decide(at('2026-05-22 16:00'), { lastShownAt: at('2026-05-15 16:00') })).toEqual(
      due(at('2026-05-22 16:00'), '2026-05-18', false),
    );
  });

  it('is off when the user turned it off', () => {
    expect(decide(at('2026-05-15 16:00'), { settings: { enabled: false } })).toEqual({ kind: 'off' });
  });

  it('is off rather than guessed when the stored time is unreadable', () => {
    expect(decide(at('2026-05-15 16:00'), { settings: { time: 'teatime' } })).toEqual({ kind: 'off' });
    expect(() => reminderSlot('2026-05-11', { ...DEFAULT_REMINDER, time: '25:00' }, 1)).toThrow(RangeError);
  });

  it('treats an unreadable stored instant as never shown, so corrupt state cannot silence it for good', () => {
    const context = contextAt(at('2026-05-15 16:05'));
    context.state = { lastShownAt: 'garbage', snoozedUntil: 'also garbage' };
    expect(decideReminder(context)).toEqual(due(at('2026-05-15 16:00'), '2026-05-11', false));
  });
});

describe('snoozing', () => {
  const shown = (): Date => at('2026-05-15 16:00');

  it('holds the reminder back until the snooze ends', () => {
    const situation = { lastShownAt: shown(), snoozedUntil: at('2026-05-15 17:00') };
    expect(decide(at('2026-05-15 16:30'), situation)).toEqual(waitUntil(at('2026-05-15 17:00')));
  });

  it('brings it back once when the snooze ends', () => {
    const situation = { lastShownAt: shown(), snoozedUntil: at('2026-05-15 17:00') };
    expect(decide(at('2026-05-15 17:00'), situation)).toEqual(due(at('2026-05-15 16:00'), '2026-05-11', false));
    const shownAgain = { ...situation, lastShownAt: at('2026-05-15 17:00') };
    expect(decide(at('2026-05-15 17:01'), shownAgain)).toEqual(waitUntil(at('2026-05-22 16:00')));
  });

  it('reports it as missed when the app was closed as the snooze ended', () => {
    const situation = { lastShownAt: shown(), snoozedUntil: at('2026-05-15 17:00') };
    expect(decide(at('2026-05-16 10:00'), situation)).toEqual(due(at('2026-05-15 16:00'), '2026-05-11', true));
  });

  it('lets it go when the user wrote an entry during the snooze', () => {
    const situation = { lastShownAt: shown(), snoozedUntil: at('2026-05-15 17:00'), entries: ['2026-05-15'] };
    expect(decide(at('2026-05-15 17:00'), situation)).toEqual(waitUntil(at('2026-05-22 16:00')));
  });

  it('holds back a slot that comes while a snooze is still running', () => {
    const situation = { lastShownAt: at('2026-05-08 16:00'), snoozedUntil: at('2026-05-15 18:00') };
    expect(decide(at('2026-05-15 16:00'), situation)).toEqual(waitUntil(at('2026-05-15 18:00')));
    expect(decide(at('2026-05-15 18:00'), situation)).toEqual(due(at('2026-05-15 16:00'), '2026-05-11', false));
  });

  it('forgets a snooze that a later showing already served', () => {
    const situation = { lastShownAt: at('2026-05-15 17:00'), snoozedUntil: at('2026-05-15 17:00') };
    expect(decide(at('2026-05-15 20:00'), situation)).toEqual(waitUntil(at('2026-05-22 16:00')));
  });
});

describe('a reminder missed while the app was closed', () => {
  it('is shown once on Monday when Friday passed with no entry that week', () => {
    const monday = at('2026-05-18 09:00');
    expect(decide(monday, { lastShownAt: shownLastWeek() })).toEqual(due(at('2026-05-15 16:00'), '2026-05-11', true));
    expect(decide(at('2026-05-18 09:05'), { lastShownAt: monday })).toEqual(waitUntil(at('2026-05-22 16:00')));
  });

  it('is not shown when that week had an entry after all', () => {
    expect(decide(at('2026-05-18 09:00'), { lastShownAt: shownLastWeek(), entries: ['2026-05-14'] })).toEqual(
      waitUntil(at('2026-05-22 16:00')),
    );
  });

  it('is shown only for the most recent slot after weeks away, never as a pile', () => {
    const backAfterAMonth = at('2026-05-18 09:00');
    const decision = decide(backAfterAMonth, { lastShownAt: at('2026-04-17 16:00') });
    expect(decision).toEqual(due(at('2026-05-15 16:00'), '2026-05-11', true));
    expect(decide(at('2026-05-18 09:01'), { lastShownAt: backAfterAMonth })).toEqual(waitUntil(at('2026-05-22 16:00')));
  });

  it('is not shown for a slot two weeks ago', () => {
    // The week of 4 May was missed, but the week of 11 May had an entry: nothing is owed now.
    const situation = { lastShownAt: at('2026-05-01 16:00'), entries: ['2026-05-12'] };
    expect(decide(at('2026-05-18 09:00'), situation)).toEqual(waitUntil(at('2026-05-22 16:00')));
    expect(decide(at('2026-05-21 09:00'), situation)).toEqual(waitUntil(at('2026-05-22 16:00')));
  });

  it('is not owed for last week once this week has an entry: the habit is back, reminding would nag', () => {
    const situation = { lastShownAt: at('2026-05-01 16:00'), entries: ['2026-05-12'] };
    expect(decide(at('2026-05-14 09:00'), situation)).toEqual(waitUntil(at('2026-05-22 16:00')));
  });

  it('is still owed for last week before this week’s slot while this week is empty too', () => {
    const situation = { lastShownAt: at('2026-05-01 16:00'), entries: [] };
    expect(decide(at('2026-05-14 09:00'), situation)).toEqual(due(at('2026-05-08 16:00'), '2026-05-04', true));
  });

  it('gives way to this week’s slot once that slot has passed, even if last week was missed', () => {
    // This week is written; last week's old reminder would be a nag.
    const situation = { lastShownAt: at('2026-05-01 16:00'), entries: ['2026-05-19'] };
    expect(decide(at('2026-05-23 09:00'), situation)).toEqual(waitUntil(at('2026-05-29 16:00')));
  });
});

describe('weeks that cross the new year', () => {
  it.each([
    // 2026 has 53 ISO weeks; its last week holds New Year's Day, a Friday.
    { weekStart: '2026-12-28', slot: '2027-01-01 16:00', entry: '2026-12-29', after: '2027-01-04 09:00', next: '2027-01-08 16:00' },
    // The week of Monday 31 December 2029 to Sunday 6 January 2030.
    { weekStart: '2029-12-31', slot: '2030-01-04 16:00', entry: '2029-12-31', after: '2030-01-07 09:00', next: '2030-01-11 16:00' },
  ])('the week starting $weekStart has its slot at $slot', ({ weekStart, slot, entry, after, next }) => {
    expect(reminderSlot(weekStart, DEFAULT_REMINDER, 1)).toEqual(at(slot));
    const lastShownAt = at('2020-01-03 16:00');
    // An entry on the December side silences the January slot of the same week.
    expect(decide(at(slot), { lastShownAt, entries: [entry] })).toEqual(waitUntil(at(next)));
    // With nothing written, the slot missed over New Year is shown on the next start.
    expect(decide(at(after), { lastShownAt })).toEqual(due(at(slot), weekStart, true));
  });

  it('places a Sunday-first week of 30 December 2029 correctly', () => {
    expect(reminderSlot('2029-12-30', DEFAULT_REMINDER, 0)).toEqual(at('2030-01-04 16:00'));
  });
});

describe('the first day of the week', () => {
  const sundayEvening = { weekday: 0, time: '18:00' } as const;

  it('puts a Sunday slot at the end of a Monday-first week and at the start of a Sunday-first week', () => {
    expect(reminderSlot('2026-05-11', { ...DEFAULT_REMINDER, ...sundayEvening }, 1)).toEqual(at('2026-05-17 18:00'));
    expect(reminderSlot('2026-05-10', { ...DEFAULT_REMINDER, ...sundayEvening }, 0)).toEqual(at('2026-05-10 18:00'));
  });

  it('always lands on the chosen weekday inside the given week, whatever day the week starts on', () => {
    const weekdays = [0, 1, 2, 3, 4, 5, 6] as const;
    for (const weekStartsOn of weekdays) {
      const weekStart = weekStartOf('2026-05-13', weekStartsOn);
      for (const weekday of weekdays) {
        const slot = reminderSlot(weekStart, { ...DEFAULT_REMINDER, weekday }, weekStartsOn);
        expect(slot.getDay()).toBe(weekday);
        expect(weekStartOf(`2026-05-${String(slot.getDate()).padStart(2, '0')}`, weekStartsOn)).toBe(weekStart);
      }
    }
  });

  it('decides whose week a Saturday entry belongs to by the first day of the week', () => {
    const situation = { settings: sundayEvening, entries: ['2026-05-16'], lastShownAt: at('2026-05-01 00:00') };
    // Monday-first: Saturday 16 and Sunday 17 May are the same week, which is written.
    expect(decide(at('2026-05-17 19:00'), { ...situation, weekStartsOn: 1 })).toEqual(waitUntil(at('2026-05-24 18:00')));
    // Sunday-first: Sunday 17 May starts a new week with nothing in it yet.
    expect(decide(at('2026-05-17 19:00'), { ...situation, weekStartsOn: 0 })).toEqual(due(at('2026-05-17 18:00'), '2026-05-17', true));
  });
});

describe('daylight saving time in New York', () => {
  it('keeps a Friday 16:00 reminder at 16:00 in the week the clocks spring forward', () => {
    // Sunday-first, the week of 8 March 2026 starts at midnight EST and its Friday is in EDT.
    const slot = reminderSlot('2026-03-08', DEFAULT_REMINDER, 0);
    expect(slot.getHours()).toBe(16);
    expect(slot.toISOString()).toBe('2026-03-13T20:00:00.000Z');
  });

  it('waits from one Friday to the next at 16:00 local, even though that is 23 hours short of a week', () => {
    const decision = decide(at('2026-03-06 17:00'), { entries: ['2026-03-04'], lastShownAt: at('2026-03-06 16:00') });
    expect(decision).toEqual(waitUntil(at('2026-03-13 16:00')));
    if (decision.kind !== 'wait') throw new Error('expected to wait');
    expect(decision.until.getHours()).toBe(16);
    expect(decision.until.getTime() - at('2026-03-06 16:00').getTime()).toBe((7 * 24 - 1) * 3_600_000);
  });

  it('moves a 02:30 reminder on the spring-forward Sunday to 03:00, when the clock jumps past it', () => {
    const settings = { ...DEFAULT_REMINDER, weekday: 0, time: '02:30' } as const;
    const slot = reminderSlot('2026-03-02', settings, 1);
    expect(slot.getHours()).toBe(3);
    expect(slot.getMinutes()).toBe(0);
    expect(slot.toISOString()).toBe('2026-03-08T07:00:00.000Z');
    const lastShownAt = at('2026-03-01 02:30');
    expect(decide(new Date('2026-03-08T06:59:00Z'), { settings, lastShownAt })).toEqual(waitUntil(slot));
    expect(decide(slot, { settings, lastShownAt })).toEqual(due(slot, '2026-03-02', false));
  });

  it('keeps the 02:30 reminder at 02:30 on the Sundays either side', () => {
    const settings = { ...DEFAULT_REMINDER, weekday: 0, time: '02:30' } as const;
    expect(reminderSlot('2026-02-23', settings, 1).getHours()).toBe(2);
    expect(reminderSlot('2026-03-09', settings, 1).getHours()).toBe(2);
  });

  it('shows a 01:30 reminder once on the fall-back Sunday, when 01:30 happens twice', () => {
    const settings = { ...DEFAULT_REMINDER, weekday: 0, time: '01:30' } as const;
    const slot = reminderSlot('2026-10-26', settings, 1);
    expect(slot.getHours()).toBe(1);
    expect(slot.getMinutes()).toBe(30);
    expect(slot.toISOString()).toBe('2026-11-01T05:30:00.000Z'); // the first 01:30, still EDT

    const lastShownAt = at('2026-10-25 01:30');
    expect(decide(slot, { settings, lastShownAt })).toEqual(due(slot, '2026-10-26', false));
    const secondOneThirty = new Date('2026-11-01T06:30:00Z');
    expect(secondOneThirty.getHours()).toBe(1);
    expect(decide(secondOneThirty, { settings, lastShownAt: slot })).toEqual(waitUntil(at('2026-11-08 01:30')));
  });

  it('with the app running for ten weeks across the change and nothing written, reminds exactly once a week at 16:00', () => {
    const shownAt = runTheApp(at('2026-02-21 09:00'), at('2026-05-02 00:00'), []);
    expect(shownAt).toHaveLength(10);
    for (const instant of shownAt) {
      expect([instant.getDay(), instant.getHours(), instant.getMinutes()]).toEqual([5, 16, 0]);
    }
  });

  it('with an entry every Wednesday, never reminds at all', () => {
    const wednesdays = Array.from({ length: 12 }, (_, week) => addDaysToDay('2026-02-18', 7 * week));
    expect(runTheApp(at('2026-02-21 09:00'), at('2026-05-02 00:00'), wednesdays)).toEqual([]);
  });
});

/**
 * Plays the main process: decide, show the reminder (recording when) or sleep until the decision's
 * `until`, until `end`. Returns when reminders were shown.
 */
function runTheApp(start: Date, end: Date, entries: Day[]): Date[] {
  let state: ReminderState = { lastShownAt: at('2026-02-20 16:00').toISOString(), snoozedUntil: null };
  const shownAt: Date[] = [];
  for (let now = start; now < end;) {
    const decision = decideReminder({ ...contextAt(now, { entries }), state });
    if (decision.kind === 'off') throw new Error('the reminder should be on');
    if (decision.kind === 'due') {
      shownAt.push(now);
      state = { ...state, lastShownAt: now.toISOString() };
    } else {
      expect(decision.until.getTime()).toBeGreaterThan(now.getTime());
      now = decision.until;
    }
  }
  return shownAt;
}

describe('daylight saving time in Berlin', () => {
  beforeAll(() => {
    process.env.TZ = 'Europe/Berlin';
  });
  afterAll(() => {
    process.env.TZ = 'America/New_York';
  });

  it('keeps a Friday 16:00 reminder at 16:00 in the week the clocks spring forward', () => {
    // Monday-first, the week of 23 March 2026 ends on the spring-forward Sunday, 29 March.
    expect(reminderSlot('2026-03-23', DEFAULT_REMINDER, 1).toISOString()).toBe('2026-03-27T15:00:00.000Z');
    const after = reminderSlot('2026-03-30', DEFAULT_REMINDER, 1);
    expect(after.getHours()).toBe(16);
    expect(after.toISOString()).toBe('2026-04-03T14:00:00.000Z');
  });

  it('moves a 02:30 reminder on the spring-forward Sunday to 03:00', () => {
    const slot = reminderSlot('2026-03-23', { ...DEFAULT_REMINDER, weekday: 0, time: '02:30' }, 1);
    expect([slot.getHours(), slot.getMinutes()]).toEqual([3, 0]);
    expect(slot.toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('shows a 02:30 reminder once on the fall-back Sunday, when 02:30 happens twice', () => {
    const settings = { ...DEFAULT_REMINDER, weekday: 0, time: '02:30' } as const;
    const slot = reminderSlot('2026-10-19', settings, 1);
    expect([slot.getHours(), slot.getMinutes()]).toEqual([2, 30]);
    expect(slot.toISOString()).toBe('2026-10-25T00:30:00.000Z'); // the first 02:30, still CEST
    const secondTwoThirty = new Date('2026-10-25T01:30:00Z');
    expect(secondTwoThirty.getHours()).toBe(2);
    expect(decide(secondTwoThirty, { settings, lastShownAt: slot })).toEqual(waitUntil(at('2026-11-01 02:30')));
  });
});

describe('never nagging', () => {
  it('once a due reminder is shown, says nothing more until a later instant, whatever the journal and clock', () => {
    const mayFirst = at('2026-05-01 00:00').getTime();
    const week = 7 * 24 * 3_600_000;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 8 * week }),
        fc.option(fc.integer({ min: -3 * week, max: 8 * week })),
        fc.uniqueArray(fc.integer({ min: -21, max: 63 }), { maxLength: 20 }),
        fc.constantFrom<WeekStart>(0, 1, 6),
        fc.constantFrom<ReminderSettings['weekday']>(0, 1, 5, 6),
        fc.constantFrom('00:00', '09:30', '16:00', '23:59'),
        (nowOffset, shownOffset, entryOffsets, weekStartsOn, weekday, time) => {
          const now = new Date(mayFirst + nowOffset);
          const entries = entryOffsets.map((days) => addDaysToDay('2026-05-01', days));
          const settings = { weekday, time };
          const lastShownAt = shownOffset === null ? undefined : new Date(mayFirst + Math.min(shownOffset, nowOffset));
          const first = decide(now, { entries, settings, weekStartsOn, ...(lastShownAt && { lastShownAt }) });
          if (first.kind === 'wait') expect(first.until.getTime()).toBeGreaterThan(now.getTime());
          if (first.kind !== 'due') return;
          const again = decide(now, { entries, settings, weekStartsOn, lastShownAt: now });
          expect(again.kind).toBe('wait');
          if (again.kind === 'wait') expect(again.until.getTime()).toBeGreaterThan(now.getTime());
        },
      ),
    );
  });
});

describe('reading the reminder time', () => {
  it.each([
    ['16:00', { hours: 16, minutes: 0 }],
    ['7:05', { hours: 7, minutes: 5 }],
    ['07:05', { hours: 7, minutes: 5 }],
    ['00:00', { hours: 0, minutes: 0 }],
    ['23:59', { hours: 23, minutes: 59 }],
  ])('reads %j', (text, time) => {
    expect(parseReminderTime(text)).toEqual(time);
  });

  it.each(['24:00', '16:60', 'noon', '', '16', '16:0', '4pm', '16:00:00', ' 16:00', '-1:00', '123:00', '16.00'])('refuses %j', (text) => {
    expect(parseReminderTime(text)).toBeUndefined();
  });
});
