import type Database from 'better-sqlite3';
import type { Entry } from '../../../shared/domain/model';
import { ANALYSIS_VERSION, analyzeEntry, type EntryAnalysis } from '../../../shared/domain/review/analysis';
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

  /** The analyses of some entries whose revisions are known: cached ones as stored, the rest computed and stored. */
  function analyses(entries: readonly AnalysedEntry[], revisions: ReadonlyMap<string, string>): Map<string, EntryAnalysis> {
    const found = new Map<string, EntryAnalysis>();
    const stored = new Map<string, { revision: string; analysis: string }>();
    // json_each keeps the statement to one parameter however many entries there are.
    for (const row of read.all(JSON.stringify(entries.map((e) => e.id)))) stored.set(row.entry_id, row);
    const fresh: [string, string, string][] = [];
    for (const entry of entries) {
      const revision = revisions.get(entry.id) ?? revisionOf(entry);
      const row = stored.get(entry.id);
      if (row && row.revision === revision) {
        found.set(entry.id, JSON.parse(row.analysis) as EntryAnalysis);
        continue;
      }
      const analysis = analyzeEntry(entry);
      found.set(entry.id, analysis);
      fresh.push([entry.id, revision, JSON.stringify(analysis)]);
    }
    if (fresh.length > 0) writeAll(fresh);
    return found;
  }

  /** What the generators derive from each entry's text, cached like the analysis (one revision serves both). */
  function texts(entries: readonly AnalysedEntry[], revisions: ReadonlyMap<string, string>): Map<string, EntryText> {
    const found = new Map<string, EntryText>();
    const stored = new Map<string, { revision: string; value: string }>();
    for (const row of readParts.all(TEXT_PART, JSON.stringify(entries.map((e) => e.id)))) stored.set(row.entry_id, row);
    const fresh: [string, string, string][] = [];
    const stemOf = stemmer();
    for (const entry of entries) {
      const revision = textRevision(revisions.get(entry.id) ?? revisionOf(entry));
      const row = stored.get(entry.id);
      if (row && row.revision === revision) {
        found.set(entry.id, JSON.parse(row.value) as EntryText);
        continue;
      }
      const text = entryText(entry, stemOf);
      found.set(entry.id, text);
      fresh.push([entry.id, revision, JSON.stringify(text)]);
    }
    if (fresh.length > 0) writeParts(TEXT_PART, fresh);
    return found;
  }

  return {
    /**
     * The analyses of some entries: cached ones as stored, the rest computed and stored in one
     * transaction. Returns a lookup the review generators call per entry.
     */
    forEntries(entries: readonly Entry[]): (entry: AnalysedEntry) => EntryAnalysis {
      const found = analyses(entries, new Map());
      // Entries not known up front (none in practice) are analysed on the spot, never guessed.
      return (entry) => found.get(entry.id) ?? analyzeEntry(entry);
    },

    /** For a summary or packet: each entry's analysis and derived text, from the cache where it is current. */
    forReview(entries: readonly Entry[]): { analysisOf: (entry: AnalysedEntry) => EntryAnalysis; textOf: (entry: AnalysedEntry) => EntryText } {
      const revisions = new Map(entries.map((e) => [e.id, revisionOf(e)]));
      const analysed = analyses(entries, revisions);
      const written = texts(entries, revisions);
      return {
        analysisOf: (entry) => analysed.get(entry.id) ?? analyzeEntry(entry),
        textOf: (entry) => written.get(entry.id) ?? entryText(entry),
      };
    },
  };
}

export type AnalysisRepo = ReturnType<typeof analysisRepo>;

const TEXT_PART = 'text';

/** The text part's revision: its own version, then the revision of the text it was derived from. */
function textRevision(revision: string): string {
  return `${ENTRY_TEXT_VERSION}/${revision}`;
}

/** "1:9f3a…": the analysis version and a 32-bit FNV-1a hash of the text the analysis reads. */
export function revisionOf(entry: Pick<Entry, 'title' | 'body' | 'impact' | 'kind' | 'section'>): string {
  let hash = 0x811c9dc5;
  const text = `${entry.title}\u0000${entry.body}\u0000${entry.impact}\u0000${entry.kind}\u0000${entry.section}`;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${ANALYSIS_VERSION}:${hash.toString(16)}:${text.length}`;
}
