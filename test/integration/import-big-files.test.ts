import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dayOf, jrnlTitle, writeBigExport } from '../fixtures/bigExports';
import { makeTempDir, openTestJournal, snapshot, type TestJournal } from './journal';

/**
 * Files over 10 MB: jrnl and Day One exports (and Chronicle's JSON archive) are read in a stream
 * from a path, which only the command line may name; everything else keeps the 10 MB limit and
 * says why.
 */

let dir: string;
let jrnlFile: string;
let jrnlCount: number;

beforeAll(() => {
  dir = makeTempDir('chronicle-big-');
  jrnlFile = path.join(dir, 'jrnl-export.json');
  // The size of the export that was refused in the issue: 12.5 MB.
  jrnlCount = writeBigExport(jrnlFile, 'jrnl', 12.5 * 1024 * 1024);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A journal opened as the command line opens it: allowed to read files by path. */
function cliJournal(): TestJournal {
  return openTestJournal({ readLocalFiles: true });
}

function count(journal: TestJournal, table = 'entries'): number {
  return (journal.backend.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** A copy of the big export with its bytes changed by `change`, to break it in one place. */
function brokenCopy(name: string, change: (text: Buffer) => Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, change(fs.readFileSync(jrnlFile)));
  return file;
}

describe('a jrnl export over 10 MB', () => {
  it('imports with every entry, each read as a small export would be, and is searchable', () => {
    expect(fs.statSync(jrnlFile).size).toBeGreaterThan(12.5 * 1024 * 1024);
    const journal = cliJournal();
    try {
      const before = count(journal);
      const outcome = journal.call('import.commit', { fileName: 'jrnl-export.json', path: jrnlFile });
      expect(outcome).toMatchObject({ format: 'jrnl', created: jrnlCount, skippedDuplicates: 0 });
      expect(count(journal) - before).toBe(jrnlCount);

      const db = journal.backend.db;
      const last = jrnlCount - 1;
      const row = db
        .prepare<[string], { title: string; date: string; body: string; impact: string; starred: number }>(
          'SELECT title, date, body, impact, starred FROM entries WHERE title = ?',
        )
        .get(jrnlTitle(last).replace(/\.$/, ''));
      expect(row).toMatchObject({ date: dayOf(last), impact: 'the team ships faster.' });
      expect(row?.body).toContain('🚀');
      // jrnl's @work tag became a theme, on every entry.
      const tagged = db
        .prepare("SELECT count(*) AS n FROM entry_themes et JOIN themes t ON t.seq = et.theme_seq WHERE t.name = 'work'")
        .get() as { n: number };
      expect(tagged.n).toBe(jrnlCount);
      const found = journal.call('entries.search', { query: `"Entry ${last}"` });
      expect(found.hits.map((h) => h.entry.title)).toContain(jrnlTitle(last).replace(/\.$/, ''));
    } finally {
      journal.close();
    }
  }, 180_000);

  it('previews every entry without writing anything', () => {
    const journal = cliJournal();
    try {
      const before = snapshot(journal);
      const preview = journal.call('import.preview', { fileName: 'jrnl-export.json', path: jrnlFile });
      expect(preview.format).toBe('jrnl');
      expect(preview.entries).toHaveLength(jrnlCount);
      expect(preview.entries[0]).toMatchObject({ date: dayOf(0), title: jrnlTitle(0).replace(/\.$/, ''), themes: ['work'] });
      expect(snapshot(journal)).toBe(before);
    } finally {
      journal.close();
    }
  }, 180_000);

  it('cut off near its end is refused in one line, and nothing of it is written', () => {
    const file = brokenCopy('cut.json', (bytes) => bytes.subarray(0, bytes.length - 5000));
    const journal = cliJournal();
    try {
      const before = snapshot(journal);
      const result = journal.attempt('import.commit', { fileName: 'cut.json', path: file });
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'invalid_input',
          message:
            'cut.json is not valid JSON: the file ends in the middle of the data, so it was probably cut off while copying or saving.',
        },
      });
      expect(snapshot(journal)).toBe(before);
    } finally {
      journal.close();
    }
  }, 180_000);

  it('broken in the middle of an entry is refused with the line and column, and nothing of it is written', () => {
    // An entry half way through says "starred": flase.
    const file = brokenCopy('typo.json', (bytes) => {
      const at = bytes.indexOf('"starred": false', bytes.length / 2);
      const copy = Buffer.from(bytes);
      copy.write('"starred": flase', at);
      return copy;
    });
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('flase')) + 1;
    // The column of the "l" in "flase", where the parser gave up.
    const column = (lines[line - 1] ?? '').indexOf('flase') + 2;
    const journal = cliJournal();
    try {
      const before = snapshot(journal);
      const result = journal.attempt('import.commit', { fileName: 'typo.json', path: file });
      expect(result.ok).toBe(false);
      const message = result.ok ? '' : result.error.message;
      expect(message).toBe(`typo.json is not valid JSON: unexpected token 'l' (line ${line}, column ${column}).`);
      expect(message).not.toContain('\n');
      expect(snapshot(journal)).toBe(before);
    } finally {
      journal.close();
    }
  }, 180_000);

  it('with an entry that is not a jrnl entry is refused naming it, and nothing is written', () => {
    const file = brokenCopy('bad-date.json', (bytes) => {
      const at = bytes.indexOf('"date": "');
      const copy = Buffer.from(bytes);
      copy.write('"date": "2019-13-45"', at);
      return copy;
    });
    const journal = cliJournal();
    try {
      const before = snapshot(journal);
      const result = journal.attempt('import.commit', { fileName: 'bad-date.json', path: file });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: 'bad-date.json: entries[0].date: 2019-13-45 is not a day on the calendar.' },
      });
      expect(snapshot(journal)).toBe(before);
    } finally {
      journal.close();
    }
  }, 180_000);
});

describe('a Day One export over 10 MB', () => {
  it('imports with every entry, attachments turned into notes and object-replacement characters dropped', () => {
    const file = path.join(dir, 'Journal.json');
    const written = writeBigExport(file, 'day-one', 10.5 * 1024 * 1024);
    const journal = cliJournal();
    try {
      const before = count(journal);
      const outcome = journal.call('import.commit', { fileName: 'Journal.json', path: file });
      expect(outcome).toMatchObject({ format: 'day-one', created: written });
      expect(count(journal) - before).toBe(written);
      const body = journal.backend.db.prepare('SELECT body FROM entries WHERE title = ?').get(jrnlTitle(5).replace(/\.$/, '')) as {
        body: string;
      };
      expect(body.body).toContain('*(A photo was here in Day One.)*');
      expect(body.body).not.toContain('\uFFFC');
      expect(body.body).not.toContain('\\.');
    } finally {
      journal.close();
    }
  }, 180_000);
});

describe('a Chronicle JSON archive over 10 MB', () => {
  it('is read in a stream and restores the journal it came from', () => {
    const source = openTestJournal({ now: () => new Date(2026, 10, 27, 10, 0) });
    const target = openTestJournal({ now: () => new Date(2026, 10, 27, 10, 0), readLocalFiles: true });
    try {
      // Twelve 1 MB entries make an archive of about 12 MB.
      for (let i = 0; i < 12; i++) {
        source.call('entries.create', {
          date: `2025-0${(i % 9) + 1}-1${i % 10}`,
          title: `Long notes ${i}`,
          body: `${'Profiled the hot path and wrote it down. '.repeat(25_000)}`.slice(0, 1_000_000),
        });
      }
      const archive = source.call('export.file', { kind: 'archive', format: 'json' });
      const file = path.join(dir, archive.fileName);
      fs.writeFileSync(file, archive.content);
      expect(fs.statSync(file).size).toBeGreaterThan(10 * 1024 * 1024);
      const outcome = target.call('import.commit', { fileName: archive.fileName, path: file });
      expect(outcome).toMatchObject({ format: 'chronicle-json', archive: { restored: true } });
      expect(target.call('export.file', { kind: 'archive', format: 'json' }).content).toBe(archive.content);
    } finally {
      source.close();
      target.close();
    }
  }, 180_000);
});

describe('the 10 MB limit where a file is read whole', () => {
  it('refuses a Markdown document over 10 MB saying Markdown is read whole and what to do, writing nothing', () => {
    const file = path.join(dir, 'brag.md');
    fs.writeFileSync(file, '# Brag document\n\n' + '- Shipped the billing migration with Dana\n'.repeat(300_000));
    const journal = cliJournal();
    try {
      const before = snapshot(journal);
      expect(journal.attempt('import.commit', { fileName: 'brag.md', path: file })).toEqual({
        ok: false,
        error: {
          code: 'invalid_input',
          message:
            'brag.md is 12 MB; Markdown documents are read whole, so they are limited to 10 MB: split it into smaller files (one per year, say) and import each. JSON exports (jrnl, Day One) can be up to 256 MB.',
        },
      });
      expect(snapshot(journal)).toBe(before);
    } finally {
      journal.close();
    }
  });

  it('refuses a JSON export over 256 MB before reading it', () => {
    const file = path.join(dir, 'huge.json');
    fs.writeFileSync(file, '{"entries": [');
    fs.truncateSync(file, 300 * 1024 * 1024); // sparse: takes no real disk space
    const journal = cliJournal();
    try {
      expect(journal.attempt('import.commit', { fileName: 'huge.json', path: file })).toMatchObject({
        ok: false,
        error: {
          code: 'invalid_input',
          message:
            'huge.json is 300 MB; Chronicle reads JSON exports and archives up to 256 MB. Export a shorter period (jrnl and Day One can export a range of dates) and import each part.',
        },
      });
    } finally {
      journal.close();
    }
  });

  it('never lets a window or the browser bridge name a file by its path', () => {
    const journal = openTestJournal();
    try {
      const before = snapshot(journal);
      expect(journal.attempt('import.preview', { fileName: 'passwd', path: '/etc/passwd' })).toEqual({
        ok: false,
        error: { code: 'invalid_input', message: 'Only the command line imports a file by its path here: choose the file instead.' },
      });
      expect(snapshot(journal)).toBe(before);
    } finally {
      journal.close();
    }
  });
});
