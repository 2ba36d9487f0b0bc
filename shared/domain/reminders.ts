import { addMinutes, isValid, parseISO, set } from 'date-fns';
import { addDaysToDay, dateOfDay, dayOf, weekStartOf, type Day, type WeekStart } from './day';

/**
 * The weekly journaling reminder, decided as a pure function of the settings, the clock, the
 * journal and what was shown before. The caller (the main process) shows the notification,
 * records `lastShownAt`, and sets a timer for the `until` of a `wait`.
 *
 * Everything is in the user's local wall-clock time: a 16:00 reminder stays at 16:00 when the
 * clocks change, because people think of "Friday afternoon", not of a UTC offset.
 */

export interface ReminderSettings {
  enabled: boolean;
  /** 0 = Sunday, like Date.getDay. */
  weekday: 0 | 1 | 2 | 3 | 4 | 5 | 6;
  /** 'HH:mm', 24-hour. */
  time: string;
}

export const DEFAULT_REMINDER: ReminderSettings = { enabled: true, weekday: 5, time: '16:00' };

export interface ReminderState {
  /** ISO instant of the last time a reminder was shown. */
  lastShownAt: string | null;
  /** ISO instant until which the user asked not to be reminded; at that instant the reminder comes back once. */
  snoozedUntil: string | null;
}

export interface ReminderContext {
  settings: ReminderSettings;
  weekStartsOn: WeekStart;
  now: Date;
  state: ReminderState;
  /** Whether the journal has at least one entry (outside the trash) dated in the week starting on `weekStart` (a Day). */
  hasEntryInWeek: (weekStart: Day) => boolean;
}

export type ReminderDecision =
  | { kind: 'off' }
  /** Show it now, opening the week that starts on `weekStart`. `missed`: it fell due more than 15 minutes ago, so the app was closed then. */
  | { kind: 'due'; slot: Date; weekStart: Day; missed: boolean }
  /** Nothing to show; check again at `until` (the next slot, or the end of a snooze). */
  | { kind: 'wait'; until: Date };

/** A reminder shown this long after it fell due was missed (app closed, machine asleep) rather than merely late. */
const MISSED_AFTER_MS = 15 * 60_000;

const TIME_PATTERN = /^(\d{1,2}):(\d{2})$/;

/** Reads 'HH:mm' (or 'H:mm') on a 24-hour clock; undefined for anything else, including '24:00'. */
export function parseReminderTime(text: string): { hours: number; minutes: number } | undefined {
  const match = TIME_PATTERN.exec(text);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return { hours, minutes };
}

/**
 * The reminder instant in the week that starts on `weekStart`, in local time.
 * The weekday may come before the configured first day of the week in the calendar
 * (Sunday in a Monday-first week): then it is the last day of that week.
 * Throws a RangeError when `settings.time` is not a time of day; callers validate settings first.
 */
export function reminderSlot(weekStart: Day, settings: ReminderSettings, weekStartsOn: WeekStart): Date {
  const time = parseReminderTime(settings.time);
  if (!time) throw new RangeError(`"${settings.time}" is not a time of day in the form HH:mm`);
  const daysIntoWeek = (settings.weekday - weekStartsOn + 7) % 7;
  return atWallClock(dateOfDay(addDaysToDay(weekStart, daysIntoWeek)), time.hours, time.minutes);
}

/**
 * The instant a local wall clock shows hours:minutes on the given day.
 * A time that occurs twice (clocks falling back) is the first occurrence, so the reminder happens once.
 * A time that does not exist (clocks springing forward over it) becomes the first instant after the
 * gap, when the clock jumps: the earliest moment the user's clock has reached the chosen time.
 */
function atWallClock(day: Date, hours: number, minutes: number): Date {
  const instant = set(day, { hours, minutes, seconds: 0, milliseconds: 0 });
  if (instant.getHours() === hours && instant.getMinutes() === minutes) return instant;
  // Date resolves a skipped time by the offset before the change, landing as far past the jump as the
  // time was into the gap (02:30 becomes 03:30). Step back to the jump itself, where the offset changed.
  const offsetAfter = instant.getTimezoneOffset();
  let jump = instant;
  while (addMinutes(jump, -1).getTimezoneOffset() === offsetAfter) jump = addMinutes(jump, -1);
  return jump;
}

/**
 * Decides whether to show the weekly reminder now.
 *
 * Only the most recent slot that has passed can be due: an older one is stale, so a user who was
 * away for a month gets one reminder, not a pile. A slot is handled once a reminder was shown at or
 * after it, or once its week has an entry. A snooze holds the reminder back and, when it ends,
 * brings it back once, unless the user wrote in the meantime.
 */
export function decideReminder(context: ReminderContext): ReminderDecision {
  const { settings, weekStartsOn, now, state, hasEntryInWeek } = context;
  if (!settings.enabled || !parseReminderTime(settings.time)) return { kind: 'off' };

  const slotOf = (weekStart: Day): Date => reminderSlot(weekStart, settings, weekStartsOn);
  const thisWeek = weekStartOf(dayOf(now), weekStartsOn);
  const thisSlot = slotOf(thisWeek);

  const latestWeek = thisSlot <= now ? thisWeek : addDaysToDay(thisWeek, -7);
  const latestSlot = latestWeek === thisWeek ? thisSlot : slotOf(latestWeek);
  // Writing anything this week answers last week's reminder too: the habit is back.
  const answered = hasEntryInWeek(latestWeek) || (latestWeek !== thisWeek && hasEntryInWeek(thisWeek));
  const owedSince = answered ? undefined : reminderOwedSince(latestSlot, state);

  if (owedSince) {
    const snoozedUntil = instantOf(state.snoozedUntil);
    if (snoozedUntil && snoozedUntil > now) return { kind: 'wait', until: snoozedUntil };
    const missed = now.getTime() - owedSince.getTime() > MISSED_AFTER_MS;
    return { kind: 'due', slot: latestSlot, weekStart: latestWeek, missed };
  }

  // Nothing owed: wake at the next slot that could need a reminder. A week that already has an entry
  // needs none, so its slot is skipped.
  const nextSlotNeeded = thisSlot > now && !hasEntryInWeek(thisWeek);
  return { kind: 'wait', until: nextSlotNeeded ? thisSlot : slotOf(addDaysToDay(thisWeek, 7)) };
}

/**
 * Since when a reminder for this (passed, entry-less) slot is owed, or undefined when it has been served:
 * owed from the slot itself until one is shown, and again from the end of a snooze that no showing has
 * followed yet.
 */
function reminderOwedSince(slot: Date, state: ReminderState): Date | undefined {
  const lastShownAt = instantOf(state.lastShownAt);
  const snoozedUntil = instantOf(state.snoozedUntil);
  const snoozeUnserved = snoozedUntil !== undefined && (lastShownAt === undefined || snoozedUntil > lastShownAt);
  if (lastShownAt === undefined || lastShownAt < slot) {
    return snoozeUnserved && snoozedUntil > slot ? snoozedUntil : slot;
  }
  return snoozeUnserved ? snoozedUntil : undefined;
}

/** An ISO instant from stored state; an unreadable one counts as never, so a corrupt value cannot silence reminders for good. */
function instantOf(iso: string | null): Date | undefined {
  if (iso === null) return undefined;
  const instant = parseISO(iso);
  return isValid(instant) ? instant : undefined;
}
