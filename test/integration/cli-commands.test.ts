import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../electron/core/backend';
import type { Entry } from '../../shared/domain/model';
import { requireBuild, ROOT, runCli } from '../e2e/harness';
import { makeTempDir } from './journal';

const CLI = path.join(ROOT, 'out/cli/chronicle.js');
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const dirs: string[] = [];
function tempDb(): string {
  const dir = makeTempDir('chronicle-cli-');
  dirs.push(dir);
  return path.join(dir, 'journal.db');
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
beforeAll(() => requireBuild(['cli']));

async function ok(args: string[]) {
  const result = await runCli(args);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

/** Every table a command could write to, to show a refused command wrote nothing. */
function dump(db: string): string {
  const backend = openBackend({ databasePath: db, externalPollMs: 0 });
  const rows = ['entries', 'goals', 'entry_goals', 'reflections', 'follow_ups', 'drafts'].map((t) =>
    backend.db.prepare(`SELECT * FROM ${t}`).all(),
  );
  backend.close();
  return JSON.stringify(rows);
}

/** Runs the CLI with text on its standard input. */
function runWithStdin(args: string[], input: string): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ stdout, stderr, code }));
    child.stdin.end(input);
  });
}

function dayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('help and exit codes', () => {
  it('gives each command its own help, with its options and the exit codes', async () => {
    const add = await ok(['add', '--help']);
    expect(add.split('\n')[0]).toBe('Usage: chronicle add "<title>" [options]');
    expect(add).toMatch(/--theme <name>\s+a theme, created if new \(repeatable\)/);
    expect(add).toMatch(/--db <file>/);
    expect(add).toContain('exit codes:\n  0  done\n  1  the journal refused it');
    expect(add).not.toContain('--since-last-review');
    expect(await ok(['help', 'add'])).toBe(add);
    const summary = await ok(['summary', '-h']);
    expect(summary).toMatch(/--since-last-review/);
    expect(summary).toMatch(/--save\s+keep it as a draft and print its id/);
  });

  it('lists every command on chronicle --help, and prints it to stderr with exit code 2 when no command is given', async () => {
    const help = await ok(['--help']);
    for (const name of [
      'add',
      'list',
      'search',
      'week',
      'goals',
      'reflect',
      'follow-up',
      'summary',
      'bullets',
      'check',
      'packet',
      'export',
      'import',
      'backup',
      'restore',
    ]) {
      expect(help).toMatch(new RegExp(`^  ${name} `, 'm'));
    }
    expect(help).toContain('2  the command line is wrong');
    const bare = await runCli([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toContain('Usage: chronicle');
  });

  it.each([
    [['add', 'x', '--date'], 2, /^chronicle: --date needs a value \(see chronicle add --help\)\n$/],
    [['search', 'x', '--star'], 2, /^chronicle: --star does not apply to "search" \(see chronicle search --help\)\n$/],
    [['list', '--db'], 2, /--db needs a value/],
    [['add', 'x', '--kind', 'brag'], 2, /"brag" is not a kind/],
    [['export', 'blog', '--draft', '00000000-0000-4000-8000-000000000000'], 1, /./],
  ])('%j exits with %i and one line on stderr', async (args, code, message) => {
    const db = tempDb();
    const result = await runCli(['--db', db, ...args]);
    expect(result.code).toBe(code);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });
});

describe('a closed stdout', () => {
  it('ends the command quietly when the reader stops early (chronicle list | head -1)', async () => {
    const db = tempDb();
    const backend = openBackend({ databasePath: db, externalPollMs: 0 });
    // About 200 KB of output: more than a pipe holds, so the CLI is still writing when it closes.
    backend.db.transaction(() => {
      for (let i = 0; i < 800; i++) {
        const added = backend.dispatch('entries.create', {
          title: `Entry ${i} ${'with a long enough title to fill the pipe '.repeat(5)}`.trim(),
          date: '2026-01-01',
        });
        expect(added.ok).toBe(true);
      }
    })();
    backend.close();
    const result = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; firstChunk: string }>(
      (resolve) => {
        const child = spawn(process.execPath, [CLI, '--db', db, 'list', '--limit', '800'], { stdio: ['ignore', 'pipe', 'pipe'] });
        let stderr = '';
        let firstChunk = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.stdout.once('data', (chunk: Buffer) => {
          firstChunk = chunk.toString();
          // What `head -1` does: read a little, then close the pipe while the writer still has more.
          child.stdout.destroy();
        });
        child.on('close', (code, signal) => resolve({ code, signal, stderr, firstChunk }));
      },
    );
    expect(result.firstChunk).toMatch(/^2026-01-01 {2}Entry \d+ /);
    expect(result.stderr).toBe('');
    expect(result.signal).toBeNull();
    expect(result.code).toBe(0);
  }, 60_000);
});

describe('review drafts, reflections, goals and follow-ups from the command line', () => {
  async function journalWithAYear() {
    const db = tempDb();
    await ok([
      '--db',
      db,
      'add',
      'Cut CI time for the ranking repo',
      '--date',
      '2019-03-04',
      '--theme',
      'quality',
      '--impact',
      'CI went from 38 minutes to 12, which made the tests 3x faster for everyone.',
    ]);
    await ok([
      '--db',
      db,
      'add',
      'Mentored Sam',
      '--date',
      '2019-05-04',
      '--theme',
      'leadership',
      '--section',
      'collaboration',
      '--impact',
      'Sam ran the next incident alone.',
    ]);
    return db;
  }

  it('saves a summary, bullets and a packet as drafts, printing ids that export takes', async () => {
    const db = await journalWithAYear();
    const summaryId = (await ok(['--db', db, 'summary', '--year', '2019', '--save'])).trim();
    expect(summaryId).toMatch(UUID);
    const blog = await ok(['--db', db, 'export', 'blog', '--draft', summaryId]);
    expect(blog).toContain('Looking back on 2019');
    expect(blog).toContain('cut CI time for the ranking repo'); // issue 12: titles become sentences ("I cut CI time…")

    const bulletsId = (await ok(['--db', db, 'bullets', '--year', '2019', '--format', 'short', '--save'])).trim();
    expect(bulletsId).toMatch(UUID);
    expect(await ok(['--db', db, 'export', 'bullets', '--draft', bulletsId])).toContain('Cut CI time for the ranking repo');

    const packet = JSON.parse(await ok(['--db', db, '--json', 'packet', '--for', 'peer', '--year', '2019', '--save'])) as {
      id: string;
      kind: string;
      reader: string;
    };
    expect(packet).toMatchObject({ kind: 'packet', reader: 'peer' });
    expect(await ok(['--db', db, 'export', 'packet', '--draft', packet.id])).toContain('Mentored Sam');
  });

  it('writes a week’s reflection, refuses to overwrite it silently, appends, and reads a year’s from stdin', async () => {
    const db = tempDb();
    expect(await ok(['--db', db, 'reflect', 'week', 'Proud of the cache.', '--date', '2026-11-25'])).toBe(
      'Saved the reflection for Week of 23 Nov 2026\n',
    );
    const again = await runCli(['--db', db, 'reflect', 'week', 'Something else', '--date', '2026-11-24']);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(
      'chronicle: Week of 23 Nov 2026 already has a reflection; add --append to add to it or --replace to replace it\n',
    );
    expect(await ok(['--db', db, 'reflect', 'week', 'Next: the handbook.', '--date', '2026-11-29', '--append'])).toBe(
      'Added to the reflection for Week of 23 Nov 2026\n',
    );
    expect(await ok(['--db', db, 'week', '--date', '2026-11-25'])).toContain(
      'Reflection\n  Proud of the cache.\n  \n  Next: the handbook.',
    );

    const piped = await runWithStdin(['--db', db, 'reflect', 'year', '--date', '2025-06-01'], '# 2025\n\nThe year I learned to say no.\n');
    expect(piped).toEqual({ stdout: 'Saved the reflection for 2025\n', stderr: '', code: 0 });
    const quarter = await runWithStdin(['--db', db, '--json', 'reflect', 'quarter', '--date', '2025-08-15'], 'Q3 went to the migration.');
    expect(JSON.parse(quarter.stdout)).toMatchObject({ period: 'quarter', start: '2025-07-01', body: 'Q3 went to the migration.' });
    const backend = openBackend({ databasePath: db, externalPollMs: 0 });
    expect(backend.handlers['reflections.get']({ period: 'year', start: '2025-01-01' })?.body).toBe(
      '# 2025\n\nThe year I learned to say no.',
    );
    backend.close();
  });

  it('adds a goal and links an entry to it by the goal’s title', async () => {
    const db = tempDb();
    const added = await ok([
      '--db',
      db,
      'goals',
      'add',
      'Grow into the tech lead role',
      '--year',
      '2026',
      '--description',
      'Run planning for the team',
    ]);
    expect(added).toMatch(/^Added the goal "Grow into the tech lead role" for 2026 \(id [0-9a-f-]{36}\)\n$/);
    const entry = JSON.parse(await ok(['--db', db, '--json', 'add', 'Ran planning', '--date', '2026-11-20'])) as Entry;
    expect(await ok(['--db', db, 'goals', 'link', 'grow into the tech lead role', entry.id])).toBe(
      'Linked "Ran planning" (2026-11-20) to the goal "Grow into the tech lead role"\n',
    );
    expect(await ok(['--db', db, 'goals', '--year', '2026'])).toBe(
      'Goals for 2026\n\n[ ] Grow into the tech lead role  (open)\n    2026-11-20  Ran planning\n',
    );
  });

  it('schedules a follow-up, lists it when due, and records the answer in the entry', async () => {
    const db = tempDb();
    const entry = JSON.parse(
      await ok(['--db', db, '--json', 'add', 'Shipped the cache', '--date', '2026-11-26', '--impact', 'p95 from 420 to 95 ms']),
    ) as Entry;
    const later = dayFromToday(30);
    expect(await ok(['--db', db, 'follow-up', 'schedule', entry.id, '--on', later, '--question', 'Did p95 stay under 100 ms?'])).toBe(
      `Will ask about "Shipped the cache" on ${later}: Did p95 stay under 100 ms?\n`,
    );
    expect(await ok(['--db', db, 'follow-up'])).toBe('No follow-ups are due.\n');

    // A second entry whose follow-up was scheduled in the past and is due now.
    const past = new Date();
    past.setDate(past.getDate() - 10);
    const earlier = openBackend({ databasePath: db, externalPollMs: 0, now: () => past });
    const old = earlier.handlers['entries.create']({
      datePrecision: 'day',
      dateEnd: null,
      title: 'Wrote the on-call handbook',
      date: '2026-01-05',
      section: 'projects',
      kind: 'accomplishment',
      people: [],
      impact: '',
      body: '',
      newThemes: [],
      themeIds: [],
      goalIds: [],
      starred: false,
      links: [],
    });
    earlier.handlers['followUps.set']({ entryId: old.id, due: dayFromToday(-2), question: '' });
    earlier.close();
    expect(await ok(['--db', db, 'follow-up'])).toBe(
      `${dayFromToday(-2)}  Wrote the on-call handbook: what actually happened?\n            entry ${old.id} (answer: chronicle follow-up answer ${old.id} "…")\n`,
    );
    expect(await ok(['--db', db, 'follow-up', 'answer', old.id, 'Two new hires were on call alone within a month'])).toBe(
      'Added the result to "Wrote the on-call handbook"\n',
    );
    expect(await ok(['--db', db, 'follow-up'])).toBe('No follow-ups are due.\n');
    const answered = JSON.parse(await ok(['--db', db, '--json', 'search', 'hires'])) as { hits: { entry: { id: string } }[] };
    expect(answered.hits.map((h) => h.entry.id)).toEqual([old.id]);
  });

  it.each([
    [['reflect', 'month', 'x'], 2, /reflect needs the period first/],
    [['reflect', 'week', 'x', '--append', '--replace'], 2, /--append or --replace, not both/],
    [['reflect', 'week', '   '], 2, /the reflection is empty/],
    [['goals', 'remove', 'x'], 2, /goals takes add or link, not "remove"/],
    [['goals', 'add'], 2, /goals add takes the goal in quotes/],
    [['goals', 'link', 'Nothing like this', '00000000-0000-4000-8000-000000000000'], 1, /No goal is titled "Nothing like this"/],
    [['goals', 'add', 'x', '--year', '12000'], 1, /between 1900 and 9999/],
    [['follow-up', 'schedule', 'some-id'], 2, /needs --on <day>/],
    [['follow-up', 'later'], 2, /follow-up takes schedule or answer/],
    [['follow-up', 'schedule', '00000000-0000-4000-8000-000000000000', '--on', '2020-01-01'], 1, /./],
    [['summary', '--year', '2019', '--save', '--format', 'xyz'], 2, /--format does not apply to "summary"/],
  ])('refuses %j with one clear line and writes nothing', async (args, code, message) => {
    const db = tempDb();
    await ok(['--db', db, 'add', 'Existing entry', '--date', '2026-01-01']);
    await ok(['--db', db, 'reflect', 'week', 'Already here', '--date', '2026-01-01']);
    const before = dump(db);
    const result = await runCli(['--db', db, ...args]);
    expect(result.code).toBe(code);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^chronicle: /);
    expect(result.stderr).toMatch(message);
    expect(dump(db)).toBe(before);
  });
});
