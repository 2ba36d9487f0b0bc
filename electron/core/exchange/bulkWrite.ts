import type Database from 'better-sqlite3';
import type { EntryFields } from '../repos/entries';
import { indexOnce } from '../db/searchIndex';
import { themeNameKey } from '../repos/themes';

/** One entry to store, in the shape `entries.create` takes, with themes and people by name. */
export interface BulkEntry extends EntryFields {
  themes: readonly string[];
  people: readonly string[];
  /** What the source said each person is to the author ("my manager"): kept as the person's note if it has none. */
  roles?: Readonly<Record<string, string>>;
}

/** One stored entry: its id and its row number (for links made afterwards, such as goals). */
export interface WrittenEntry {
  id: string;
  seq: number;
}

/** How far a long write has got: `done` of `total` entries stored, then the search index built. */
export interface BulkProgress {
  phase: 'writing' | 'indexing';
  done: number;
  total: number;
}

export interface BulkWriteOptions {
  now: string;
  newId: () => string;
  /** Picks a colour for a theme the journal does not have yet, given the colours in use. */
  colorFor: (usedColors: readonly string[]) => string;
  onProgress?: (progress: BulkProgress) => void;
  /** Entries between two progress reports. */
  progressEvery?: number;
}

/**
 * Stores many entries in one transaction, each row, link and search-index row written once:
 * themes and people are found or created through a name cache, and the search index is filled
 * after every entry has its links (see `indexOnce`). Returns the ids and row numbers, in input order.
 */
export function writeEntries(db: Database.Database, items: readonly BulkEntry[], options: BulkWriteOptions): WrittenEntry[] {
  const s = {
    insert: db.prepare(
      `INSERT INTO entries (id, date, date_precision, date_end, title, body, section, impact, kind, starred, links, sample, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
    ),
    themeByKey: db.prepare<[string], { seq: number }>('SELECT seq FROM themes WHERE name_key = ?'),
    themeColors: db.prepare<[], { color: string }>('SELECT color FROM themes ORDER BY seq'),
    insertTheme: db.prepare(
      `INSERT INTO themes (id, name, name_key, color, description, created_at, updated_at) VALUES (?, ?, ?, ?, '', ?, ?)`,
    ),
    personByKey: db.prepare<[string], { seq: number }>('SELECT seq FROM people WHERE name_key = ?'),
    insertPerson: db.prepare('INSERT INTO people (id, name, name_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?)'),
    addTheme: db.prepare('INSERT OR IGNORE INTO entry_themes (entry_seq, theme_seq, position) VALUES (?, ?, ?)'),
    addPerson: db.prepare('INSERT OR IGNORE INTO entry_people (entry_seq, person_seq, position) VALUES (?, ?, ?)'),
    noteIfEmpty: db.prepare("UPDATE people SET note = ?, updated_at = ? WHERE seq = ? AND note = ''"),
  };
  const { now, newId, onProgress } = options;
  const every = options.progressEvery ?? 1000;
  const themeSeqs = new Map<string, number>();
  const personSeqs = new Map<string, number>();
  let colors: string[] | undefined;

  function themeSeq(name: string): number {
    const key = themeNameKey(name);
    let seq = themeSeqs.get(key) ?? s.themeByKey.get(key)?.seq;
    if (seq === undefined) {
      colors ??= s.themeColors.all().map((r) => r.color);
      const color = options.colorFor(colors);
      colors.push(color);
      seq = Number(s.insertTheme.run(newId(), name, key, color, now, now).lastInsertRowid);
    }
    themeSeqs.set(key, seq);
    return seq;
  }

  function personSeq(name: string): number {
    const key = themeNameKey(name);
    const seq =
      personSeqs.get(key) ?? s.personByKey.get(key)?.seq ?? Number(s.insertPerson.run(newId(), name, key, now, now).lastInsertRowid);
    personSeqs.set(key, seq);
    return seq;
  }

  // A bigger page cache for the batch: the id index and the search index are written at random
  // places, and SQLite's default 2 MB cache would re-read pages thousands of times at 100k.
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  db.pragma('cache_size = -65536');
  try {
    return write();
  } finally {
    db.pragma(`cache_size = ${cacheSize}`);
  }

  function write(): WrittenEntry[] {
    return indexOnce(
      db,
      () =>
        items.map((item, i) => {
          const id = newId();
          const seq = Number(
            s.insert.run(
              id,
              item.date,
              item.datePrecision ?? 'day',
              item.dateEnd ?? null,
              item.title,
              item.body,
              item.section,
              item.impact,
              item.kind,
              item.starred ? 1 : 0,
              JSON.stringify(item.links),
              now,
              now,
            ).lastInsertRowid,
          );
          // Positions count distinct links only, as `entries.create` stores them.
          let position = 0;
          for (const themeSeqValue of new Set(item.themes.map(themeSeq))) s.addTheme.run(seq, themeSeqValue, position++);
          position = 0;
          for (const name of item.people) {
            const personSeqValue = personSeq(name);
            if (s.addPerson.run(seq, personSeqValue, position).changes > 0) position++;
            const role = item.roles?.[name];
            if (role) s.noteIfEmpty.run(role, now, personSeqValue);
          }
          if (onProgress && ((i + 1) % every === 0 || i + 1 === items.length))
            onProgress({ phase: 'writing', done: i + 1, total: items.length });
          return { id, seq };
        }),
      (pending) => onProgress?.({ phase: 'indexing', done: 0, total: pending }),
    );
  }
}
