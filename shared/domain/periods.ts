import { format, startOfQuarter, startOfYear } from 'date-fns';
import { addDaysToDay, dateOfDay, type Day, dayOf, weekStartOf, type WeekStart } from './day';
import type { ReflectionPeriod } from './model';

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The first day of the period that contains `day`. */
export function periodStart(period: ReflectionPeriod, day: Day, weekStartsOn: WeekStart): Day {
  switch (period) {
    case 'week':
      return weekStartOf(day, weekStartsOn);
    case 'quarter':
      return dayOf(startOfQuarter(dateOfDay(day)));
    case 'year':
      return dayOf(startOfYear(dateOfDay(day)));
  }
}

/** The last day of the period that starts on `start`. */
export function periodEnd(period: ReflectionPeriod, start: Day): Day {
  const date = dateOfDay(start);
  switch (period) {
    case 'week':
      return addDaysToDay(start, 6);
    case 'quarter':
      return dayOf(new Date(date.getFullYear(), date.getMonth() + 3, 0));
    case 'year':
      return `${date.getFullYear()}-12-31`;
  }
}

/** Why `start` cannot begin a period, in words; undefined when it can. */
export function periodStartProblem(period: ReflectionPeriod, start: Day, weekStartsOn: WeekStart): string | undefined {
  if (periodStart(period, start, weekStartsOn) === start) return undefined;
  switch (period) {
    case 'week':
      return `${start} is not the first day of a week (weeks start on ${WEEKDAY_NAMES[weekStartsOn]})`;
    case 'quarter':
      return `${start} is not the first day of a quarter (1 January, 1 April, 1 July or 1 October)`;
    case 'year':
      return `${start} is not the first day of a year`;
  }
}

/** "Week of 23 Nov 2026", "Q4 2026", "2026". */
export function periodLabel(period: ReflectionPeriod, start: Day): string {
  const date = dateOfDay(start);
  switch (period) {
    case 'week':
      return `Week of ${format(date, 'd MMM yyyy')}`;
    case 'quarter':
      return `Q${Math.floor(date.getMonth() / 3) + 1} ${date.getFullYear()}`;
    case 'year':
      return String(date.getFullYear());
  }
}

export function weekdayName(weekday: number): string {
  return WEEKDAY_NAMES[weekday] ?? '';
}
