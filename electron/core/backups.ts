import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ChronicleError } from '../../shared/api/errors';
import { backupsToKeep } from '../../shared/domain/backupRetention';
import { dayOf } from '../../shared/domain/day';
import type { BackupInfo, BackupStatus } from '../../shared/domain/model';
import { LATEST_VERSION } from './db/migrations';

/**
 * Rolling backups of the journal into a folder the user picks. Plain Node: the desktop shell only
 * asks for one on start and on quit; the CLI asks for one from cron.
 */

const NAME = /^chronicle-backup-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})(?:-(\d{3}))?Z\.db$/;

/** `chronicle-backup-2026-12-07T17-40-12-345Z.db`: sorts by time, safe on every OS. */
export function backupFileName(at: Date): string {
  return `chronicle-backup-${at.toISOString().replace(/:/g, '-').replace('.', '-')}.db`;
}

function instantOf(name: string): Date | undefined {
  const m = NAME.exec(name);
  if (!m) return undefined;
  return new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5] ?? '000'}Z`);
}

/** The default folder: `backups` beside the journal (the app's data folder). */
export function defaultBackupFolder(databasePath: string): string {
  return path.join(path.dirname(path.resolve(databasePath)), 'backups');
}

/** What a backup holds, read without changing it. A damaged file says so instead of failing the list. */
export function describeBackup(file: string, localDay: (at: Date) => string = dayOf): BackupInfo {
  const name = path.basename(file);
  const at = instantOf(name) ?? fs.statSync(file).mtime;
  const info: BackupInfo = { name, path: file, at: at.toISOString(), day: localDay(at), size: 0, entryCount: null, problem: null };
  try {
    info.size = fs.statSync(file).size;
  } catch {
    info.problem = 'It cannot be read.';
    return info;
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION) info.problem = 'It was written by a newer version of Chronicle.';
    else info.entryCount = (db.prepare('SELECT count(*) AS n FROM entries WHERE deleted_at IS NULL').get() as { n: number }).n;
  } catch {
    info.problem = 'It is damaged or not a Chronicle journal.';
  } finally {
    db?.close();
  }
  return info;
}

/** Backups in a folder, newest first. A missing folder has none. */
export function listBackups(folder: string): BackupInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw folderError(error, folder, 'read');
  }
  return names
    .filter((name) => NAME.test(name))
    .sort()
    .reverse()
    .map((name) => describeBackup(path.join(folder, name)));
}

/**
 * One verified backup: SQLite's online backup into a temporary file in the folder, then
 * `integrity_check` on the copy, then a rename, so the folder never holds a half-written or
 * unchecked backup under a backup's name. Then older backups beyond the retention are removed.
 */
export async function makeBackup(db: Database.Database, folder: string, now: Date): Promise<{ made: BackupInfo; removed: string[] }> {
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw folderError(error, folder, 'write');
  }
  const name = backupFileName(now);
  const target = path.join(folder, name);
  const temp = path.join(folder, `.${name}.${process.pid}.tmp`);
  try {
    await db.backup(temp);
    const copy = new Database(temp, { fileMustExist: true });
    try {
      // A backup is one self-contained file: no -wal or -shm beside it to lose in a sync.
      copy.pragma('journal_mode = DELETE');
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok')
        throw new ChronicleError('internal', `The backup copy failed its integrity check (${String(check)}); it was not kept.`);
    } finally {
      copy.close();
    }
    fs.renameSync(temp, target);
  } catch (error) {
    throw folderError(error, folder, 'write');
  } finally {
    for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${temp}${suffix}`, { force: true });
  }
  const all = listBackups(folder);
  const keep = backupsToKeep(all);
  const removed: string[] = [];
  for (const backup of all) {
    if (keep.has(backup.name)) continue;
    fs.rmSync(backup.path, { force: true });
    removed.push(backup.name);
  }
  return { made: describeBackup(target), removed };
}

function folderError(error: unknown, folder: string, doing: 'read' | 'write'): ChronicleError {
  if (error instanceof ChronicleError) return error;
  const code = (error as { code?: string }).code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ENOSPC' || code === 'EFBIG' || code === 'SQLITE_FULL' || /disk is full|no space/i.test(message)) {
    return new ChronicleError(
      'invalid_input',
      `The backup folder ${folder} is full (no space left); no backup was made and the journal is unchanged.`,
      { folder },
    );
  }
  if (
    ['EACCES', 'EPERM', 'EROFS', 'SQLITE_CANTOPEN', 'SQLITE_READONLY'].includes(code) ||
    /readonly|read-only|permission|unable to open/i.test(message)
  ) {
    return new ChronicleError(
      'invalid_input',
      `Chronicle cannot ${doing} the backup folder ${folder} (it is read-only or not allowed); no backup was made and the journal is unchanged.`,
      { folder },
    );
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new ChronicleError(
      'invalid_input',
      `The backup could not be written into ${folder} (the disk may be full or failing); no backup was made and the journal is unchanged.`,
      { folder },
    );
  }
  if (code === 'ENOTDIR' || code === 'EEXIST') return new ChronicleError('invalid_input', `${folder} is a file, not a folder.`, { folder });
  return new ChronicleError('invalid_input', `The backup into ${folder} failed (${message}); the journal is unchanged.`, { folder });
}

function fileTime(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

export interface BackupScheduler {
  /** Makes a backup now, unless one is running (then waits for that one). */
  backupNow(): Promise<BackupInfo>;
  /** On start and on quit: a backup when none was made today and the journal changed since the last. */
  backupIfDue(): Promise<BackupInfo | null>;
  status(): BackupStatus;
  folder(): string;
}

export interface SchedulerDeps {
  db: Database.Database;
  databasePath: string;
  /** The folder from settings, or null for the default. */
  folderSetting: () => string | null;
  now?: () => Date;
  /** Told when a backup finished or failed, so windows can refresh what they show. */
  onChange?: () => void;
}

/** One backup at a time, whatever asks for it; the last failure is kept to be shown. */
export function createBackupScheduler(deps: SchedulerDeps): BackupScheduler {
  const clock = () => deps.now?.() ?? new Date();
  const folder = () => path.resolve(deps.folderSetting() ?? defaultBackupFolder(deps.databasePath));
  let running: Promise<BackupInfo> | null = null;
  let lastError: { at: string; message: string } | null = null;

  function backupNow(): Promise<BackupInfo> {
    if (running) return running;
    const at = clock();
    running = makeBackup(deps.db, folder(), at)
      .then(({ made }) => {
        lastError = null;
        return made;
      })
      .catch((error: unknown) => {
        lastError = { at: at.toISOString(), message: error instanceof Error ? error.message : String(error) };
        throw error;
      })
      .finally(() => {
        running = null;
        deps.onChange?.();
      });
    return running;
  }

  function journalChangedAt(): number {
    let latest = 0;
    for (const suffix of ['', '-wal']) {
      try {
        latest = Math.max(latest, fs.statSync(`${deps.databasePath}${suffix}`).mtimeMs);
      } catch {
        // no WAL file: only the main file counts
      }
    }
    return latest;
  }

  return {
    backupNow,
    async backupIfDue() {
      if (running) return running;
      let newest: BackupInfo | undefined;
      try {
        newest = listBackups(folder()).find((backup) => backup.problem === null);
      } catch (error) {
        lastError = { at: clock().toISOString(), message: error instanceof Error ? error.message : String(error) };
        deps.onChange?.();
        return null;
      }
      if (newest && newest.day === dayOf(clock())) return null;
      // Real file times on both sides (the backup's own mtime, not its name), so a changed clock cannot hide a change.
      if (newest && journalChangedAt() <= fileTime(newest.path)) return null;
      try {
        return await backupNow();
      } catch {
        return null; // kept in status() for the settings page
      }
    },
    status() {
      const where = folder();
      let backups: BackupInfo[] = [];
      let problem: string | null = null;
      try {
        backups = listBackups(where);
      } catch (error) {
        problem = error instanceof Error ? error.message : String(error);
      }
      return {
        folder: where,
        isDefaultFolder: deps.folderSetting() === null,
        running: running !== null,
        lastError: lastError ?? (problem ? { at: clock().toISOString(), message: problem } : null),
        backups,
      };
    },
    folder,
  };
}
