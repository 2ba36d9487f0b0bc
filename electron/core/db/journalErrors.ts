import fs from 'node:fs';
import path from 'node:path';
import { ChronicleError } from '../../../shared/api/errors';

/**
 * The sentences a person reads when their journal cannot be opened or written. They live here,
 * as error values with codes, so the CLI (one line on stderr) and the app (a dialog) say the same
 * thing and neither shows a stack.
 */

/** Where to look for a copy to restore: the copies taken before upgrades sit beside the file. */
function backupAdvice(file: string): string {
  const newest = newestBackupBeside(file);
  const restore = 'restore a backup with `chronicle restore <backup file>`';
  return newest ? `${restore} (the newest copy beside it is ${newest})` : `${restore}`;
}

function newestBackupBeside(file: string): string | undefined {
  const folder = path.dirname(file);
  const prefix = `${path.basename(file)}.before-v`;
  try {
    const copies = fs
      .readdirSync(folder)
      .filter((name) => name.startsWith(prefix) && name.endsWith('.bak'))
      .map((name) => ({ name, mtime: fs.statSync(path.join(folder, name)).mtimeMs }))
      .sort((a, b) => b.mtime - a.mtime);
    return copies[0] ? path.join(folder, copies[0].name) : undefined;
  } catch {
    return undefined; // an unreadable folder has no backups we could name
  }
}

export function journalEmpty(file: string): ChronicleError {
  return new ChronicleError(
    'journal_empty',
    `The journal ${file} is empty (0 bytes), as if a copy was cut off; Chronicle left it untouched: ${backupAdvice(file)}, or start a new journal with \`chronicle --new-journal\` (in the app: move the empty file away).`,
    { file },
  );
}

export function journalDamaged(file: string, why: string): ChronicleError {
  return new ChronicleError(
    'journal_damaged',
    `The journal ${file} looks damaged (${why}); Chronicle left it untouched: ${backupAdvice(file)}.`,
    { file },
  );
}

export function journalReadOnly(file: string): ChronicleError {
  return new ChronicleError(
    'journal_read_only',
    `The journal ${file} cannot be written (the file or its folder is read-only): give yourself write permission on both, or move the journal to a folder you can write, then try again.`,
    { file },
  );
}

export function journalLocked(file: string, waitedMs: number): ChronicleError {
  return new ChronicleError(
    'journal_locked',
    `The journal ${file} is locked by another program (it waited ${Math.round(waitedMs / 1000)} s): close the other program using it (a database browser, a sync tool, a stuck chronicle command), then try again.`,
    { file },
  );
}

/**
 * Names the cause of an SQLite failure that is about the file rather than about Chronicle, or
 * returns undefined for anything else (a bug, shown as an internal error).
 */
export function explainSqliteError(error: unknown, file: string, busyTimeoutMs: number): ChronicleError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return undefined;
  // CANTOPEN: the folder refuses the -wal and -shm files beside the journal (Chronicle creates
  // the folder itself before opening, so a missing folder is not the cause).
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM') {
    return journalReadOnly(file);
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return journalLocked(file, busyTimeoutMs);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') {
    return journalDamaged(file, 'SQLite reports that its contents are malformed');
  }
  if (code === 'SQLITE_FULL') {
    return new ChronicleError(
      'internal',
      `The disk holding the journal ${file} is full: free some space, then try again. Nothing was saved by this action.`,
    );
  }
  return undefined;
}
