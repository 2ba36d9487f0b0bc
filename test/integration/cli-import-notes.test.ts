import fs from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, runCli } from '../e2e/harness';
import { makeTempDir } from './journal';

/** `chronicle import <folder>` and `chronicle import notes.zip`, the real CLI in a child process on a real journal file. */

const vault = path.join(import.meta.dirname, '../fixtures/imports/obsidian-vault');
const jekyll = path.join(import.meta.dirname, '../fixtures/imports/jekyll-site');

const dirs: string[] = [];
function tempDir(): string {
  const dir = makeTempDir('chronicle-notes-');
  dirs.push(dir);
  return dir;
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

describe('chronicle import, a folder or .zip of notes', () => {
  it('previews and imports an Obsidian vault folder, asking for a day for the undated note', async () => {
    const db = path.join(tempDir(), 'journal.db');
    expect(await ok(['--db', db, 'import', vault, '--dry-run'])).toBe(
      [
        'obsidian-vault: note-folder',
        '4 entries, 0 already in the journal, 1 without a date',
        '  2024-04-02  2024-04-02  [projects]',
        '      ! Daily/2024-04-02.md had no title; its file name was used.',
        '  ????-??-??  Idea: a flaky-test dashboard  [projects]  (no date)',
        '      ! Ideas without a date.md does not say when it was written.',
        '  2024-06-12  Wrote the on-call handbook  [projects #oncall #docs]',
        '  2024-03-05  Rewrote the search indexer  [projects #search #performance]',
        '! Skipped 2 files that are not Markdown: attachments/latency.png, attachments/slides.pdf.',
        '! Skipped 1 empty note: Empty note.md.',
        'Give --default-date <day> to date the 1 undated items.',
        '',
      ].join('\n'),
    );
    const refused = await runCli(['--db', db, 'import', vault]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toBe('chronicle: 1 of the items have no date in the file: choose a day for them.\n');
    expect(await ok(['--db', db, 'import', vault, '--default-date', '2024-12-31'])).toBe('Imported 4 entries\n');
    const listed = JSON.parse(await ok(['--db', db, 'list', '--json'])) as
      { items: { date: string; title: string }[] } | { date: string; title: string }[];
    const items = Array.isArray(listed) ? listed : listed.items;
    expect(items.map((e) => `${e.date} ${e.title}`).sort()).toEqual([
      '2024-03-05 Rewrote the search indexer',
      '2024-04-02 2024-04-02',
      '2024-06-12 Wrote the on-call handbook',
      '2024-12-31 Idea: a flaky-test dashboard',
    ]);
  });

  it('imports a zip of a Jekyll site', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'journal.db');
    const zip = path.join(dir, 'site.zip');
    fs.writeFileSync(
      zip,
      zipSync({
        'site/_posts/2023-11-20-launched-dark-mode.md': fs.readFileSync(path.join(jekyll, '_posts/2023-11-20-launched-dark-mode.md')),
        'site/_posts/2023-12-01-cut-build-times.markdown': fs.readFileSync(path.join(jekyll, '_posts/2023-12-01-cut-build-times.markdown')),
        'site/_config.yml': fs.readFileSync(path.join(jekyll, '_config.yml')),
      }),
    );
    expect(await ok(['--db', db, 'import', zip])).toBe('Imported 2 entries\n');
    expect(await ok(['--db', db, 'import', zip])).toBe(
      'Imported 0 entries; skipped 2 already in the journal (--include-duplicates to add them)\n',
    );
  });

  it('refuses a damaged zip and a folder with no notes in one line, creating no entries', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'journal.db');
    const zip = path.join(dir, 'notes.zip');
    fs.writeFileSync(zip, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 7)]));
    const broken = await runCli(['--db', db, 'import', zip]);
    expect(broken.stderr).toBe('chronicle: notes.zip could not be opened as a zip file: it is damaged or not a zip.\n');
    expect(broken.code).not.toBe(0);
    const pictures = path.join(dir, 'pictures');
    fs.mkdirSync(pictures);
    fs.writeFileSync(path.join(pictures, 'a.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const empty = await runCli(['--db', db, 'import', pictures]);
    expect(empty.stderr).toBe('chronicle: pictures holds no Markdown notes (.md files) to import.\n');
    expect(JSON.stringify(JSON.parse(await ok(['--db', db, 'list', '--json'])))).not.toContain('"title"');
  });
});
