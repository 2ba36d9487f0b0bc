import { addDays, format, isValid, parse, startOfWeek } from 'date-fns';
import { quoted } from './quoted';

/** A calendar day as `yyyy-MM-dd`. Entries happen on days, not at instants. */
export type Day = string;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
export const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;

/** True when `text` is a real calendar day in `yyyy-MM-dd` form (so `2026-02-30` is not). */
export function isDay(text: string): boolean {
  const m = DAY_PATTERN.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  const parsed = parse(text, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(parsed) && format(parsed, 'yyyy-MM-dd') === text;
}

/** Explains why `text` is not a day, in words a person can act on; undefined when it is one. */
export function dayProblem(text: string): string | undefined {
  if (isDay(text)) return undefined;
  const m = DAY_PATTERN.exec(text);
  if (!m) return `${quoted(text)} is not a date in the form yyyy-MM-dd`;
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return `The year must be between ${MIN_YEAR} and ${MAX_YEAR}`;
  return `${text} is not a day on the calendar`;
}

/** The local calendar day of an instant. */
export function dayOf(date: Date): Day {
  return format(date, 'yyyy-MM-dd');
}

/** A Day as a local Date at midnight. Callers must pass a valid Day. */
export function dateOfDay(day: Day): Date {
  return parse(day, 'yyyy-MM-dd', new Date(2000, 0, 1));
}

export function addDaysToDay(day: Day, amount: number): Day {
  return dayOf(addDays(dateOfDay(day), amount));
}

export type WeekStart = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** The first day of the week that contains `day`. Monday-first by default. */
export function weekStartOf(day: Day, weekStartsOn: WeekStart = 1): Day {
  return dayOf(startOfWeek(dateOfDay(day), { weekStartsOn }));
}
