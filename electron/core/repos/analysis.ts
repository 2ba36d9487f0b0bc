import type Database from 'better-sqlite3';
import type { Entry } from '../../../shared/domain/model';
import { ANALYSIS_VERSION, analyzeEntry, type EntryAnalysis } from '../../../shared/domain/review/analysis';

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

  return {
    /**
     * The analyses of some entries: cached ones as stored, the rest computed and stored in one
     * transaction. Returns a lookup the review generators call per entry.
     */
    forEntries(entries: readonly Entry[]): (entry: Pick<Entry, 'id' | 'title' | 'body' | 'impact' | 'kind' | 'section'>) => EntryAnalysis {
      const found = new Map<string, EntryAnalysis>();
      const stored = new Map<string, { revision: string; analysis: string }>();
      // json_each keeps the statement to one parameter however many entries there are.
      for (const row of read.all(JSON.stringify(entries.map((e) => e.id)))) stored.set(row.entry_id, row);
      const fresh: [string, string, string][] = [];
      for (const entry of entries) {
        const revision = revisionOf(entry);
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
      // Entries not known up front (none in practice) are analysed on the spot, never guessed.
      return (entry) => found.get(entry.id) ?? analyzeEntry(entry);
    },
  };
}

export type AnalysisRepo = ReturnType<typeof analysisRepo>;

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
