import type Database from 'better-sqlite3';

const statements = new WeakMap<Database.Database, ReturnType<typeof prepare>>();

function prepare(db: Database.Database) {
  return {
    inBatch: db.prepare<[], { only: number }>('SELECT only FROM fts_batch'),
    begin: db.prepare('INSERT INTO fts_batch (only) VALUES (1)'),
    end: db.prepare('DELETE FROM fts_batch'),
    pending: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM fts_pending'),
    unindex: db.prepare('DELETE FROM entries_fts WHERE rowid IN (SELECT seq FROM fts_pending)'),
    // In rowid order: FTS5 flushes its in-memory segment whenever a rowid is not larger than
    // the last one, so any other order writes thousands of tiny segments and merges them.
    index: db.prepare(
      `INSERT INTO entries_fts (rowid, title, body, impact, themes, people)
       SELECT s.seq, s.title, s.body, s.impact, s.themes, s.people FROM fts_pending p
       CROSS JOIN entry_search_text s ON s.seq = p.seq ORDER BY p.seq`,
    ),
    clear: db.prepare('DELETE FROM fts_pending'),
  };
}

function statementsFor(db: Database.Database) {
  let prepared = statements.get(db);
  if (!prepared) {
    prepared = prepare(db);
    statements.set(db, prepared);
  }
  return prepared;
}

/**
 * Runs `work` with the search index's triggers noting changed entries instead of re-indexing
 * them on every write, then indexes each changed entry once, from its final text, themes and
 * people. Without this an entry with T themes and P people is indexed 1 + 2(T + P) times.
 * Runs inside a transaction (a savepoint when one is open), so a failure leaves the index and
 * the batch marker exactly as they were; a nested call joins the outer batch.
 */
export function indexOnce<T>(db: Database.Database, work: () => T, onIndexing?: (entries: number) => void): T {
  const s = statementsFor(db);
  return db.transaction(() => {
    if (s.inBatch.get()) return work();
    s.begin.run();
    const result = work();
    if (onIndexing) onIndexing(s.pending.get()?.n ?? 0);
    s.unindex.run();
    s.index.run();
    s.clear.run();
    s.end.run();
    return result;
  })();
}
