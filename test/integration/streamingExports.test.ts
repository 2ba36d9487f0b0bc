import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { writeChunksAtomic } from '../../electron/core/exchange/atomicWrite';
import { bragDocument } from '../../electron/core/exchange/exports';
import {
  markdownArchiveChunks,
  parseMarkdownArchive,
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
