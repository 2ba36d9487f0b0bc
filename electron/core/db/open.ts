import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ChronicleError } from '../../../shared/api/errors';
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations';

export interface OpenOptions {
  /** The migrations to apply; tests pass a prefix of the real list to build old databases. */
  migrations?: readonly Migration[];
  /** Called with the path of the copy taken before migrating an existing journal. */
  onBackup?: (backupPath: string) => void;
  now?: () => Date;
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
  const existed = fs.existsSync(file) && fs.statSync(file).size > 0;
  if (existed) {
    // Look before writing anything: even switching the journal mode writes to the file.
    const probe = openOrExplain(file, { readonly: true, fileMustExist: true });
    try {
      refuseIfNewer(probe, latest);
    } finally {
      probe.close();
    }
  } else {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }

  const db = openOrExplain(file, {});
  try {
    // A journal is written rarely and by hand: every commit must survive a power cut.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
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
    throw error;
  }
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
    if (/not a database|file is encrypted|malformed/i.test(message)) {
      throw new ChronicleError('invalid_input', `${file} is not a Chronicle journal (it is not an SQLite database).`);
    }
    throw new ChronicleError('internal', `Could not open ${file}: ${message}`);
  }
}

function userVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function refuseIfNewer(db: Database.Database, latest: number): void {
  const version = userVersion(db);
  if (version > latest) {
    throw new ChronicleError(
      'database_too_new',
      `This journal was written by a newer version of Chronicle (schema ${version}; this version knows up to ${latest}). ` +
        'It was left untouched: update Chronicle to open it.',
      { version, latest },
    );
  }
}

/** The applied migrations must be exactly a prefix of the known list. */
function checkHistory(db: Database.Database, migrations: readonly Migration[]): void {
  const hasTable = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
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
