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
    hashSize: db.prepare<[], { v: number }>("SELECT v FROM entries_fts_config WHERE k = 'hashsize'"),
  };
}

/** Entries in one batch from which the index is built with a bigger in-memory buffer. */
const BULK_ENTRIES = 1000;
/**
 * FTS5 keeps new index data in memory and writes it out as a segment each time it passes
 * `hashsize` (1 MB by default). A bulk import of 10k entries with 2- and 3-letter prefix indexes
 * would write dozens of small segments and merge them again and again; 64 MB writes a few big
 * ones, which took the index step of a 10k import from about 0.8 s to 0.5 s of CPU.
 */
const BULK_HASH_BYTES = 64 * 1024 * 1024;
/** FTS5's own default, restored when the journal had none set. */
const DEFAULT_HASH_BYTES = 1024 * 1024;

function setHashSize(db: Database.Database, bytes: number): void {
  // An FTS5 command takes its value as a literal (a bound parameter is refused): a checked integer.
  if (!Number.isSafeInteger(bytes) || bytes <= 0) throw new Error(`Not a search index buffer size: ${bytes}`);
  db.exec(`INSERT INTO entries_fts (entries_fts, rank) VALUES ('hashsize', ${bytes})`);
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
    const pending = s.pending.get()?.n ?? 0;
    if (onIndexing) onIndexing(pending);
    s.unindex.run();
    if (pending >= BULK_ENTRIES) {
      // A setting kept in the index's own table, so it is set back before the transaction ends.
      const before = s.hashSize.get()?.v ?? DEFAULT_HASH_BYTES;
      setHashSize(db, BULK_HASH_BYTES);
      s.index.run();
      setHashSize(db, before);
    } else s.index.run();
    s.clear.run();
    s.end.run();
    return result;
  })();
}
