import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ChronicleError } from '../../../shared/api/errors';
import { explainSqliteError, journalDamaged, journalEmpty } from './journalErrors';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';

/** How long a write waits for another program's lock before giving up with `journal_locked`. */
export const BUSY_TIMEOUT_MS = 5000;

export interface OpenOptions {
  /** The migrations to apply; tests pass a prefix of the real list to build old databases. */
  migrations?: readonly Migration[];
  /** Called with the path of the copy taken before migrating an existing journal. */
  onBackup?: (backupPath: string) => void;
  now?: () => Date;
  /**
   * The person asked for a new journal (the CLI's `--new-journal`): an existing empty file may
   * become one. Otherwise an empty file is refused, since it is most often a journal whose copy
   * was cut off. A missing file always becomes a new journal (the app's first run).
   */
  newJournal?: boolean;
  /** How long to wait for another program's lock (default 5 s); tests shorten it. */
  busyTimeoutMs?: number;
}

export interface OpenedDatabase {
  db: Database.Database;
  /** The schema version the file had before opening; 0 for a new journal. */
  previousVersion: number;
  version: number;
}

/**
 * Opens (creating if needed) a journal file, refusing one written by a newer Chronicle before
 * anything is written to it, and brings an older one up to date after copying it aside.
 */
export function openDatabase(file: string, options: OpenOptions = {}): OpenedDatabase {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const busyTimeoutMs = options.busyTimeoutMs ?? BUSY_TIMEOUT_MS;
  const driverOptions = { timeout: busyTimeoutMs };

  const header = readHeader(file, options.newJournal === true);
  if (header) {
    // Look before writing anything: even switching the journal mode writes to the file.
    if (header.userVersion > latest) throw tooNew(header.userVersion, latest);
    probeHistory(file, header, driverOptions, latest, migrations);
  } else {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }

  const db = openOrExplain(file, {});
  try {
    // A journal is written rarely and by hand: every commit must survive a power cut.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    const previousVersion = userVersion(db);
    refuseIfNewer(db, latest);
    checkHistory(db, migrations);
    if (previousVersion > 0 && previousVersion < latest) {
      const now = options.now?.() ?? new Date();
      const backupPath = `${file}.before-v${latest}-${now.toISOString().replace(/[:.]/g, '-')}.bak`;
      db.prepare('VACUUM INTO ?').run(backupPath);
      options.onBackup?.(backupPath);
    }
    for (const migration of migrations) {
      if (migration.version <= previousVersion) continue;
      applyMigration(db, migration, options.now?.() ?? new Date());
    }
    return { db, previousVersion, version: userVersion(db) };
  } catch (error) {
    db.close();
    throw explainSqliteError(error, file, busyTimeoutMs) ?? error;
  }
}

interface FileHeader {
  /** Bytes 18 and 19 of the header are 2 in WAL mode, 1 in rollback-journal mode. */
  walMode: boolean;
  userVersion: number;
}

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;

/**
 * Reads the file's 100-byte header with plain file reads, so an empty, cut-off, foreign or newer
 * file is refused before SQLite opens it (opening can create side files). Returns undefined when
 * there is no journal yet.
 */
function readHeader(file: string, newJournal: boolean): FileHeader | undefined {
  if (!fs.existsSync(file)) return undefined;
  const size = fs.statSync(file).size;
  if (size === 0) {
    if (newJournal) return undefined;
    throw journalEmpty(file);
  }
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = fs.openSync(file, 'r');
  let read: number;
  try {
    read = fs.readSync(fd, header, 0, HEADER_BYTES, 0);
  } finally {
    fs.closeSync(fd);
  }
  const magicSeen = Math.min(read, SQLITE_MAGIC.length);
  if (!header.subarray(0, magicSeen).equals(SQLITE_MAGIC.subarray(0, magicSeen))) throw notAJournal(file);
  if (read < HEADER_BYTES) throw journalDamaged(file, `it is only ${size} bytes long, shorter than an SQLite header`);

  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pageCount = header.readUInt32BE(28);
  // The page count in the header is trusted only when it was written with the last change.
  const countIsValid = header.readUInt32BE(24) === header.readUInt32BE(92) && pageCount > 0;
  // Pages still in a -wal file are not in the main file yet, so only judge a file without one.
  if (countIsValid && !hasContent(`${file}-wal`) && size < pageCount * pageSize) {
    throw journalDamaged(file, `it is ${size} bytes long where its header says ${pageCount * pageSize}: it was cut short`);
  }
  return { walMode: header[18] === 2, userVersion: header.readInt32BE(60) };
}

function hasContent(file: string): boolean {
  return fs.existsSync(file) && fs.statSync(file).size > 0;
}

/**
 * Refuses an unknown migration history without writing anything. A rollback-journal file is read
 * through a read-only connection, which creates nothing. A WAL file is read through an ordinary
 * connection that only reads: a read-only one would leave -wal and -shm files behind, while this
 * one writes no page and removes the side files it made when it closes.
 */
function probeHistory(
  file: string,
  header: FileHeader,
  driverOptions: Database.Options,
  latest: number,
  migrations: readonly Migration[],
): void {
  const probe = openOrExplain(file, {
    ...driverOptions,
    ...(header.walMode ? {} : { readonly: true }),
    fileMustExist: true,
  });
  try {
    refuseIfNewer(probe, latest);
    checkHistory(probe, migrations);
  } catch (error) {
    throw explainSqliteError(error, file, driverOptions.timeout ?? BUSY_TIMEOUT_MS) ?? error;
  } finally {
    probe.close();
  }
}

function notAJournal(file: string): ChronicleError {
  return new ChronicleError('invalid_input', `${file} is not a Chronicle journal (it is not an SQLite database).`);
}

function openOrExplain(file: string, options: Database.Options): Database.Database {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, options);
    db.pragma('schema_version'); // reads the header: fails here when it is not a database
    return db;
  } catch (error) {
    db?.close();
    const message = error instanceof Error ? error.message : String(error);
    if (/not a database|file is encrypted/i.test(message)) throw notAJournal(file);
    const explained = explainSqliteError(error, file, options.timeout ?? BUSY_TIMEOUT_MS);
    if (explained) throw explained;
    throw new ChronicleError('internal', `Could not open ${file}: ${message}`);
  }
}

function userVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function refuseIfNewer(db: Database.Database, latest: number): void {
  const version = userVersion(db);
  if (version > latest) throw tooNew(version, latest);
}

function tooNew(version: number, latest: number): ChronicleError {
  return new ChronicleError(
    'database_too_new',
    `This journal was written by a newer version of Chronicle (schema ${version}; this version knows up to ${latest}). ` +
      'It was left untouched: update Chronicle to open it.',
    { version, latest },
  );
}

/** The applied migrations must be exactly a prefix of the known list. */
function checkHistory(db: Database.Database, migrations: readonly Migration[]): void {
  const hasTable = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!hasTable) {
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as { n: number };
    if (tables.n > 0) {
      throw new ChronicleError('invalid_input', 'This SQLite file is not a Chronicle journal: it has tables Chronicle did not create.');
    }
    return;
  }
  const applied = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as {
    version: number;
    name: string;
  }[];
  applied.forEach((row, i) => {
    const known = migrations[i];
    if (!known || known.version !== row.version || known.name !== row.name) {
      throw new ChronicleError(
        'database_too_new',
        `This journal's history (migration ${row.version} "${row.name}") is unknown to this version of Chronicle. It was left untouched.`,
      );
    }
  });
}

function applyMigration(db: Database.Database, migration: Migration, now: Date): void {
  db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
    migration.up(db);
    db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
      migration.version,
      migration.name,
      now.toISOString(),
    );
    db.pragma(`user_version = ${migration.version}`);
  })();
}

export { LATEST_VERSION };
