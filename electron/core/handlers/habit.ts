import type { Handlers } from '../../../shared/api/contract';
import { ChronicleError } from '../../../shared/api/errors';
import { addDaysToDay, type Day } from '../../../shared/domain/day';
import type { DueFollowUp, ReminderCheck } from '../../../shared/domain/model';
import { periodEnd, periodStart, periodStartProblem } from '../../../shared/domain/periods';
import { decideReminder, type ReminderState } from '../../../shared/domain/reminders';
import { computeStreak } from '../../../shared/domain/streak';
import type { Context } from './context';

type HabitMethods =
  | 'reflections.get'
  | 'reflections.save'
  | 'reflections.list'
  | 'week.get'
  | 'followUps.set'
  | 'followUps.clear'
  | 'followUps.due'
  | 'followUps.answer'
  | 'followUps.dismiss'
  | 'stats.calendar'
  | 'stats.monthly'
  | 'stats.streak'
  | 'reminders.check'
  | 'reminders.shown'
  | 'reminders.snooze';

const NO_REMINDER_STATE: ReminderState = { lastShownAt: null, snoozedUntil: null };

/** The weekly habit: reflections, the week view, follow-ups, streaks, calendar, reminder. */
export function habitHandlers(ctx: Context): Pick<Handlers, HabitMethods> {
  const { entries, reflections, followUps, settings } = ctx.repos;

  function checkPeriodStart(period: 'week' | 'quarter' | 'year', start: Day) {
    const problem = periodStartProblem(period, start, ctx.weekStartsOn());
    if (problem) throw new ChronicleError('invalid_input', problem, { period, start });
  }

  function dueFollowUps(): DueFollowUp[] {
    const due = followUps.due(ctx.today());
    const items = entries.itemsForSeqs(due.map((d) => d.entrySeq));
    return due.flatMap(({ followUp }, i) => (items[i] ? [{ ...followUp, entry: items[i] }] : []));
  }

  function streak() {
    return computeStreak(entries.days(), ctx.today(), ctx.weekStartsOn());
  }

  function reminderState(): ReminderState {
    const stored = settings.read('reminderState') as Partial<ReminderState> | undefined;
    // Before any reminder was shown, the journal's creation counts as one: a journal started
    // on Saturday is not reminded of the Friday before it existed.
    return {
      lastShownAt: typeof stored?.lastShownAt === 'string' ? stored.lastShownAt : settings.journalCreatedAt(),
      snoozedUntil: typeof stored?.snoozedUntil === 'string' ? stored.snoozedUntil : null,
    };
  }

  function checkReminder(): ReminderCheck {
    const current = ctx.readSettings();
    const decision = decideReminder({
      settings: current.reminder,
      weekStartsOn: current.weekStartsOn,
      now: ctx.clock(),
      state: reminderState(),
      hasEntryInWeek: (weekStart) => entries.anyBetween(weekStart, addDaysToDay(weekStart, 6)),
    });
    switch (decision.kind) {
      case 'off':
        return { kind: 'off' };
      case 'due':
        return { kind: 'due', weekStart: decision.weekStart, missed: decision.missed };
      case 'wait':
        return { kind: 'wait', until: decision.until.toISOString() };
    }
  }

  return {
    'reflections.get': ({ period, start }) => {
      checkPeriodStart(period, start);
      return reflections.get(period, start);
    },

    'reflections.save': ({ period, start, body }) => {
      checkPeriodStart(period, start);
      reflections.save({ id: ctx.newId(), period, start, body, now: ctx.now() });
      return reflections.get(period, start) as NonNullable<ReturnType<typeof reflections.get>>;
    },

    'reflections.list': ({ period, year }) =>
      reflections.list({ period, from: year ? `${year}-01-01` : undefined, to: year ? `${year}-12-31` : undefined }),

    'week.get': ({ date }) => {
      const start = periodStart('week', date ?? ctx.today(), ctx.weekStartsOn());
      const end = periodEnd('week', start);
      return {
        start,
        end,
        entries: entries.list({ from: start, to: end, trashed: false, limit: 500 }).items,
        reflection: reflections.get('week', start),
        dueFollowUps: dueFollowUps(),
        streak: streak(),
      };
    },

    'followUps.set': ({ entryId, due, question }) => {
      const row = ctx.liveEntryRow(entryId);
      if (due <= ctx.today()) {
        throw new ChronicleError('invalid_input', `A follow-up must be on a later day than today (${ctx.today()}).`, { due });
      }
      followUps.set({ id: ctx.newId(), entrySeq: row.seq, due, question, now: ctx.now() });
      return followUps.openFor([row.seq]).get(row.seq) as NonNullable<ReturnType<typeof followUps.get>>;
    },

    'followUps.clear': ({ entryId }) => {
      followUps.clear(ctx.liveEntryRow(entryId).seq, ctx.now());
      return { entryId };
    },

    'followUps.due': () => dueFollowUps(),

    'followUps.answer': ({ id, answer }) => {
      const followUp = followUps.get(id);
      if (!followUp) throw new ChronicleError('not_found', 'That follow-up does not exist.', { id });
      if (followUp.answeredAt || followUp.dismissedAt) {
        throw new ChronicleError('conflict', 'That follow-up was already answered or dismissed.', { id });
      }
      const row = ctx.liveEntryRow(followUp.entryId);
      const result = `**Result (${ctx.today()}):** ${answer}`;
      const impact = row.impact.trim() ? `${row.impact.trimEnd()}\n\n${result}` : result;
      const at = ctx.now();
      entries.update(row.id, { ...entries.toEntry(row), impact }, at);
      followUps.answer(id, answer, at);
      return entries.toEntry(ctx.entryRow(row.id));
    },

    'followUps.dismiss': ({ id }) => {
      const followUp = followUps.get(id);
      if (!followUp) throw new ChronicleError('not_found', 'That follow-up does not exist.', { id });
      if (!followUp.answeredAt && !followUp.dismissedAt) followUps.dismiss(id, ctx.now());
      const { entrySeq: _, ...rest } = followUps.get(id) as NonNullable<ReturnType<typeof followUps.get>>;
      return rest;
    },

    'stats.calendar': ({ year }) => {
      const days = entries.dayCounts(`${year}-01-01`, `${year}-12-31`);
      return { year, days, total: days.reduce((sum, d) => sum + d.count, 0), activeDays: days.length };
    },

    'stats.monthly': (input) => entries.monthly(input),

    'stats.streak': () => streak(),

    'reminders.check': () => checkReminder(),

    'reminders.shown': () => {
      settings.write('reminderState', { ...NO_REMINDER_STATE, lastShownAt: ctx.now() });
      return checkReminder();
    },

    'reminders.snooze': ({ minutes }) => {
      const until = new Date(ctx.clock().getTime() + minutes * 60_000).toISOString();
      settings.write('reminderState', { ...reminderState(), snoozedUntil: until });
      return checkReminder();
    },
  };
}
