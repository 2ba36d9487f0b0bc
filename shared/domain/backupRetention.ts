import { getISOWeek, getISOWeekYear, parseISO } from 'date-fns';
import type { Day } from './day';

/** How many backups of each kind to keep: the newest of each of the last N days, weeks, months. */
export const BACKUP_RETENTION = { daily: 7, weekly: 4, monthly: 12 } as const;

export interface DatedBackup {
  name: string;
  /** The instant it was made, ISO; newer sorts later. */
  at: string;
  /** The user's calendar day it was made on. */
  day: Day;
}

/**
 * Which backups to keep: the newest backup of each of the 7 most recent days that have one, of
 * each of the 4 most recent ISO weeks, and of each of the 12 most recent months. Everything else
 * may go. The newest backup is always kept, so a fresh copy never deletes itself.
 */
export function backupsToKeep(
  backups: readonly DatedBackup[],
  retention: { daily: number; weekly: number; monthly: number } = BACKUP_RETENTION,
): Set<string> {
  const newestFirst = [...backups].sort((a, b) => b.at.localeCompare(a.at) || b.name.localeCompare(a.name));
  const keep = new Set<string>();
  const bucket = (limit: number, keyOf: (backup: DatedBackup) => string) => {
    const seen = new Set<string>();
    for (const backup of newestFirst) {
      const key = keyOf(backup);
      if (seen.has(key)) continue;
      if (seen.size >= limit) break;
      seen.add(key);
      keep.add(backup.name);
    }
  };
  bucket(retention.daily, (backup) => backup.day);
  bucket(retention.weekly, (backup) => {
    const date = parseISO(backup.day);
    return `${getISOWeekYear(date)}-W${getISOWeek(date)}`;
  });
  bucket(retention.monthly, (backup) => backup.day.slice(0, 7));
  if (newestFirst[0]) keep.add(newestFirst[0].name);
  return keep;
}
