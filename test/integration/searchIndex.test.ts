import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackendEvent } from '../../shared/api/contract';
import { writeEntries, type BulkEntry } from '../../electron/core/exchange/bulkWrite';
import { nextThemeColor } from '../../shared/domain/themeColors';
import { createContext } from '../../electron/core/handlers/context';
import { openTestJournal, type TestJournal } from './journal';

const journals: TestJournal[] = [];
function open(): TestJournal {
  const journal = openTestJournal({ now: () => new Date('2026-11-27T10:00:00Z') });
  journals.push(journal);
  return journal;
}
afterEach(() => {
  while (journals.length) journals.pop()?.close();
});

/** What the search index holds, and what the one definition of indexed text says it should. */
function indexed(journal: TestJournal) {
  return journal.backend.db.prepare('SELECT rowid AS seq, title, body, impact, themes, people FROM entries_fts ORDER BY rowid').all();
}
function expected(journal: TestJournal) {
  return journal.backend.db.prepare('SELECT seq, title, body, impact, themes, people FROM entry_search_text ORDER BY seq').all();
}
function searchable(journal: TestJournal): number {
  return (journal.backend.db.prepare('SELECT count(*) AS n FROM entries_fts').get() as { n: number }).n;
}

const word = fc.constantFrom('ranking', 'latency', 'Zoë', 'café', 'onboarding', '🚀', 'kubernetes', 'design', 'doc');
const text = fc.array(word, { maxLength: 6 }).map((w) => w.join(' '));
const names = (pool: string[]) => fc.uniqueArray(fc.constantFrom(...pool), { maxLength: 3 });
const entry = fc.record({
  title: text.map((t) => `Did ${t}`.trim()),
  body: text,
  impact: text,
  themes: names(['leadership', 'Leadership', 'ml-engineering', 'quality', 'transition']),
  people: names(['Sam', 'Zoë O’Neil', 'Priya']),
  day: fc.integer({ min: 1, max: 28 }),
});
type Generated = typeof entry extends fc.Arbitrary<infer T> ? T : never;

const asBulk = (e: Generated): BulkEntry => ({
  date: `2026-03-${String(e.day).padStart(2, '0')}`,
  title: e.title,
  body: e.body,
  impact: e.impact,
  section: 'projects',
  kind: 'accomplishment',
  starred: false,
  links: [],
  themes: e.themes,
  people: e.people,
});

function createInput(e: Generated) {
  const { date, title, body, impact, section, kind, starred } = asBulk(e);
  return { date, title, body, impact, section, kind, starred, newThemes: e.themes, people: e.people };
}

describe('the search index', () => {
  it('holds exactly the indexed text of every live entry after any mix of writes', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { minLength: 1, maxLength: 8 }),
        fc.array(fc.tuple(fc.constantFrom('update', 'delete', 'restore', 'rename', 'retheme'), fc.nat(), text), { maxLength: 8 }),
        (created, edits) => {
          const journal = open();
          const ids = created.map((e) => journal.call('entries.create', createInput(e)).id);
          for (const [kind, n, words] of edits) {
            const id = ids[n % ids.length] as string;
            const current = journal.call('entries.get', { id });
            if (kind === 'update' && !current.deletedAt) journal.call('entries.update', { id, body: words, people: words ? ['Sam'] : [] });
            if (kind === 'delete' && !current.deletedAt) journal.call('entries.delete', { id });
            if (kind === 'restore' && current.deletedAt) journal.call('entries.restore', { id });
            if (kind === 'retheme' && !current.deletedAt) journal.call('entries.update', { id, themeIds: [], newThemes: ['quality'] });
            if (kind === 'rename') {
              const theme = journal.call('themes.list', {})[0];
              if (theme) journal.call('themes.update', { id: theme.id, name: `${theme.name.slice(0, 20)}x` });
            }
          }
          expect(indexed(journal)).toEqual(expected(journal));
          journal.close();
          journals.pop();
        },
      ),
      { numRuns: 15 },
    );
  });

  it('is the same after a bulk write as after creating the entries one by one', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 12 }), (list) => {
        const one = open();
        const bulk = open();
        for (const e of list) one.call('entries.create', createInput(e));
        let n = 0;
        writeEntries(bulk.backend.db, list.map(asBulk), {
          now: '2026-11-27T10:00:00.000Z',
          newId: () => `bulk-${n++}`,
          colorFor: nextThemeColor,
        });
        const strip = (rows: unknown[]) => rows.map((r) => ({ ...(r as Record<string, unknown>), seq: undefined }));
        expect(strip(indexed(bulk))).toEqual(strip(indexed(one)));
        expect(indexed(bulk)).toEqual(expected(bulk));
        const themes = (j: TestJournal) => j.call('themes.list', {}).map((t) => [t.name, t.entryCount, t.color]);
        expect(themes(bulk)).toEqual(themes(one));
        const people = (j: TestJournal) => j.call('people.list', {}).map((p) => [p.name, p.entryCount]);
        expect(people(bulk)).toEqual(people(one));
        for (const j of [one, bulk]) j.close();
        journals.length = 0;
      }),
      { numRuns: 15 },
    );
  });

  it('leaves nothing half-indexed when a bulk write fails', () => {
    const journal = open();
    const before = indexed(journal);
    const good = asBulk({ title: 'Did ranking', body: '', impact: '', themes: ['quality'], people: [], day: 3 });
    expect(() =>
      writeEntries(journal.backend.db, [good, { ...good, date: 'not a day' }], {
        now: '2026-11-27T10:00:00.000Z',
        newId: () => crypto.randomUUID(),
        colorFor: nextThemeColor,
      }),
    ).toThrow();
    expect(indexed(journal)).toEqual(before);
    expect(journal.backend.db.prepare('SELECT count(*) AS n FROM fts_batch').get()).toEqual({ n: 0 });
    // The triggers index ordinary writes again at once.
    const created = journal.call('entries.create', { date: '2026-03-04', title: 'Fixed the flaky tests' });
    expect(journal.call('entries.search', { query: 'flaky' }).hits.map((h) => h.entry.id)).toEqual([created.id]);
  });

  it('finds entries by emoji, alone or inside a joined sequence', () => {
    const journal = open();
    const rocket = journal.call('entries.create', { date: '2026-03-04', title: 'Launch day 🚀', body: 'Paired with 👩‍💻 on the release ❤️' });
    journal.call('entries.create', { date: '2026-03-05', title: 'A quiet week', body: 'Reviews.' });
    const found = (query: string) => journal.call('entries.search', { query }).hits.map((h) => h.entry.id);
    expect(found('🚀')).toEqual([rocket.id]);
    expect(found('👩‍💻')).toEqual([rocket.id]);
    expect(found('❤️')).toEqual([rocket.id]);
    expect(found('launch 🚀')).toEqual([rocket.id]);
    expect(journal.call('entries.search', { query: '🚀', asYouType: true }).hits.map((h) => h.entry.id)).toEqual([rocket.id]);
  });
});

describe('importing many entries', () => {
  it('makes every entry searchable on return and reports progress', () => {
    const journal = open();
    const events: BackendEvent[] = [];
    journal.backend.subscribe((e) => events.push(e));
    const before = searchable(journal);
    const jrnl = {
      tags: {},
      entries: Array.from({ length: 2500 }, (_, i) => ({
        title: `Entry ${i} about item${i} @work`,
        body: `Worked on the thing numbered ${i}.`,
        date: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
        time: '09:00',
        tags: ['@work'],
        starred: false,
      })),
    };
    const outcome = journal.call('import.commit', { fileName: 'journal.json', data: Buffer.from(JSON.stringify(jrnl)).toString('base64') });
    expect(outcome.created).toBe(2500);
    expect(searchable(journal)).toBe(before + 2500);
    expect(indexed(journal)).toEqual(expected(journal));
    expect(journal.call('entries.search', { query: 'item1234' }).hits.map((h) => h.entry.title)).toEqual([
      // jrnl's closing @tag is a theme, not part of the title.
      'Entry 1234 about item1234',
    ]);
    const progress = events.filter((e) => e.type === 'progress');
    expect(progress.filter((e) => e.phase === 'writing').map((e) => e.done)).toEqual([1000, 2000, 2500]);
    expect(progress.at(-1)).toMatchObject({ phase: 'indexing', total: 2500 });
    expect(journal.call('themes.list', {}).find((t) => t.name === 'work')?.entryCount).toBe(2500);
  });
});

describe('the bulk index build', () => {
  it('answers every search exactly as an index built row by row with the default buffer, and leaves the setting as it was', () => {
    const journal = open();
    const db = journal.backend.db;
    const words = ['ranking', 'latency', 'café', 'onboarding', 'kubernetes', 'design', 'doc', 'review', 'release', 'rollout'];
    // Enough entries to take the big-buffer path (searchIndex.ts), with words spread unevenly.
    const list: BulkEntry[] = Array.from({ length: 1500 }, (_, i) => ({
      date: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      title: `Entry ${i} ${words[i % words.length] ?? ''}`,
      body: Array.from({ length: 1 + (i % 7) }, (_, k) => words[(i * 7 + k * 3) % words.length]).join(' '),
      impact: i % 3 === 0 ? `Cut ${words[(i + 1) % words.length] ?? ''} by ${i % 50}%` : '',
      section: 'projects',
      kind: 'accomplishment',
      starred: false,
      links: [],
      themes: i % 4 === 0 ? ['quality'] : [],
      people: i % 5 === 0 ? ['Zoë'] : [],
    }));
    writeEntries(db, list, { now: '2026-11-27T10:00:00.000Z', newId: () => crypto.randomUUID(), colorFor: nextThemeColor });
    expect(db.prepare("SELECT v FROM entries_fts_config WHERE k = 'hashsize'").get()).toEqual({ v: 1024 * 1024 });
    expect(indexed(journal)).toEqual(expected(journal));
    const queries = [...words, 'ra*', 're*', 'zo*', 'qu*', 'de*', '"design doc"', 'entry 14*'];
    const answers = () =>
      queries.map((q) => journal.call('entries.search', { query: q, limit: 50 }).hits.map((h) => [h.entry.id, h.entry.title]));
    const fast = answers();
    expect(fast.flat().length).toBeGreaterThan(queries.length * 10);
    // The simple way: the whole index again, one row after another, with FTS5's default buffer.
    db.transaction(() => {
      db.exec('DELETE FROM entries_fts');
      const insert = db.prepare('INSERT INTO entries_fts (rowid, title, body, impact, themes, people) VALUES (?, ?, ?, ?, ?, ?)');
      for (const row of db
        .prepare<[], { seq: number; title: string; body: string; impact: string; themes: string; people: string }>(
          'SELECT seq, title, body, impact, themes, people FROM entry_search_text ORDER BY seq',
        )
        .all())
        insert.run(row.seq, row.title, row.body, row.impact, row.themes, row.people);
    })();
    expect(answers()).toEqual(fast);
  });
});

describe('search over a bounded candidate set', () => {
  it('ranks exactly like a full ranking of the newest matches, and says when it cut', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('"ra"*', '"do"*', '"ranking"', '"🚀"', '"la"* OR "ca"*'),
        (list, cap, expression) => {
          const journal = open();
          writeEntries(journal.backend.db, list.map(asBulk), {
            now: '2026-11-27T10:00:00.000Z',
            newId: () => crypto.randomUUID(),
            colorFor: nextThemeColor,
          });
          const repo = createContext({ db: journal.backend.db, databasePath: journal.databasePath }).repos.entries;
          const all = journal.backend.db
            .prepare(`SELECT rowid AS seq, rank FROM entries_fts WHERE entries_fts MATCH ? AND rank MATCH 'bm25(10.0, 1.0, 2.0, 4.0)'`)
            .all(expression) as { seq: number; rank: number }[];
          const newest = [...all].sort((a, b) => b.seq - a.seq).slice(0, cap);
          const rankOf = new Map(newest.map((m) => [m.seq, m.rank]));
          const limit = 5;
          const fast = repo.search(expression, limit, cap);
          expect(fast.limitedTo).toBe(all.length > cap ? cap : null);
          const seqs = fast.hits.map((h) => h.hit.seq);
          for (const seq of seqs) expect(rankOf.has(seq)).toBe(true);
          const best = newest
            .map((m) => m.rank)
            .sort((a, b) => a - b)
            .slice(0, limit);
          expect(seqs.map((seq) => rankOf.get(seq))).toEqual(best);
          journal.close();
          journals.pop();
        },
      ),
      { numRuns: 30 },
    );
  });
});
