import crypto from 'node:crypto';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ChronicleError } from '../../shared/api/errors';
import { LATEST_VERSION } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/open';
import { openBackend } from '../../electron/core/backend';
import { CLI, requireBuild } from '../e2e/harness';
import { makeTempDir } from './journal';

const dirs: string[] = [];
function tempFile(name = 'journal.db'): string {
  const dir = makeTempDir();
  dirs.push(dir);
  return path.join(dir, name);
}
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    fs.chmodSync(dir, 0o700);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

function sha(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
function listing(file: string): string[] {
  return fs.readdirSync(path.dirname(file)).sort();
}
function refusal(run: () => unknown): ChronicleError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ChronicleError);
    return error as ChronicleError;
  }
  throw new Error('expected the journal to be refused');
}

/** A journal with one entry, left in the journal mode asked for. */
function journalIn(mode: 'wal' | 'delete', name?: string): string {
  const file = tempFile(name);
  const backend = openBackend({ databasePath: file, externalPollMs: 0 });
  expect(backend.dispatch('entries.create', { date: '2026-02-03', title: 'Wrote the on-call runbook' }).ok).toBe(true);
  backend.close();
  if (mode === 'delete') {
    const raw = new Database(file);
    raw.pragma('journal_mode = DELETE');
    raw.close();
  }
  return file;
}

function forkHistory(file: string): void {
  const raw = new Database(file);
  raw.prepare("UPDATE schema_migrations SET name = 'from-a-fork' WHERE version = 1").run();
  raw.close();
}

describe('a refused journal is left exactly as it was', () => {
  it('does not switch a rollback-journal file with an unknown history to WAL, nor create side files', () => {
    const file = journalIn('delete');
    forkHistory(file);
    const before = sha(file);
    const files = listing(file);
    const error = refusal(() => openBackend({ databasePath: file, externalPollMs: 0 }));
    expect(error.code).toBe('database_too_new');
    expect(sha(file)).toBe(before);
    expect(listing(file)).toEqual(files);
    expect(fs.readFileSync(file)[18]).toBe(1); // still rollback-journal mode
  });

  it('leaves no -wal or -shm file beside a refused WAL journal (newer version or unknown history)', () => {
    for (const damage of ['newer', 'fork'] as const) {
      const file = journalIn('wal');
      if (damage === 'fork') forkHistory(file);
      else {
        const raw = new Database(file);
        raw.pragma(`user_version = ${LATEST_VERSION + 3}`);
        raw.close();
      }
      expect(listing(file)).toEqual(['journal.db']);
      const before = sha(file);
      expect(refusal(() => openDatabase(file)).code).toBe('database_too_new');
      expect(sha(file)).toBe(before);
      expect(listing(file)).toEqual(['journal.db']);
    }
  });
});

describe('an empty journal file', () => {
  it('is refused with a sentence that says it is empty and how to restore a backup', () => {
    const file = tempFile('chronicle.db');
    fs.writeFileSync(file, '');
    const error = refusal(() => openBackend({ databasePath: file, externalPollMs: 0 }));
    expect(error.code).toBe('journal_empty');
    expect(error.message).toMatch(/is empty \(0 bytes\)/);
    expect(error.message).toMatch(/chronicle restore/);
    expect(error.message).not.toContain('\n');
    expect(fs.statSync(file).size).toBe(0);
    expect(listing(file)).toEqual(['chronicle.db']);
  });

  it('becomes a new journal when the person asked for one', () => {
    const file = tempFile();
    fs.writeFileSync(file, '');
    const backend = openBackend({ databasePath: file, externalPollMs: 0, newJournal: true });
    const listed = backend.dispatch('entries.list', {});
    expect(listed.ok && (listed.value as { items: unknown[] }).items).toEqual([]);
    backend.close();
    expect(fs.statSync(file).size).toBeGreaterThan(0);
  });
});

describe('a damaged journal', () => {
  it('reports a cut-off SQLite file as damaged and names the backup beside it', () => {
    const file = journalIn('delete', 'chronicle.db');
    const backup = `${file}.before-v${LATEST_VERSION}-2026-01-01T00-00-00-000Z.bak`;
    fs.copyFileSync(file, backup);
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, bytes.length - 4096));
    const before = sha(file);
    const error = refusal(() => openBackend({ databasePath: file, externalPollMs: 0 }));
    expect(error.code).toBe('journal_damaged');
    expect(error.message).toMatch(/looks damaged/);
    expect(error.message).toContain(backup);
    expect(error.message).not.toMatch(/not an SQLite database/);
    expect(sha(file)).toBe(before);
  });

  it('reports a file cut inside its header as damaged, not as some other file', () => {
    const file = journalIn('delete');
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, 60));
    const error = refusal(() => openDatabase(file));
    expect(error.code).toBe('journal_damaged');
    expect(error.message).toMatch(/shorter than an SQLite header/);
  });
});

describe('a journal locked by another program', () => {
  it('says so in one sentence when a write waits longer than the busy timeout', () => {
    const file = journalIn('wal');
    const reported: unknown[] = [];
    const backend = openBackend({ databasePath: file, externalPollMs: 0, busyTimeoutMs: 100, onInternalError: (e) => reported.push(e) });
    const other = new Database(file);
    other.exec('BEGIN IMMEDIATE');
    try {
      const result = backend.dispatch('entries.create', { date: '2026-02-04', title: 'Blocked write' });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('journal_locked');
        expect(result.error.message).toMatch(/locked by another program/);
        expect(result.error.message).not.toMatch(/Something went wrong/);
      }
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(reported).toEqual([]);
    const listed = backend.dispatch('entries.list', {});
    expect(listed.ok && (listed.value as { items: { title: string }[] }).items.map((e) => e.title)).toEqual(['Wrote the on-call runbook']);
    backend.close();
  });

  it('says so when opening a rollback-journal file another program holds', () => {
    const file = journalIn('delete');
    const other = new Database(file);
    other.exec('BEGIN EXCLUSIVE');
    try {
      const error = refusal(() => openBackend({ databasePath: file, externalPollMs: 0, busyTimeoutMs: 100 }));
      expect(error.code).toBe('journal_locked');
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });
});

/**
 * Permissions do not bind root, so as root the command runs as `nobody`, for whom the files
 * below are as read-only as they are for their owner otherwise.
 */
function runCliAsOtherUser(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { ...asNobody, env: { ...process.env, HOME: '/tmp' }, timeout: 60_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

describe('a read-only journal, from the command line', () => {
  beforeAll(() => requireBuild(['cli']));

  it('prints one line naming the cause when the file is read-only, and exits non-zero', async () => {
    const file = journalIn('wal');
    fs.chmodSync(path.dirname(file), 0o777);
    fs.chmodSync(file, 0o444);
    const before = sha(file);
    const result = await runCliAsOtherUser(['--db', file, 'add', 'Cannot land']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^chronicle: The journal .* cannot be written \(the file or its folder is read-only\): .*\n$/);
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(sha(file)).toBe(before);
  }, 90_000);

  it('prints one line naming the cause when the folder is read-only', async () => {
    const file = journalIn('wal');
    fs.chmodSync(file, 0o666);
    fs.chmodSync(path.dirname(file), 0o555);
    const result = await runCliAsOtherUser(['--db', file, 'add', 'Cannot land either']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^chronicle: The journal .* cannot be written .*\n$/);
    expect(result.stderr.split('\n')).toHaveLength(2);
  }, 90_000);

  it('refuses an empty file in one line, and makes it a journal with --new-journal', async () => {
    const file = tempFile();
    fs.chmodSync(path.dirname(file), 0o777);
    fs.writeFileSync(file, '');
    fs.chmodSync(file, 0o666);
    const refused = await runCliAsOtherUser(['--db', file, 'list']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^chronicle: The journal .* is empty \(0 bytes\).*--new-journal.*\n$/);
    expect(fs.statSync(file).size).toBe(0);
    const created = await runCliAsOtherUser(['--db', file, '--new-journal', 'add', 'First entry']);
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
  }, 150_000);
});
