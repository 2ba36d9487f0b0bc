import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { readFolder, writeChunksAtomic } from '../../electron/core/exchange/atomicWrite';
import { jsonArchiveChunks, parseJsonArchive, toJsonArchive } from '../../electron/core/exchange/jsonArchive';
import { bragDocument } from '../../electron/core/exchange/exports';
import {
  markdownArchiveChunks,
  markdownFolderFiles,
  parseMarkdownArchive,
  parseMarkdownFolder,
  toMarkdownFolder,
  plainFieldsYaml,
  toMarkdownArchive,
  writeYaml,
} from '../../electron/core/exchange/markdownArchive';
import { parse } from 'yaml';
import { createContext } from '../../electron/core/handlers/context';
import { reviewSources } from '../../electron/core/handlers/review';
import { snapshotRepo } from '../../electron/core/repos/snapshot';
import { ENTRY_KINDS } from '../../shared/domain/model';
import { SECTION_IDS } from '../../shared/domain/sections';
import { openTestJournal, type TestJournal } from './journal';

let journal: TestJournal | undefined;
afterEach(() => {
  journal?.close();
  journal = undefined;
});

const text = fc
  .array(
    fc.constantFrom(
      'Shipped',
      'the',
      'ranking',
      '🚀',
      '<!-- chronicle ',
      '<!-- chronicle-2 x',
      '---',
      '\n',
      '\n\n',
      '  ',
      '# h',
      'Zoë',
      '"q"',
    ),
    { maxLength: 8 },
  )
  .map((w) => w.join(' '));
const entry = fc.record({
  date: fc
    .tuple(fc.integer({ min: 2025, max: 2026 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  title: fc.constantFrom('Shipped it', 'Fixed <!-- chronicle', 'Mentored Sam', 'A “quoted” title'),
  body: text,
  impact: text,
  section: fc.constantFrom(...SECTION_IDS),
  kind: fc.constantFrom(...ENTRY_KINDS),
  starred: fc.boolean(),
  themes: fc.uniqueArray(fc.constantFrom('leadership', 'quality', 'ml'), { maxLength: 2 }),
  people: fc.uniqueArray(fc.constantFrom('Sam', 'Zoë'), { maxLength: 2 }),
  trashed: fc.boolean(),
});

function fill(list: (typeof entry extends fc.Arbitrary<infer T> ? T : never)[]): TestJournal {
  const j = openTestJournal({ now: () => new Date('2026-11-27T10:00:00Z') });
  j.call('goals.create', { year: 2026, title: 'Grow into the lead role' });
  j.call('reflections.save', { period: 'week', start: '2026-03-02', body: 'A good week.\n\n<!-- chronicle body -->' });
  for (const e of list) {
    const created = j.call('entries.create', {
      date: e.date,
      title: e.title,
      body: e.body,
      impact: e.impact,
      section: e.section,
      kind: e.kind,
      starred: e.starred,
      newThemes: e.themes,
      people: e.people,
    });
    if (e.trashed) j.call('entries.delete', { id: created.id });
  }
  return j;
}

describe('exports that write as they read', () => {
  it('write the same brag document as building it from whole entries', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 25 }), (list) => {
        journal = fill(list);
        const sources = reviewSources(createContext({ db: journal.backend.db, databasePath: journal.databasePath }));
        for (const period of [{ kind: 'year', year: 2026 } as const, { kind: 'custom', from: '2000-01-01', to: '2030-12-31' } as const]) {
          const resolved = sources.resolvePeriod(period);
          const data = sources.dataFor(resolved);
          const simple = bragDocument({
            label: resolved.label,
            entries: data.entries,
            goals: data.goals,
            goalsNext: data.goalsNext,
            fileName: 'x.md',
          });
          expect(journal.call('export.file', { kind: 'brag', period }).content).toBe(simple.content);
        }
        journal.close();
        journal = undefined;
      }),
      { numRuns: 15 },
    );
  });

  it('write the same Markdown archive from cursors as from a snapshot, and it reads back', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 25 }), (list) => {
        journal = fill(list);
        const repo = snapshotRepo(journal.backend.db);
        const snapshot = repo.read();
        const streamed = [...markdownArchiveChunks(repo.source(), { exportedAt: 'now' })].join('');
        expect(streamed).toBe(toMarkdownArchive(snapshot, { exportedAt: 'now' }));
        expect(parseMarkdownArchive(streamed)).toEqual(snapshot);
        const file = path.join(journal.dir, 'archive.md');
        writeChunksAtomic(file, markdownArchiveChunks(repo.source(), { exportedAt: 'now' }));
        expect(fs.readFileSync(file, 'utf8')).toBe(streamed);
        journal.close();
        journal = undefined;
      }),
      { numRuns: 15 },
    );
  });
});

describe('exports written by the backend straight to disk (export.save)', () => {
  it('write the same JSON archive from cursors as from a snapshot, and it reads back', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 25 }), (list) => {
        journal = fill(list);
        const repo = snapshotRepo(journal.backend.db);
        const snapshot = repo.read();
        const streamed = [...jsonArchiveChunks(repo.source(), { exportedAt: 'now' })].join('');
        expect(streamed).toBe(toJsonArchive(snapshot, { exportedAt: 'now' }));
        expect(parseJsonArchive(streamed)).toEqual(snapshot);
        journal.close();
        journal = undefined;
      }),
      { numRuns: 15 },
    );
  });

  it('write the JSON archive of an empty journal as JSON.stringify does', () => {
    journal = openTestJournal({ now: () => new Date('2026-11-27T10:00:00Z') });
    const repo = snapshotRepo(journal.backend.db);
    expect([...jsonArchiveChunks(repo.source(), { exportedAt: 'now' })].join('')).toBe(toJsonArchive(repo.read(), { exportedAt: 'now' }));
  });

  it('write the same folder from cursors as from a snapshot, and it reads back', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 25 }), (list) => {
        journal = fill(list);
        const repo = snapshotRepo(journal.backend.db);
        const snapshot = repo.read();
        const streamed = [...markdownFolderFiles(repo.source(), { exportedAt: 'now' })];
        // The stream ends with the manifest (it lists every file); the array form starts with it.
        expect([streamed.at(-1), ...streamed.slice(0, -1)]).toEqual(toMarkdownFolder(snapshot, { exportedAt: 'now' }));
        expect(parseMarkdownFolder(streamed)).toEqual(snapshot);
        journal.close();
        journal = undefined;
      }),
      { numRuns: 15 },
    );
  });

  it('write byte for byte what export.file returns, say how big it is, and put a file given a folder inside it', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 20 }), (list) => {
        journal = fill(list);
        const j = journal;
        const requests = [
          { kind: 'archive', format: 'markdown' },
          { kind: 'archive', format: 'json' },
          { kind: 'brag', period: { kind: 'custom', from: '2000-01-01', to: '2030-12-31' } },
          { kind: 'search', query: 'ranking' },
        ] as const;
        requests.forEach((request, i) => {
          const to = path.join(j.dir, `export-${i}.out`);
          const saved = j.call('export.save', { export: request, to });
          const written = fs.readFileSync(to);
          expect(written.toString('utf8')).toBe(j.call('export.file', request).content);
          expect(saved).toEqual({ path: to, fileName: `export-${i}.out`, bytes: written.length, files: 1 });
        });
        const folder = path.join(j.dir, `into-${list.length}`);
        fs.mkdirSync(folder);
        const saved = j.call('export.save', { export: { kind: 'archive', format: 'json' }, to: folder });
        expect(path.dirname(saved.path)).toBe(folder);
        expect(saved.fileName).toMatch(/^chronicle-archive-\d{4}-\d{2}-\d{2}\.json$/);
        expect(parseJsonArchive(fs.readFileSync(saved.path, 'utf8'))).toEqual(snapshotRepo(j.backend.db).read());
        j.close();
        journal = undefined;
      }),
      { numRuns: 8 },
    );
  });

  it('write the archive folder, every file of it, and it imports back exactly', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 20 }), (list) => {
        journal = fill(list);
        const j = journal;
        const folder = path.join(j.dir, `folder-${list.length}-${Math.random().toString(36).slice(2)}`);
        const saved = j.call('export.save', { export: { kind: 'folder' }, to: folder });
        const files = readFolder(folder);
        const expected = j.call('export.folder', {}).files;
        expect(files.map((f) => f.path).sort()).toEqual(expected.map((f) => f.path).sort());
        expect(saved).toMatchObject({ path: folder, files: expected.length });
        expect(saved.bytes).toBe(files.reduce((sum, f) => sum + Buffer.byteLength(f.content), 0));
        expect(parseMarkdownFolder(files)).toEqual(snapshotRepo(j.backend.db).read());
        j.close();
        journal = undefined;
      }),
      { numRuns: 8 },
    );
  });

  it('says so in one line when the folder cannot be written, and changes nothing', () => {
    journal = fill([]);
    const blocker = path.join(journal.dir, 'blocker');
    fs.writeFileSync(blocker, 'a file where a folder should be');
    const to = path.join(blocker, 'archive');
    const result = journal.backend.dispatch('export.save', { export: { kind: 'folder' }, to });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: `Chronicle could not write ${to}: part of the path is a file, not a folder.` },
    });
    expect(fs.readFileSync(blocker, 'utf8')).toBe('a file where a folder should be');
  });

  it('refuses a path that is not a full path, and writes nothing', () => {
    journal = openTestJournal({ now: () => new Date('2026-11-27T10:00:00Z') });
    const result = journal.backend.dispatch('export.save', { export: { kind: 'folder' }, to: 'relative/folder' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: 'Where to write the export must be a full path' } });
    expect(fs.existsSync(path.resolve('relative'))).toBe(false);
  });
});

describe('archive fields written without the YAML library', () => {
  it('are byte for byte what the library writes, whenever the fast path takes them', () => {
    const piece = fc.constantFrom(
      'Shipped',
      'it',
      'the',
      'CI',
      '3x',
      'a',
      '-',
      '--',
      '.',
      ',',
      ':',
      '#',
      "'",
      '"',
      '(',
      ')',
      '/',
      '+',
      ' ',
      'true',
      'null',
      'No',
      '1e5',
      '0x1F',
      '007',
      '2025-03-14',
      '2025-03-14T09:30:00.000Z',
      'é',
      '🚀',
      '\t',
      '\n',
      '[',
      '{',
      '&',
      '*',
      '!',
      '%',
      '@',
      '`',
      '?',
      '|',
      '>',
    );
    const scalar = fc.oneof(
      fc.array(piece, { maxLength: 6 }).map((p) => p.join('')),
      fc.uuid(),
      fc.boolean(),
      fc.constant(null),
    );
    const fields = fc.dictionary(
      fc.constantFrom('id', 'date', 'title', 'section', 'themeIds', 'deletedAt', 'starred'),
      fc.oneof(scalar, fc.array(scalar, { maxLength: 3 })),
    );
    let fast = 0;
    fc.assert(
      fc.property(fields, (value) => {
        const direct = plainFieldsYaml(value);
        if (direct === undefined) return;
        fast++;
        expect(direct).toBe(writeYaml(value));
        expect(parse(direct, { version: '1.2', schema: 'core' })).toEqual(value);
      }),
      { numRuns: 10000 },
    );
    // The fast path is taken often enough for this to prove something.
    expect(fast).toBeGreaterThan(1000);
  });
});
