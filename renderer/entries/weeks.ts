import { format } from 'date-fns';
import { dateOfDay, weekStartOf, type WeekStart } from '../../shared/domain/day';
import type { EntryListItem } from '../../shared/domain/model';

export type TimelineRow =
  | { kind: 'week'; key: string; label: string }
  | { kind: 'entry'; key: string; entry: EntryListItem };

/** "Week of 23 Nov 2026" */
export function weekLabel(weekStart: string): string {
  return `Week of ${format(dateOfDay(weekStart), 'd MMM yyyy')}`;
}

/** "Thu 26 Nov" */
export function entryDayLabel(day: string): string {
  return format(dateOfDay(day), 'EEE d MMM');
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
