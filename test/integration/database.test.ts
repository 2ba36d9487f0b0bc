import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, assert, describe, expect, it } from 'vitest';
import { ChronicleError } from '../../shared/api/errors';
import { LATEST_VERSION, MIGRATIONS, type Migration } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/open';
import { openBackend } from '../../electron/core/backend';
import { makeTempDir } from './journal';

const dirs: string[] = [];
function tempFile(name = 'journal.db'): string {
  const dir = makeTempDir();
  dirs.push(dir);
  return path.join(dir, name);
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function sha(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function expectChronicleError(run: () => unknown, code: string): ChronicleError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ChronicleError);
    expect((error as ChronicleError).code).toBe(code);
    return error as ChronicleError;
  }
  throw new Error('expected an error');
}

describe('opening a journal', () => {
  it('creates a new journal with durable settings and every migration recorded', () => {
    const file = tempFile();
    const { db, previousVersion, version } = openDatabase(file);
    expect(previousVersion).toBe(0);
    expect(version).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    const applied = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(applied).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    db.close();
  });

  it('brings every earlier version up to date, taking a copy first', () => {
    for (let k = 1; k < MIGRATIONS.length; k++) {
      const file = tempFile();
      openDatabase(file, { migrations: MIGRATIONS.slice(0, k) }).db.close();
      const backups: string[] = [];
      const { db, previousVersion } = openDatabase(file, { onBackup: (p) => backups.push(p) });
      expect(previousVersion).toBe(k);
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      expect(backups).toHaveLength(1);
      db.close();
    }
  });

  it('runs a new migration in a transaction after backing up the old file, and keeps the data', () => {
    const file = tempFile();
    const backend = openBackend({ databasePath: file, externalPollMs: 0 });
    const created = backend.dispatch('entries.create', { date: '2024-05-01', title: 'Before the upgrade' });
    expect(created.ok).toBe(true);
    backend.close();

    const next: Migration = {
      version: LATEST_VERSION + 1,
      name: 'test-add-column',
      up: (db) => db.exec("ALTER TABLE entries ADD COLUMN mood TEXT NOT NULL DEFAULT 'fine'"),
    };
    const backups: string[] = [];
    const { db } = openDatabase(file, { migrations: [...MIGRATIONS, next], onBackup: (p) => backups.push(p) });
    expect(db.prepare('SELECT title, mood FROM entries').get()).toEqual({ title: 'Before the upgrade', mood: 'fine' });
    db.close();

    expect(backups).toHaveLength(1);
    const [backup] = backups;
    assert(backup, 'a backup was made');
    const copy = new Database(backup, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(copy.prepare('SELECT title FROM entries').get()).toEqual({ title: 'Before the upgrade' });
    copy.close();
  });

  it('rolls a failing migration back entirely and leaves the version where it was', () => {
    const file = tempFile();
    openDatabase(file).db.close();
    const broken: Migration = {
      version: LATEST_VERSION + 1,
      name: 'test-broken',
      up: (db) => {
        db.exec('CREATE TABLE half_done (x)');
        db.exec('THIS IS NOT SQL');
      },
    };
    expect(() => openDatabase(file, { migrations: [...MIGRATIONS, broken] })).toThrow();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
    db.close();
  });

  it('refuses a journal written by a newer version and leaves the file byte-for-byte untouched', () => {
    const file = tempFile();
    openDatabase(file).db.close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${LATEST_VERSION + 5}`);
    raw.pragma('journal_mode = DELETE'); // fold the WAL in, so the main file is the whole journal
    raw.close();
    const before = sha(file);
    const listing = fs.readdirSync(path.dirname(file)).sort();

    const error = expectChronicleError(() => openBackend({ databasePath: file, externalPollMs: 0 }), 'database_too_new');
    expect(error.message).toMatch(/newer version of Chronicle/);
    expect(sha(file)).toBe(before);
    expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(listing);
  });

  it('refuses a journal whose migration history it does not know', () => {
    const file = tempFile();
    openDatabase(file).db.close();
    const raw = new Database(file);
    raw.prepare("UPDATE schema_migrations SET name = 'from-a-fork' WHERE version = 1").run();
    raw.close();
    expectChronicleError(() => openDatabase(file), 'database_too_new');
  });

  it('explains that a file which is not a database is not a journal, and leaves it alone', () => {
    const file = tempFile('notes.db');
    fs.writeFileSync(file, 'these are my notes, not a database '.repeat(200));
    const before = sha(file);
    const error = expectChronicleError(() => openDatabase(file), 'invalid_input');
    expect(error.message).toMatch(/not a Chronicle journal/);
    expect(sha(file)).toBe(before);
  });

  it('refuses an SQLite database that belongs to another program', () => {
    const file = tempFile('other.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE invoices (id INTEGER)');
    raw.close();
    expectChronicleError(() => openDatabase(file), 'invalid_input');
  });

  it('offers starter themes in a new journal only', () => {
    const file = tempFile();
    const first = openBackend({ databasePath: file, externalPollMs: 0 });
    const themes = first.handlers['themes.list']({});
    expect(themes.map((t) => t.name)).toEqual(['growth', 'leadership', 'quality', 'transition']);
    first.handlers['themes.delete']({ id: themes[0]?.id as string });
    first.close();
    const again = openBackend({ databasePath: file, externalPollMs: 0 });
    expect(again.handlers['themes.list']({}).map((t) => t.name)).toEqual(['leadership', 'quality', 'transition']);
    again.close();
  });
});
