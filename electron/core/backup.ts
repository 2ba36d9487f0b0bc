import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ChronicleError } from '../../shared/api/errors';
import { LATEST_VERSION } from './db/migrations';

/** A consistent copy of an open journal, written atomically (SQLite's online backup). */
export async function backupJournal(db: Database.Database, target: string): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  fs.mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.tmp`);
  fs.rmSync(temp, { force: true });
  try {
    await db.backup(temp);
    fs.renameSync(temp, target);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** Checks, without changing it, that a file is a Chronicle journal this version can open. */
export function checkJournalFile(file: string): void {
  if (!fs.existsSync(file)) throw new ChronicleError('not_found', `${file} does not exist.`);
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    const tables = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
    if (!tables || version < 1) throw new ChronicleError('invalid_input', `${file} is not a Chronicle journal.`);
    if (version > LATEST_VERSION) {
      throw new ChronicleError('database_too_new', `${file} was written by a newer version of Chronicle; update Chronicle to restore it.`);
    }
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new ChronicleError('invalid_input', `${file} is damaged (${String(check)}).`);
  } catch (error) {
    if (error instanceof ChronicleError) throw error;
    throw new ChronicleError(
      'invalid_input',
      `${file} is not a Chronicle journal (${error instanceof Error ? error.message : String(error)}).`,
    );
  } finally {
    db?.close();
  }
}

/**
 * Replaces the journal at `journalPath` with the backup at `source`, after keeping a copy of the
 * current journal beside it. The journal must not be open elsewhere (close the app first).
 * Returns the path of the kept copy.
 */
export async function restoreJournal(journalPath: string, source: string, now = new Date()): Promise<string | undefined> {
  checkJournalFile(source);
  if (path.resolve(source) === path.resolve(journalPath)) throw new ChronicleError('invalid_input', 'That is the journal itself.');
  let kept: string | undefined;
  if (fs.existsSync(journalPath)) {
    kept = `${journalPath}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}.bak`;
    const current = new Database(journalPath, { fileMustExist: true });
    try {
      await backupJournal(current, kept);
    } finally {
      current.close();
    }
  }
  const sourceDb = new Database(source, { readonly: true, fileMustExist: true });
  const staged = `${journalPath}.restoring`;
  try {
    await backupJournal(sourceDb, staged);
  } finally {
    sourceDb.close();
  }
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${journalPath}${suffix}`, { force: true });
  fs.renameSync(staged, journalPath);
  return kept;
}
