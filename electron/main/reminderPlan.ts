import { format } from 'date-fns';
import { dateOfDay, type Day } from '../../shared/domain/day';
import type { ReminderCheck } from '../../shared/domain/model';

/**
 * The longest the scheduler sleeps before asking the backend again. A timer set for Friday
 * 16:00 on Monday would miss a changed clock, a machine that slept through it, or settings changed
 * by another process; waking at least hourly picks all of those up at the cost of one query.
 */
export const MAX_SLEEP_MS = 60 * 60_000;
/** The shortest sleep, so a `wait` whose time has just passed cannot spin the event loop. */
export const MIN_SLEEP_MS = 1_000;

export interface DueReminder {
  /** First day of the week the reminder is about. */
  weekStart: Day;
  /** It fell due while Chronicle was closed (or the machine asleep). */
  missed: boolean;
}

export type ReminderPlan = ({ action: 'notify' } & DueReminder) | { action: 'sleep'; ms: number };

/** What to do with the backend's answer to 'reminders.check' at `now`. */
export function planReminder(check: ReminderCheck, now: Date): ReminderPlan {
  switch (check.kind) {
    case 'due':
      return { action: 'notify', weekStart: check.weekStart, missed: check.missed };
    case 'off':
      // Turned off: still look again later, the setting may be turned back on elsewhere.
      return { action: 'sleep', ms: MAX_SLEEP_MS };
    case 'wait': {
      const until = Date.parse(check.until);
      if (Number.isNaN(until)) return { action: 'sleep', ms: MAX_SLEEP_MS };
      return { action: 'sleep', ms: Math.min(MAX_SLEEP_MS, Math.max(MIN_SLEEP_MS, until - now.getTime())) };
    }
  }
}

export interface ReminderMessage {
  title: string;
  body: string;
}

/**
 * The notification's words: an invitation, not a chore. It names the week so a reminder seen late
 * (after a weekend away) is still clear about which week it means.
 */
export function reminderMessage(reminder: DueReminder): ReminderMessage {
  const week = `the week of ${format(dateOfDay(reminder.weekStart), 'MMMM d')}`;
  return {
    title: 'What did you do this week?',
    body: reminder.missed
      ? `Your weekly reminder came while Chronicle was closed. If you have a minute, jot down a few things from ${week}.`
      : `A few lines about ${week} now will make your next review easier.`,
  };
}
