import type * as ChronoNode from 'chrono-node';
import { addDaysToDay, dayOf, dayProblem, isDay } from '../../shared/domain/day';
import { quoted } from '../../shared/domain/quoted';

type Chrono = typeof ChronoNode;

const ISO_LIKE = /^\d{4}-\d{1,2}-\d{1,2}$/;

/** Whether reading `text` needs the natural-language parser, which takes ~0.3 s to load. */
export function needsNaturalLanguage(text: string): boolean {
  return !ISO_LIKE.test(text.trim()) && !['today', 'yesterday'].includes(text.trim().toLowerCase());
}

export async function loadNaturalLanguage(): Promise<Chrono> {
  return import('chrono-node');
}

/**
 * Reads a day as people type it on a command line: `2026-03-04`, `today`, `yesterday`,
 * `last friday`, `3 days ago`. Anything that looks like yyyy-MM-dd must be a real day:
 * `2026-02-30` is an error, never silently moved to March.
 */
export function parseDayArgument(text: string, now: Date, chrono?: Chrono): { day: string } | { error: string } {
  const trimmed = text.trim();
  if (ISO_LIKE.test(trimmed)) {
    return isDay(trimmed) ? { day: trimmed } : { error: dayProblem(trimmed) ?? `${quoted(trimmed)} is not a date` };
  }
  const today = dayOf(now);
  if (trimmed.toLowerCase() === 'today') return { day: today };
  if (trimmed.toLowerCase() === 'yesterday') return { day: addDaysToDay(today, -1) };
  const unreadable = { error: `${quoted(trimmed)} is not a date I can read; try yyyy-MM-dd, "today", "yesterday" or "last friday"` };
  if (!chrono) return unreadable;
  // The whole argument must be the date: chrono finds dates inside longer text, which would
  // read "the day after never" as a day.
  const [result] = chrono.casual.parse(trimmed, now, { forwardDate: false });
  if (!result || result.index !== 0 || result.text.length !== trimmed.length) return unreadable;
  const day = dayOf(result.start.date());
  return isDay(day) ? { day } : { error: dayProblem(day) ?? `${quoted(trimmed)} is out of range` };
}
