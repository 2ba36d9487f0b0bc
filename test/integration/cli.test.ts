import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../electron/core/backend';
import type { Entry, EntryListItem, SearchResult } from '../../shared/domain/model';
import { requireBuild, runCli } from '../e2e/harness';
import { makeTempDir } from './journal';

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

function dump(db: string): string {
  if (!fs.existsSync(db)) return 'no file';
  const backend = openBackend({ databasePath: db, externalPollMs: 0 });
  const rows = ['entries', 'themes', 'entry_themes'].map((t) => backend.db.prepare(`SELECT * FROM ${t}`).all());
  backend.close();
  return JSON.stringify(rows);
}

describe('the chronicle command line', () => {
  it('adds an entry with a theme, section, impact and star, and lists it', async () => {
    const db = tempDb();
    const out = await ok([
      '--db',
      db,
      'add',
      'Led the CI migration',
      '--date',
      '2026-03-04',
      '--theme',
      'leadership',
      '--theme',
      'CI speed',
      '--section',
      'Design & documentation',
      '--impact',
      'Builds 3x faster',
      '--star',
    ]);
    expect(out).toBe('Added "Led the CI migration" on 2026-03-04 (Design & documentation)  #leadership #CI speed\n');
    const listed = await ok(['--db', db, 'list']);
    expect(listed).toBe('2026-03-04  ★ Led the CI migration  #leadership #CI speed\n');
    const json = JSON.parse(await ok(['--db', db, 'list', '--json'])) as EntryListItem[];
    expect(json).toHaveLength(1);
    expect(json[0]).toMatchObject({ title: 'Led the CI migration', section: 'design', starred: true, impactExcerpt: 'Builds 3x faster' });
  });

  it('reads natural dates relative to today', async () => {
    const db = tempDb();
    const added = JSON.parse(await ok(['--db', db, '--json', 'add', 'Friday thing', '--date', 'last friday'])) as Entry;
    const date = new Date(`${added.date}T12:00:00`);
    expect(date.getDay()).toBe(5);
    const daysAgo = (Date.now() - date.getTime()) / 86_400_000;
    expect(daysAgo).toBeGreaterThan(0);
    expect(daysAgo).toBeLessThan(15);
    const today = JSON.parse(await ok(['--db', db, '--json', 'add', 'Today thing'])) as Entry;
    const now = new Date();
    expect(today.date).toBe(
      `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`,
    );
  });

  it('filters the list by range and theme', async () => {
    const db = tempDb();
    await ok(['--db', db, 'add', 'January', '--date', '2026-01-15', '--theme', 'growth']);
    await ok(['--db', db, 'add', 'February', '--date', '2026-02-15']);
    await ok(['--db', db, 'add', 'March', '--date', '2026-03-15', '--theme', 'Growth']);
    expect(await ok(['--db', db, 'list', '--from', '2026-02-01', '--to', '2026-02-28'])).toBe('2026-02-15  February\n');
    expect(await ok(['--db', db, 'list', '--theme', 'GROWTH'])).toBe('2026-03-15  March  #growth\n2026-01-15  January  #growth\n');
    expect(await ok(['--db', db, 'list', '--limit', '1'])).toBe(
      '2026-03-15  March  #growth\n… more entries; raise --limit or narrow with --from/--to\n',
    );
  });

  it('searches with snippets, as text and as JSON', async () => {
    const db = tempDb();
    await ok(['--db', db, 'add', 'Mentored two new hires', '--date', '2026-01-15', '--impact', 'Both shipped in their first month']);
    const text = await ok(['--db', db, 'search', 'first month']);
    expect(text).toBe('2026-01-15  Mentored two new hires\n            Both shipped in their first month\n');
    const json = JSON.parse(await ok(['--db', db, 'search', 'mentor*', '--json'])) as SearchResult;
    expect(json.hits[0]?.title).toEqual([
      { text: 'Mentored', hit: true },
      { text: ' two new hires', hit: false },
    ]);
    expect(await ok(['--db', db, 'search', 'nothing-like-this'])).toBe('No matches.\n');
  });

  it.each([
    [['add', 'Bad day', '--date', '2026-02-30'], 2, /--date: 2026-02-30 is not a day on the calendar/],
    [['add', 'Bad words', '--date', 'the day after never'], 2, /is not a date I can read/],
    [['add', '   '], 1, /title cannot be empty/],
    [['add'], 2, /add takes one title/],
    [['add', 'x', '--section', 'gossip'], 2, /"gossip" is not a section/],
    [['add', 'x', '--theme', 'a,b'], 1, /cannot contain a comma/],
    [['add', 'x', '--from', '2026-01-01'], 2, /--from does not apply to "add"/],
    [['list', '--from', '2026-03-01', '--to', '2026-01-01'], 1, /start of the range is after its end/],
    [['list', '--theme', 'nonexistent'], 1, /No theme is named "nonexistent"/],
    [['list', '--limit', 'lots'], 2, /--limit must be a whole number/],
    [['search', '"unclosed'], 1, /quote is not closed/],
    [['search', 'NEAR('], 1, /parenthesis is not closed/],
    [['search', '-'], 1, /must be followed by the word/],
    [['frobnicate'], 2, /unknown command "frobnicate"/],
    [['list', '--bogus'], 2, /Unknown option '--bogus'/],
  ])('refuses %j with one clear line, a non-zero exit, and nothing written', async (args, code, message) => {
    const db = tempDb();
    await ok(['--db', db, 'add', 'Existing entry', '--date', '2026-01-01']);
    const before = dump(db);
    const result = await runCli(['--db', db, ...args]);
    expect(result.code).toBe(code);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^chronicle: /);
    expect(result.stderr).toMatch(message);
    expect(dump(db)).toBe(before);
  });

  it('uses the desktop app’s journal when --db is not given (CHRONICLE_DB or the user data folder)', async () => {
    const db = tempDb();
    const viaEnv = await runCli(['add', 'From env', '--date', '2026-01-01'], { CHRONICLE_DB: db });
    expect(viaEnv.code).toBe(0);
    const home = makeTempDir('chronicle-home-');
    dirs.push(home);
    const viaHome = await runCli(['add', 'From home', '--date', '2026-01-01'], { CHRONICLE_DB: '', HOME: home, XDG_CONFIG_HOME: '' });
    expect(viaHome.stderr).toBe('');
    if (process.platform === 'linux') expect(fs.existsSync(path.join(home, '.config', 'Chronicle', 'chronicle.db'))).toBe(true);
    expect(dump(db)).toContain('From env');
  });

  it('shows a change it makes to a journal that is open elsewhere', async () => {
    const db = tempDb();
    const backend = openBackend({ databasePath: db, externalPollMs: 50 });
    const seen = new Promise((resolve) =>
      backend.subscribe((event) => event.type === 'changed' && event.source === 'external' && resolve(event)),
    );
    await ok(['--db', db, 'add', 'From another process', '--date', '2026-01-01']);
    await expect(seen).resolves.toEqual({ type: 'changed', source: 'external' });
    expect(backend.handlers['entries.list']({ trashed: false, limit: 10 }).items.map((e) => e.title)).toEqual(['From another process']);
    backend.close();
  });
});

describe('the weekly habit on the command line', () => {
  it('adds kudos with the person who gave them, and prints the week with its reflection', async () => {
    const db = tempDb();
    const added = await ok([
      '--db',
      db,
      'add',
      'Ana praised the rollout plan',
      '--kind',
      'kudos',
      '--person',
      'Ana Ruiz',
      '--date',
      '2026-11-24',
    ]);
    expect(added).toBe('Added "Ana praised the rollout plan" on 2026-11-24 (Projects, kudos received) with Ana Ruiz\n');
    await ok(['--db', db, 'add', 'Shipped the cache', '--date', '2026-11-26', '--impact', 'p95 from 420 to 95 ms']);
    const backend = openBackend({ databasePath: db, externalPollMs: 0 });
    backend.handlers['reflections.save']({ period: 'week', start: '2026-11-23', body: 'Proud of the cache.' });
    backend.close();
    const week = await ok(['--db', db, 'week', '--date', '2026-11-25']);
    expect(week).toContain('Week of 23 Nov 2026 (2026-11-23 to 2026-11-29)');
    expect(week).toContain('2026-11-24  Ana praised the rollout plan\n2026-11-26  Shipped the cache\n            → p95 from 420 to 95 ms');
    expect(week).toContain('Reflection\n  Proud of the cache.');
  });

  it('lists a year’s goals with their evidence', async () => {
    const db = tempDb();
    const backend = openBackend({ databasePath: db, externalPollMs: 0 });
    const goal = backend.handlers['goals.create']({ year: 2026, title: 'Grow into the tech lead role', description: '', status: 'open' });
    backend.handlers['goals.create']({ year: 2026, title: 'Speak at a conference', description: '', status: 'dropped' });
    backend.close();
    await ok(['--db', db, 'add', 'Ran planning', '--date', '2026-11-20']);
    const [entry] = JSON.parse(await ok(['--db', db, 'list', '--json'])) as EntryListItem[];
    const again = openBackend({ databasePath: db, externalPollMs: 0 });
    again.handlers['goals.link']({ goalId: goal.id, entryId: entry?.id as string });
    again.close();
    expect(await ok(['--db', db, 'goals', '--year', '2026'])).toBe(
      'Goals for 2026\n\n[ ] Grow into the tech lead role  (open)\n    2026-11-20  Ran planning\n\n[-] Speak at a conference  (dropped)\n    no evidence yet\n',
    );
    expect(await ok(['--db', db, 'goals', '--year', '2031'])).toBe('No goals for 2031.\n');
    const bad = await runCli(['--db', db, 'goals', '--year', '10000']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('chronicle: The year must be between 1900 and 9999\n');
    const badKind = await runCli(['--db', db, 'add', 'x', '--kind', 'brag']);
    expect(badKind.stderr).toMatch(/"brag" is not a kind/);
  });
});

describe('review season on the command line', () => {
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
    await ok(['--db', db, 'add', 'Helped with the on-call handbook', '--date', '2019-04-04', '--theme', 'quality']);
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

  it('prints a thematic summary as Markdown', async () => {
    const db = await journalWithAYear();
    const markdown = await ok(['--db', db, 'summary', '--year', '2019']);
    expect(markdown.startsWith('# Looking back on 2019\n')).toBe(true);
    // Issue 12: the opening names the major theme in the author's voice, with no counts.
    expect(markdown).toContain('The major theme of my 2019 was *quality*, from March to April.');
    expect(markdown).toContain('## quality');
    expect(markdown).toMatch(/\[\^1\]: 4 Mar 2019, Cut CI time for the ranking repo \(entry: [0-9a-f-]{36}\)/);
  });

  it('prints résumé bullets that never claim more than the entry says', async () => {
    const db = await journalWithAYear();
    const result = await runCli(['--db', db, 'bullets', '--year', '2019']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        // Issue 12: ranked (the measured result first), no placeholders, a weak verb stays weak.
        '- Cut CI time for the ranking repo from 38 minutes to 12 (3x faster tests for everyone).',
        '- Mentored Sam, so Sam ran the next incident alone.',
        '- Supported the on-call handbook.',
        '',
      ].join('\n'),
    );
    expect(result.stderr).toBe('2 of 3 bullets have notes (weak openers, missing numbers…): see --json\n');
    const json = JSON.parse(
      await ok(['--db', db, 'bullets', '--from', '2019-03-01', '--to', '2019-03-31', '--format', 'short', '--json']),
    ) as { text: string; sourceIds: string[] }[];
    expect(json).toHaveLength(1);
    expect(json[0]?.sourceIds).toHaveLength(1);
  });

  it('prints the readiness check and a packet for a manager', async () => {
    const db = await journalWithAYear();
    const check = await ok(['--db', db, 'check', '--year', '2019']);
    expect(check.split('\n')[0]).toMatch(/^Review readiness for 2019: \d+\/100 \(\d+ of \d+ checks pass\)$/);
    // Issue 12: a weak verb with no outcome is flagged as vague, with what to add.
    expect(check).toContain(
      '- "Helped with the on-call handbook" (4 Apr 2019) says you took part ("helped with") but not what you did or what changed',
    );
    const packet = await ok(['--db', db, 'packet', '--for', 'manager', '--year', '2019']);
    expect(packet).toContain('Cut CI time for the ranking repo');
  });

  it.each([
    [['summary'], /needs one period/],
    [['summary', '--year', '2019', '--from', '2019-01-01'], /needs one period/],
    [['summary', '--from', '2019-01-01'], /needs both --from and --to/],
    [['bullets', '--year', '2019', '--format', 'long'], /"long" is not xyz or short/],
    [['packet', '--year', '2019', '--for', 'ceo'], /--for manager or --for peer/],
    [['check', '--since-last-review'], /no past review on record/],
    [['summary', '--year', '10000'], /between 1900 and 9999/],
  ])('refuses %j with one clear line', async (args, message) => {
    const db = await journalWithAYear();
    const result = await runCli(['--db', db, ...args]);
    expect(result.code).not.toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });
});

describe('export, import, backup and restore on the command line', () => {
  it('exports an archive, imports it into a new journal and gets the same journal back', async () => {
    const db = tempDb();
    await ok(['--db', db, 'add', 'Cut CI time', '--date', '2026-03-04', '--theme', 'quality', '--impact', 'From 38 to 12 minutes']);
    const dir = path.dirname(db);
    expect(await ok(['--db', db, 'export', 'archive', '--out', path.join(dir, 'archive.md')])).toBe(
      `Wrote ${path.join(dir, 'archive.md')}\n`,
    );
    expect(await ok(['--db', db, 'export', 'archive', '--folder', '--out', path.join(dir, 'folder')])).toMatch(/^Wrote \d+ files to /);
    const fresh = path.join(dir, 'fresh.db');
    const dry = await ok(['--db', fresh, 'import', path.join(dir, 'archive.md'), '--dry-run']);
    expect(dry).toContain('Into an empty journal: everything is restored as it was.');
    expect(dump(fresh)).not.toContain('Cut CI time');
    expect(await ok(['--db', fresh, 'import', path.join(dir, 'archive.md')])).toBe(
      'Restored the archive: entries 1 added, 0 updated, 0 unchanged\n',
    );
    expect(await ok(['--db', fresh, 'import', path.join(dir, 'folder')])).toBe(
      'Merged the archive: entries 0 added, 0 updated, 1 unchanged\n',
    );
    expect(await ok(['--db', fresh, 'list'])).toBe('2026-03-04  Cut CI time  #quality\n');
  });

  it('imports a hand-written brag document with a default day, and skips duplicates the second time', async () => {
    const db = tempDb();
    const file = path.join(import.meta.dirname, '../fixtures/imports/flat-list.md');
    const preview = await ok(['--db', db, 'import', file, '--dry-run', '--default-date', '2019-12-31']);
    expect(preview.split('\n')[0]).toBe('flat-list.md: brag-markdown');
    const first = await ok(['--db', db, 'import', file, '--default-date', '2019-12-31']);
    const created = Number(/^Imported (\d+) entr/.exec(first)?.[1]);
    expect(created).toBeGreaterThan(3);
    expect(await ok(['--db', db, 'import', file, '--default-date', '2019-12-31'])).toMatch(
      new RegExp(`^Imported 0 entries.*skipped ${created} already in the journal`),
    );
  });

  it('writes a brag document to a file atomically', async () => {
    const db = tempDb();
    await ok(['--db', db, 'add', 'Mentored Sam', '--date', '2026-05-04', '--section', 'collaboration']);
    const out = path.join(path.dirname(db), 'brag.md');
    await ok(['--db', db, 'export', 'brag', '--year', '2026', '--out', out]);
    const content = fs.readFileSync(out, 'utf8');
    expect(content.startsWith('# Brag document: 2026\n')).toBe(true);
    // Issue 11/15: dates are written as the author dated them, with the year.
    expect(content).toContain('## Collaboration & mentorship\n\n- **4 May 2026**: Mentored Sam');
    expect(fs.readdirSync(path.dirname(db)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('backs up and restores, keeping the journal as it was', async () => {
    const db = tempDb();
    await ok(['--db', db, 'add', 'Before the backup', '--date', '2026-01-01']);
    const backupFile = path.join(path.dirname(db), 'backup.db');
    await ok(['--db', db, 'backup', backupFile]);
    await ok(['--db', db, 'add', 'After the backup', '--date', '2026-01-02']);
    const restored = await ok(['--db', db, 'restore', backupFile]);
    expect(restored).toMatch(/^Restored .* from .*backup\.db; the journal as it was is kept at .*before-restore-.*\.bak\n$/);
    expect(await ok(['--db', db, 'list'])).toBe('2026-01-01  Before the backup\n');
    const keptPath = /kept at (.*)\n$/.exec(restored)?.[1] as string;
    expect(await ok(['--db', keptPath, 'list'])).toContain('After the backup');
  });

  it.each([
    [['import', 'missing-file.md'], /does not exist/],
    [['export'], /export needs what to export/],
    [['export', 'blog'], /needs --draft/],
    [['export', 'archive', '--format', 'xml'], /"xml" is not markdown or json/],
    [['restore', 'package.json'], /not a Chronicle journal/],
  ])('refuses %j with one clear line', async (args, message) => {
    const db = tempDb();
    await ok(['--db', db, 'add', 'Existing', '--date', '2026-01-01']);
    const before = dump(db);
    const result = await runCli(['--db', db, ...args]);
    expect(result.code).not.toBe(0);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(dump(db)).toBe(before);
  });

  it('refuses a 200 MB file before reading it', async () => {
    const db = tempDb();
    const big = path.join(path.dirname(db), 'huge.md');
    const handle = fs.openSync(big, 'w');
    fs.ftruncateSync(handle, 200 * 1024 * 1024); // sparse: takes no real disk space
    fs.closeSync(handle);
    const result = await runCli(['--db', db, 'import', big]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'chronicle: huge.md is 200 MB; Markdown documents are read whole, so they are limited to 10 MB: split it into smaller files (one per year, say) and import each. JSON exports (jrnl, Day One) can be up to 256 MB.\n',
    );
  });

  it('imports a jrnl export over 10 MB, which the journal reads in a stream', async () => {
    const db = tempDb();
    const file = path.join(path.dirname(db), 'jrnl.json');
    // Most of the 11 MB is jrnl's tag counts, so the test stays quick.
    const tags = Object.fromEntries(Array.from({ length: 450_000 }, (_, i) => [`@tag${i}`, i]));
    const entries = [1, 2, 3].map((n) => ({
      title: `Shipped part ${n}.`,
      body: '',
      date: `2019-03-0${n}`,
      time: '09:00',
      tags: [],
      starred: false,
    }));
    fs.writeFileSync(file, JSON.stringify({ tags, entries }, null, 2));
    expect(fs.statSync(file).size).toBeGreaterThan(10 * 1024 * 1024);
    const result = await runCli(['--db', db, 'import', file]);
    expect(result).toMatchObject({ code: 0, stdout: 'Imported 3 entries\n' });
    expect(await ok(['--db', db, 'search', 'Shipped'])).toContain('Shipped part 3');
  });
});
