import { format } from 'date-fns';
import { dateOfDay, weekStartOf, type WeekStart } from '../../shared/domain/day';
import { formatEntryDate, type EntryDate } from '../../shared/domain/entryDate';
import type { EntryListItem } from '../../shared/domain/model';

export type TimelineRow = { kind: 'week'; key: string; label: string } | { kind: 'entry'; key: string; entry: EntryListItem };

/** "Week of 23 Nov 2026" */
export function weekLabel(weekStart: string): string {
  return `Week of ${format(dateOfDay(weekStart), 'd MMM yyyy')}`;
}

/** "Thu 26 Nov" */
export function entryDayLabel(day: string): string {
  return format(dateOfDay(day), 'EEE d MMM');
}

/**
 * The date a list row shows: "Thu 26 Nov" for a day, and the author's own terms for anything
 * less precise or a range ("Q2 2019", "May–July 2023"), so a month is never shown as its 1st.
 */
export function entryDateLabel(entry: EntryDate): string {
  return formatEntryDate(entry, entryDayLabel);
}

/** "26 November 2026" */
export function longDayLabel(day: string): string {
  return format(dateOfDay(day), 'd MMMM yyyy');
}

/** Entries, newest first, with a header row before each week's first entry. */
export function timelineRows(entries: EntryListItem[], weekStartsOn: WeekStart = 1): TimelineRow[] {
  const rows: TimelineRow[] = [];
  let currentWeek = '';
  for (const entry of entries) {
    const week = weekStartOf(entry.date, weekStartsOn);
    if (week !== currentWeek) {
      currentWeek = week;
      rows.push({ kind: 'week', key: `week-${week}`, label: weekLabel(week) });
    }
    rows.push({ kind: 'entry', key: entry.id, entry });
  }
  return rows;
}
