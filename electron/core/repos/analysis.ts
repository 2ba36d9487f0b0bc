import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Entry } from '../../../shared/domain/model';
import { ANALYSIS_VERSION, analyzeEntry, type EntryAnalysis } from '../../../shared/domain/review/analysis';
import { BULLET_VERSION, type BulletCore, type BulletFormat, type BulletInput, bulletCore } from '../../../shared/domain/review/bullets';
import { ENTRY_TEXT_VERSION, entryText, type EntryText, stemmer } from '../../../shared/domain/review/entryText';

type AnalysedEntry = Pick<Entry, 'id' | 'title' | 'body' | 'impact' | 'kind' | 'section'>;

/**
 * Each entry's analysis, cached per revision. A revision is the analysis version and a hash of
 * exactly what the analysis reads (title, body, impact, kind, section), so an edit, an import
 * or a new version of the rules recomputes it and nothing else does.
 */
export function analysisRepo(db: Database.Database) {
  const read = db.prepare<[string], { entry_id: string; revision: string; analysis: string }>(
    'SELECT entry_id, revision, analysis FROM entry_analysis WHERE entry_id IN (SELECT value FROM json_each(?))',
  );
  const write = db.prepare(
    'INSERT INTO entry_analysis (entry_id, revision, analysis) VALUES (?, ?, ?) ON CONFLICT (entry_id) DO UPDATE SET revision = excluded.revision, analysis = excluded.analysis',
  );
  const writeAll = db.transaction((rows: readonly [string, string, string][]) => {
    for (const row of rows) write.run(...row);
  });
  const readParts = db.prepare<[string, string], { entry_id: string; revision: string; value: string }>(
    'SELECT entry_id, revision, value FROM entry_review_parts WHERE part = ? AND entry_id IN (SELECT value FROM json_each(?))',
  );
  const writePart = db.prepare(
    'INSERT INTO entry_review_parts (entry_id, part, revision, value) VALUES (?, ?, ?, ?) ON CONFLICT (entry_id, part) DO UPDATE SET revision = excluded.revision, value = excluded.value',
  );
  const writeParts = db.transaction((part: string, rows: readonly [string, string, string][]) => {
    for (const [id, revision, value] of rows) writePart.run(id, part, revision, value);
  });

  // Parsed copies of what was last read or made, per entry and revision: the long-work host
  // lives as long as the app, so a second draft of the same period parses nothing. Bounded,
  // and only for values the generators read and never hand out (an analysis, an entry's text).
  const recentAnalyses = recent<EntryAnalysis>();
  const recentTexts = recent<EntryText>();

  /** The analyses of some entries whose revisions are known: cached ones as stored, the rest computed and stored. */
  function analyses(entries: readonly AnalysedEntry[], revisions: ReadonlyMap<string, string>): Map<string, EntryAnalysis> {
    // `revisions` has every entry's (its callers work them out once for all the parts they read).
    const found = new Map<string, EntryAnalysis>();
    const wanted: AnalysedEntry[] = [];
    for (const entry of entries) {
      const known = recentAnalyses.get(entry.id, revisions.get(entry.id) ?? '');
      if (known) found.set(entry.id, known);
      else wanted.push(entry);
    }
    if (wanted.length === 0) return found;
    const stored = new Map<string, { revision: string; analysis: string }>();
    // json_each keeps the statement to one parameter however many entries there are.
    for (const row of read.all(JSON.stringify(wanted.map((e) => e.id)))) stored.set(row.entry_id, row);
    const fresh: [string, string, string][] = [];
    for (const entry of wanted) {
      const revision = revisions.get(entry.id) ?? revisionOf(entry);
      const row = stored.get(entry.id);
      const analysis = row && row.revision === revision ? (JSON.parse(row.analysis) as EntryAnalysis) : analyzeEntry(entry);
      if (!row || row.revision !== revision) fresh.push([entry.id, revision, JSON.stringify(analysis)]);
      found.set(entry.id, analysis);
      recentAnalyses.set(entry.id, revision, analysis);
    }
    if (fresh.length > 0) writeAll(fresh);
    return found;
  }

  /**
   * One derived part of each entry (its text, a bullet), cached per entry and revision: stored
   * ones as stored, the rest made and stored in one transaction.
   */
  function parts<T>(
    part: string,
    entries: readonly Entry[],
    revisionFor: (entry: Entry) => string,
    make: (entry: Entry) => T,
    kept?: Recent<T>,
  ): Map<string, T> {
    const found = new Map<string, T>();
    const revisions = new Map(entries.map((e) => [e.id, revisionFor(e)]));
    const wanted: Entry[] = [];
    for (const entry of entries) {
      const known = kept?.get(entry.id, revisions.get(entry.id) ?? '');
      if (known !== undefined) found.set(entry.id, known);
      else wanted.push(entry);
    }
    if (wanted.length === 0) return found;
    const stored = new Map<string, { revision: string; value: string }>();
    for (const row of readParts.all(part, JSON.stringify(wanted.map((e) => e.id)))) stored.set(row.entry_id, row);
    const fresh: [string, string, string][] = [];
    for (const entry of wanted) {
      const revision = revisions.get(entry.id) ?? revisionFor(entry);
      const row = stored.get(entry.id);
      const value = row && row.revision === revision ? (JSON.parse(row.value) as T) : make(entry);
      if (!row || row.revision !== revision) fresh.push([entry.id, revision, JSON.stringify(value)]);
      found.set(entry.id, value);
      kept?.set(entry.id, revision, value);
    }
    if (fresh.length > 0) writeParts(part, fresh);
    return found;
  }

  return {
    /**
     * The analyses of some entries: cached ones as stored, the rest computed and stored in one
     * transaction. Returns a lookup the review generators call per entry.
     */
    forEntries(entries: readonly Entry[]): (entry: AnalysedEntry) => EntryAnalysis {
      const found = analyses(entries, new Map(entries.map((e) => [e.id, revisionOf(e)])));
      // Entries not known up front (none in practice) are analysed on the spot, never guessed.
      return (entry) => found.get(entry.id) ?? analyzeEntry(entry);
    },

    /** For a summary or packet: each entry's analysis and derived text, from the cache where it is current. */
    forReview(entries: readonly Entry[]): {
      analysisOf: (entry: AnalysedEntry) => EntryAnalysis;
      textOf: (entry: AnalysedEntry) => EntryText;
    } {
      const revisions = new Map(entries.map((e) => [e.id, revisionOf(e)]));
      const analysed = analyses(entries, revisions);
      const stemOf = stemmer();
      const written = parts(
        TEXT_PART,
        entries,
        (e) => `${ENTRY_TEXT_VERSION}/${revisions.get(e.id) ?? revisionOf(e)}`,
        (e) => entryText(e, stemOf),
        recentTexts,
      );
      return {
        analysisOf: (entry) => analysed.get(entry.id) ?? analyzeEntry(entry),
        textOf: (entry) => written.get(entry.id) ?? entryText(entry),
      };
    },

    /** For résumé bullets: each entry's analysis and its bullet core in the format, from the cache where it is current. */
    forBullets(
      entries: readonly Entry[],
      format: BulletFormat,
    ): { analysisOf: (entry: AnalysedEntry) => EntryAnalysis; coreOf: (entry: BulletInput) => BulletCore | null } {
      const revisions = new Map(entries.map((e) => [e.id, revisionOf(e)]));
      const analysed = analyses(entries, revisions);
      const analysisOf = (entry: AnalysedEntry) => analysed.get(entry.id) ?? analyzeEntry(entry);
      // A bullet also reads the names of the entry's people ("with Lucas" keeps its capital).
      const revisionFor = (e: Entry) =>
        `${BULLET_VERSION}/${revisions.get(e.id) ?? revisionOf(e)}/${createHash('sha1')
          .update(e.people.map((p) => p.name).join('\u0000'))
          .digest('base64')}`;
      const cores = parts(`bullet:${format}`, entries, revisionFor, (e) => bulletCore(e, format, analysisOf(e)));
      return {
        analysisOf,
        coreOf: (entry) => (cores.has(entry.id) ? (cores.get(entry.id) ?? null) : bulletCore(entry, format, analysisOf(entry))),
      };
    },
  };
}

export type AnalysisRepo = ReturnType<typeof analysisRepo>;

const TEXT_PART = 'text';

/** How many entries' parsed values are kept per kind: a year of a very busy journal, twice. */
const RECENT_LIMIT = 25_000;

interface Recent<T> {
  get(id: string, revision: string): T | undefined;
  set(id: string, revision: string, value: T): void;
}

function recent<T>(): Recent<T> {
  const kept = new Map<string, { revision: string; value: T }>();
  return {
    get: (id, revision) => {
      const found = kept.get(id);
      return found && found.revision === revision ? found.value : undefined;
    },
    set: (id, revision, value) => {
      kept.delete(id);
      kept.set(id, { revision, value });
      // The oldest go first (a Map iterates in insertion order).
      for (const oldest of kept.keys()) {
        if (kept.size <= RECENT_LIMIT) break;
        kept.delete(oldest);
      }
    },
  };
}

/**
 * "2:q8Xb…": the analysis version and a SHA-1 of the text the analysis reads. Hashed natively:
 * a year's review hashes every entry's text on each call, which a JavaScript loop made a
 * noticeable share of it.
 */
export function revisionOf(entry: Pick<Entry, 'title' | 'body' | 'impact' | 'kind' | 'section'>): string {
  const text = `${entry.title}\u0000${entry.body}\u0000${entry.impact}\u0000${entry.kind}\u0000${entry.section}`;
  return `${ANALYSIS_VERSION}:${createHash('sha1').update(text).digest('base64')}`;
}
