import * as chrono from 'chrono-node';
import { dayOf, dayProblem, isDay } from '../../shared/domain/day';

/**
 * Reads a day as people type it on a command line: `2026-03-04`, `today`, `yesterday`,
 * `last friday`, `3 days ago`. Anything that looks like yyyy-MM-dd must be a real day:
 * `2026-02-30` is an error, never silently moved to March.
 */
export function parseDayArgument(text: string, now: Date): { day: string } | { error: string } {
  const trimmed = text.trim();
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(trimmed)) {
    return isDay(trimmed) ? { day: trimmed } : { error: dayProblem(trimmed) ?? `"${trimmed}" is not a date` };
  }
  const parsed = chrono.casual.parseDate(trimmed, now, { forwardDate: false });
  if (!parsed) return { error: `"${trimmed}" is not a date I can read; try yyyy-MM-dd, "today", "yesterday" or "last friday"` };
  const day = dayOf(parsed);
  return isDay(day) ? { day } : { error: dayProblem(day) ?? `"${trimmed}" is out of range` };
}
