import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../electron/core/backend';
import { createBackupScheduler, listBackups, makeBackup } from '../../electron/core/backups';
import { requireBuild, ROOT, runCli } from '../e2e/harness';
import { ADA, commitAs, initRepo } from './gitRepos';
import { makeTempDir } from './journal';

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const undo of cleanup.splice(0).reverse()) undo();
});
beforeAll(() => requireBuild(['cli']));
function tempDir(): string {
  const dir = makeTempDir('chronicle-backups-');
  cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}
const isRoot = process.getuid?.() === 0;
const CLI = path.join(ROOT, 'out/cli/chronicle.js');

/** A journal with `count` entries, closed again. */
function journalWith(dir: string, count: number): string {
  const databasePath = path.join(dir, 'journal.db');
  const backend = openBackend({ databasePath, externalPollMs: 0 });
  for (let i = 0; i < count; i++) backend.handlers['entries.create']({ ...baseEntry, title: `Entry ${i}` });
  backend.close();
  return databasePath;
}
const baseEntry: Parameters<ReturnType<typeof openBackend>['handlers']['entries.create']>[0] = {
  datePrecision: 'day',
  dateEnd: null,
  date: '2026-03-04',
  title: '',
  body: 'Some words '.repeat(50),
  section: 'projects',
  impact: '',
  themeIds: [],
  newThemes: [],
  kind: 'accomplishment',
  people: [],
  goalIds: [],
  starred: false,
  links: [],
};

/** Makes a folder nobody may write to, even root (an immutable folder). */
function readOnlyFolder(dir: string): string {
  const folder = path.join(dir, 'read-only');
  fs.mkdirSync(folder);
  if (isRoot) {
    execFileSync('chattr', ['+i', folder]);
    cleanup.push(() => execFileSync('chattr', ['-i', folder]));
  } else {
    fs.chmodSync(folder, 0o555);
    cleanup.push(() => fs.chmodSync(folder, 0o755));
  }
  return folder;
}

describe('rolling backups', () => {
  it('makes a verified copy that opens as a journal with the same entries', async () => {
    const dir = tempDir();
    const databasePath = journalWith(dir, 3);
    const backend = openBackend({ databasePath, externalPollMs: 0 });
    cleanup.push(() => backend.close());
    const folder = path.join(dir, 'Dropbox', 'Chronicle');
    const { made } = await makeBackup(backend.db, folder, new Date('2026-03-13T18:00:00Z'));
    expect(made).toMatchObject({ name: 'chronicle-backup-2026-03-13T18-00-00-000Z.db', entryCount: 3, problem: null });
    expect(made.size).toBeGreaterThan(0);
    const copy = new Database(made.path, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((copy.prepare('SELECT title FROM entries ORDER BY title').all() as { title: string }[]).map((r) => r.title)).toEqual([
      'Entry 0',
      'Entry 1',
      'Entry 2',
    ]);
    copy.close();
    // no temporary file is left behind
    expect(fs.readdirSync(folder)).toEqual([made.name]);
  });

  it('backs up at most once a day, and only when the journal changed', async () => {
    const dir = tempDir();
    const databasePath = journalWith(dir, 1);
    let now = new Date('2026-03-13T08:00:00Z');
    const backend = openBackend({ databasePath, externalPollMs: 0, now: () => now });
    cleanup.push(() => backend.close());
    backend.handlers['settings.update']({ backup: { folder: path.join(dir, 'b') } });
    const scheduler = backend.backups;
    expect(await scheduler.backupIfDue()).not.toBeNull();
    // the same day: nothing, even after a change
    backend.handlers['entries.create']({ ...baseEntry, title: 'Later that day' });
    now = new Date('2026-03-13T20:00:00Z');
    expect(await scheduler.backupIfDue()).toBeNull();
    // the next day, with that change not yet backed up: a backup
    now = new Date('2026-03-14T09:00:00Z');
    expect((await scheduler.backupIfDue())?.entryCount).toBe(2);
    // the day after, with nothing changed: none
    now = new Date('2026-03-15T09:00:00Z');
    expect(await scheduler.backupIfDue()).toBeNull();
    expect(scheduler.status().backups.map((b) => b.day)).toEqual(['2026-03-14', '2026-03-13']);
  });

  it('never writes two backups at once: a second request joins the running one', async () => {
    const dir = tempDir();
    const databasePath = journalWith(dir, 50);
    const backend = openBackend({ databasePath, externalPollMs: 0 });
    cleanup.push(() => backend.close());
    const scheduler = createBackupScheduler({ db: backend.db, databasePath, folderSetting: () => path.join(dir, 'b') });
    const first = scheduler.backupNow();
    expect(scheduler.status().running).toBe(true);
    const second = scheduler.backupNow();
    expect(second).toBe(first);
    await first;
    expect(scheduler.status().running).toBe(false);
    expect(listBackups(path.join(dir, 'b'))).toHaveLength(1);
  });

  it('keeps 7 daily, 4 weekly and 12 monthly backups as days go by', async () => {
    const dir = tempDir();
    const databasePath = journalWith(dir, 1);
    const backend = openBackend({ databasePath, externalPollMs: 0 });
    cleanup.push(() => backend.close());
    const folder = path.join(dir, 'b');
    for (let i = 0; i < 60; i++) await makeBackup(backend.db, folder, new Date(Date.UTC(2026, 0, 1 + i, 12)));
    const days = listBackups(folder).map((b) => b.day);
    // 7 days (Feb 23 – Mar 1), the week before (Sunday Feb 22 is in the daily set), two more Sundays, January's last day
    expect(days).toEqual([
      '2026-03-01',
      '2026-02-28',
      '2026-02-27',
      '2026-02-26',
      '2026-02-25',
      '2026-02-24',
      '2026-02-23',
      '2026-02-22',
      '2026-02-15',
      '2026-02-08',
      '2026-01-31',
    ]);
  });

  it('shows a failed backup into a read-only folder, in one sentence, and changes nothing', async () => {
    const dir = tempDir();
    const databasePath = journalWith(dir, 2);
    const backend = openBackend({ databasePath, externalPollMs: 0 });
    cleanup.push(() => backend.close());
    const folder = readOnlyFolder(dir);
    backend.handlers['settings.update']({ backup: { folder } });
    const entries = () => JSON.stringify(backend.db.prepare('SELECT * FROM entries ORDER BY seq').all());
    const before = entries();
    const started = backend.dispatch('backups.now', {});
    expect(started.ok).toBe(true);
    await expect(backend.backups.backupNow()).rejects.toThrow(
      `Chronicle cannot write the backup folder ${folder} (it is read-only or not allowed); no backup was made and the journal is unchanged.`,
    );
    const status = backend.dispatch('backups.status', {});
    expect(status).toMatchObject({ ok: true, value: { lastError: { message: expect.stringContaining('read-only') }, backups: [] } });
    expect(fs.readdirSync(folder)).toEqual([]);
    expect(entries()).toBe(before);
    expect(backend.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

describe('backups and suggestions from the command line', () => {
  it('lists backups with their date and entries, makes one now, and restores one by name', async () => {
    const dir = tempDir();
    const db = journalWith(dir, 2);
    const folder = path.join(dir, 'synced');
    const made = await runCli(['--db', db, 'backups', 'now', '--to', folder]);
    expect(made.stderr).toBe('');
    expect(made.stdout).toMatch(/^Backed up 2 entries \(\d+ KB, checked\) to .*chronicle-backup-.*\.db\n$/);
    const listed = await runCli(['--db', db, 'backups', '--to', folder]);
    const name = /(chronicle-backup-\S+\.db)/.exec(listed.stdout)?.[1] as string;
    expect(listed.stdout).toContain(`2 entries`);
    expect((await runCli(['--db', db, 'add', 'After the backup'])).stdout).toContain('Added');
    const restored = await runCli(['--db', db, 'restore', name, '--to', folder]);
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toContain('the journal as it was is kept at');
    expect((await runCli(['--db', db, 'list'])).stdout).not.toContain('After the backup');
  }, 120_000);

  it('refuses a corrupt backup with one sentence and keeps the journal as it was', async () => {
    const dir = tempDir();
    const db = journalWith(dir, 2);
    const folder = path.join(dir, 'b');
    fs.mkdirSync(folder);
    const name = 'chronicle-backup-2026-03-01T10-00-00-000Z.db';
    fs.writeFileSync(path.join(folder, name), 'SQLite format 3\0 but then garbage'.repeat(200));
    const before = fs.readFileSync(db);
    const listed = await runCli(['--db', db, 'backups', '--to', folder]);
    expect(listed.stdout).toContain('It is damaged or not a Chronicle journal.');
    const result = await runCli(['--db', db, 'restore', name, '--to', folder]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^chronicle: .*chronicle-backup-2026-03-01T10-00-00-000Z\.db is not a Chronicle journal \(.*\)\.\n$/);
    expect(fs.readFileSync(db).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.includes('before-restore'))).toEqual([]);
  }, 120_000);

  it('says the folder is full when the copy cannot be written, and leaves no partial file', async () => {
    const dir = tempDir();
    const db = journalWith(dir, 200);
    const folder = path.join(dir, 'full');
    fs.mkdirSync(folder);
    let result: { code: number; stderr: string };
    if (isRoot) {
      // a real full disk: a 64 KB tmpfs, smaller than the journal
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', folder]);
      cleanup.push(() => execFileSync('umount', [folder]));
      result = await runCli(['--db', db, 'backups', 'now', '--to', folder]);
    } else {
      // without root, a file size limit (RLIMIT_FSIZE) stops the copy the same way part-way
      result = await new Promise((resolve) => {
        execFile(
          'bash',
          ['-c', `ulimit -f 128; exec "${process.execPath}" "${CLI}" --db "${db}" backups now --to "${folder}"`],
          (error, _out, stderr) => resolve({ code: error ? Number(error.code) : 0, stderr }),
        );
      });
    }
    expect(fs.statSync(db).size).toBeGreaterThan(64 * 1024);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      isRoot
        ? `chronicle: The backup folder ${folder} is full (no space left); no backup was made and the journal is unchanged.\n`
        : `chronicle: The backup could not be written into ${folder} (the disk may be full or failing); no backup was made and the journal is unchanged.\n`,
    );
    expect(fs.readdirSync(folder)).toEqual([]);
    expect((await runCli(['--db', db, 'list', '--limit', '500'])).stdout.split('\n').filter(Boolean)).toHaveLength(200);
  }, 120_000);

  it('says when a backup folder is read-only', async () => {
    const dir = tempDir();
    const db = journalWith(dir, 1);
    const folder = readOnlyFolder(dir);
    const result = await runCli(['--db', db, 'backups', 'now', '--to', folder]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is read-only or not allowed');
  }, 120_000);

  it('suggests from a repository, adds one by number, and says when a repository cannot be read', async () => {
    const dir = tempDir();
    const repo = initRepo(path.join(dir, 'api'));
    commitAs(repo, ADA, '2026-03-10', 'Ship the PDF export (#15)');
    commitAs(repo, ADA, '2026-03-11', 'Cut backups from 40s to 4s');
    const db = journalWith(dir, 0);
    const args = ['--db', db, 'suggest', '--git', repo, '--author', ADA.email, '--since', '2026-03-09', '--until', '2026-03-15'];
    const added = await runCli([...args, '--add', '2']);
    expect(added.stderr).toBe('');
    expect(added.stdout).toBe('Added "Ship the PDF export" on 2026-03-10  #api (1 commit remembered)\n');
    const listed = await runCli(args);
    expect(listed.stdout).toMatch(
      /^1\. Cut backups from 40s to 4s\n {3}2026-03-11 {2}#api {2}1 commit\n {3}- Cut backups from 40s to 4s \([0-9a-f]{7}\)\nAdd one with/,
    );

    // a folder the reading user may not open (as root, the CLI runs as nobody to be refused)
    const locked = initRepo(path.join(dir, 'locked'));
    fs.chmodSync(locked, 0o700);
    fs.chmodSync(dir, 0o755);
    const asNobody = isRoot ? { uid: 65534, gid: 65534 } : {};
    const copy = path.join(makeTempDir('chronicle-nobody-'), 'journal.db');
    fs.copyFileSync(db, copy);
    fs.chmodSync(path.dirname(copy), 0o777);
    fs.chmodSync(copy, 0o666);
    cleanup.push(() => fs.rmSync(path.dirname(copy), { recursive: true, force: true }));
    if (!isRoot) fs.chmodSync(locked, 0o000);
    cleanup.push(() => fs.chmodSync(locked, 0o755));
    const refused = await new Promise<{ stdout: string; stderr: string }>((resolve) => {
      execFile(
        process.execPath,
        [CLI, '--db', copy, 'suggest', '--git', locked, '--author', ADA.email, '--since', '2026-03-09'],
        { ...asNobody, env: { ...process.env, HOME: '/tmp' } },
        (_e, stdout, stderr) => resolve({ stdout, stderr }),
      );
    });
    expect(refused.stderr).toBe('');
    expect(refused.stdout).toContain(`! ${locked} cannot be read (permission denied).`);
  }, 120_000);
});
