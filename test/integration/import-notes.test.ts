import fs from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFolder } from '../../electron/core/exchange/atomicWrite';
import { MAX_NOTE_FILES } from '../../electron/core/exchange/importers/noteFolder';
import { openTestJournal, type TestJournal } from './journal';

/**
 * A folder or a .zip of Markdown notes (an Obsidian vault, a Jekyll site) through the real
 * backend on a real SQLite file: one entry per note, attachments skipped and named, refusals in
 * one line, and a commit that writes everything or nothing.
 */

const fixtures = path.join(import.meta.dirname, '../fixtures/imports');
const vault = path.join(fixtures, 'obsidian-vault');
const jekyll = path.join(fixtures, 'jekyll-site');

let journal: TestJournal;
beforeEach(() => {
  journal = openTestJournal({ now: () => new Date(2026, 10, 27, 10, 0) });
});
afterEach(() => journal.close());

/** A real zip of a folder on disk, every file in it (hidden ones too), under one top folder. */
function zipFolder(folder: string, top: string): string {
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files[`${top}/${path.relative(folder, full).split(path.sep).join('/')}`] = fs.readFileSync(full);
    }
  };
  walk(folder);
  return Buffer.from(zipSync(files)).toString('base64');
}

const titles = () =>
  journal
    .call('entries.list', {})
    .items.map((e) => [e.date, e.title])
    .sort();

describe('importing a folder of Markdown notes', () => {
  it('previews an Obsidian vault: one entry per note, nested folders, attachments and empty notes named', () => {
    const preview = journal.call('import.preview', { fileName: 'obsidian-vault', folder: readFolder(vault) });
    expect(preview.format).toBe('note-folder');
    expect(preview.entries.map((e) => [e.date, e.title, e.themes])).toEqual([
      ['2024-04-02', '2024-04-02', []],
      [null, 'Idea: a flaky-test dashboard', []],
      ['2024-06-12', 'Wrote the on-call handbook', ['oncall', 'docs']],
      // 23:40 at +01:00 is still the 5th where it was written.
      ['2024-03-05', 'Rewrote the search indexer', ['search', 'performance']],
    ]);
    expect(preview.undated).toBe(1);
    expect(preview.warnings).toEqual([
      'Skipped 2 files that are not Markdown: attachments/latency.png, attachments/slides.pdf.',
      'Skipped 1 empty note: Empty note.md.',
    ]);
    expect(preview.entries[1]?.warnings).toContain('Ideas without a date.md does not say when it was written.');
    expect(preview.entries[0]?.warnings).toContain('Daily/2024-04-02.md had no title; its file name was used.');
    // Nothing is written by a preview.
    expect(journal.call('entries.list', {}).items).toEqual([]);
  });

  it('commits the vault with the default day for the undated note, keeping each note whole', () => {
    const input = { fileName: 'obsidian-vault', folder: readFolder(vault) };
    expect(journal.attempt('import.commit', input)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: '1 of the items have no date in the file: choose a day for them.' },
    });
    expect(journal.call('entries.list', {}).items).toEqual([]);
    const outcome = journal.call('import.commit', { ...input, defaultDate: '2024-12-31' });
    expect(outcome).toMatchObject({ format: 'note-folder', created: 4 });
    expect(titles()).toEqual([
      ['2024-03-05', 'Rewrote the search indexer'],
      ['2024-04-02', '2024-04-02'],
      ['2024-06-12', 'Wrote the on-call handbook'],
      ['2024-12-31', 'Idea: a flaky-test dashboard'],
    ]);
    const daily = journal.call('entries.list', {}).items.find((e) => e.date === '2024-04-02');
    const full = journal.call('entries.get', { id: daily?.id as string });
    expect(full.body).toContain('Paired with the new hire on the billing bug; we found the rounding error together.');
    expect(full.body).toContain('- [x] review the migration plan');
    // The second time, every note is already there.
    expect(journal.call('import.commit', { ...input, defaultDate: '2024-12-31' })).toMatchObject({ created: 0, skippedDuplicates: 4 });
  });

  it('reads a Jekyll _posts folder: title, local day and tags from the front matter, else from the file name', () => {
    const preview = journal.call('import.preview', { fileName: 'jekyll-site', folder: readFolder(jekyll) });
    expect(preview.entries.map((e) => [e.date, e.title, e.themes])).toEqual([
      // 22:30 at -08:00 stays the 20th (in UTC it is already the 21st).
      ['2023-11-20', 'Launched dark mode', ['accessibility', 'design', 'frontend']],
      ['2023-12-01', 'cut build times', ['ci']],
    ]);
    expect(preview.warnings).toEqual(['Skipped 1 file that is not Markdown: _config.yml.']);
  });

  it('imports the same vault from a .zip, its top folder and .obsidian left out', () => {
    const data = zipFolder(vault, 'My Vault');
    const preview = journal.call('import.preview', { fileName: 'vault.zip', data });
    expect(preview.format).toBe('note-folder');
    expect(preview.entries.map((e) => e.title)).toEqual([
      '2024-04-02',
      'Idea: a flaky-test dashboard',
      'Wrote the on-call handbook',
      'Rewrote the search indexer',
    ]);
    expect(preview.warnings[0]).toBe('Skipped 2 files that are not Markdown: attachments/latency.png, attachments/slides.pdf.');
    expect(journal.call('import.commit', { fileName: 'vault.zip', data, defaultDate: '2024-12-31' }).created).toBe(4);
    expect(titles()).toHaveLength(4);
  });

  it('still restores a Chronicle archive exported as a folder', () => {
    journal.call('entries.create', { date: '2025-01-02', title: 'Archived entry' });
    const files = journal.call('export.folder', {}).files;
    const other = openTestJournal();
    try {
      expect(other.call('import.commit', { fileName: 'archive', folder: files })).toMatchObject({ format: 'chronicle-folder', created: 1 });
    } finally {
      other.close();
    }
  });
});

describe('refusals, in one line, writing nothing', () => {
  it('refuses a folder with no notes, a damaged zip, and too many notes', () => {
    const cases: [unknown, RegExp][] = [
      [{ fileName: 'pictures', folder: [{ path: 'a.png', content: '' }] }, /^pictures holds no Markdown notes \(\.md files\) to import\.$/],
      [
        { fileName: 'broken.zip', data: Buffer.from('PK\u0003\u0004 this is not really a zip').toString('base64') },
        /^broken\.zip could not be opened as a zip file: it is damaged or not a zip\.$/,
      ],
      [
        {
          fileName: 'huge-vault',
          folder: Array.from({ length: MAX_NOTE_FILES + 1 }, (_, i) => ({ path: `n${i}.md`, content: 'x' })),
        },
        /^huge-vault holds more than 5,000 notes; Chronicle imports up to 5,000 at a time\.$/,
      ],
    ];
    for (const [input, message] of cases) {
      for (const method of ['import.preview', 'import.commit']) {
        const result = journal.attempt(method, input);
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('invalid_input');
          expect(result.error.message).toMatch(message);
        }
      }
    }
    expect(journal.call('entries.list', {}).items).toEqual([]);
  });

  it('refuses a zip whose notes unpack to more than 50 MB before inflating them', () => {
    // 60 MB of one repeated line compresses to a few kilobytes: the limit is on what it unpacks to.
    const big = zipSync({ 'notes/a.md': strToU8('Shipped it.\n'.repeat(5_500_000)) }, { level: 9 });
    const result = journal.attempt('import.preview', { fileName: 'bomb.zip', data: Buffer.from(big).toString('base64') });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'bomb.zip holds more than 50 MB of notes; Chronicle imports up to 50 MB at a time.' },
    });
  });

  it('writes nothing when the database fails half-way through the commit', () => {
    const themeCount = () => journal.backend.db.prepare('SELECT count(*) AS n FROM themes').get();
    const themesBefore = themeCount();
    journal.backend.db.exec(
      `CREATE TRIGGER refuse_one BEFORE INSERT ON entries WHEN NEW.title = 'Rewrote the search indexer' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`,
    );
    const result = journal.attempt('import.commit', { fileName: 'obsidian-vault', folder: readFolder(vault), defaultDate: '2024-12-31' });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('Nothing was saved') } });
    expect(journal.call('entries.list', {}).items).toEqual([]);
    // The notes before the failing one (and their new themes, like oncall) are rolled back with it.
    expect(themeCount()).toEqual(themesBefore);
    expect(journal.backend.db.prepare(`SELECT count(*) AS n FROM themes WHERE name IN ('search', 'oncall')`).get()).toEqual({ n: 0 });
  });
});
