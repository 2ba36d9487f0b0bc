import type Database from 'better-sqlite3';
import type { Goal, GoalRef, GoalStatus } from '../../../shared/domain/model';

interface GoalRow {
  seq: number;
  id: string;
  year: number;
  title: string;
  description: string;
  status: string;
  sample: number;
  created_at: string;
  updated_at: string;
  entry_count: number;
}

const SELECT_GOALS = `
  SELECT g.*, (SELECT count(*) FROM entry_goals eg JOIN entries e ON e.seq = eg.entry_seq
               WHERE eg.goal_seq = g.seq AND e.deleted_at IS NULL) AS entry_count
  FROM goals g`;

export interface GoalFields {
  year: number;
  title: string;
  description: string;
  status: GoalStatus;
}

/** SQL for goals and their evidence links; no validation or policy here. */
export function goalsRepo(db: Database.Database) {
  const statements = {
    all: db.prepare<[], GoalRow>(`${SELECT_GOALS} ORDER BY g.year, g.seq`),
    ofYear: db.prepare<[number], GoalRow>(`${SELECT_GOALS} WHERE g.year = ? ORDER BY g.seq`),
    byId: db.prepare<[string], GoalRow>(`${SELECT_GOALS} WHERE g.id = ?`),
    insert: db.prepare(
      `INSERT INTO goals (id, year, title, description, status, sample, created_at, updated_at)
       VALUES (@id, @year, @title, @description, @status, @sample, @now, @now)`,
    ),
    update: db.prepare(
      `UPDATE goals SET year = @year, title = @title, description = @description, status = @status,
         updated_at = @now WHERE id = @id`,
    ),
    remove: db.prepare('DELETE FROM goals WHERE id = ?'),
    evidence: db.prepare<[], { goal_id: string; entry_id: string }>(
      `SELECT g.id AS goal_id, e.id AS entry_id FROM entry_goals eg JOIN goals g ON g.seq = eg.goal_seq
       JOIN entries e ON e.seq = eg.entry_seq WHERE e.deleted_at IS NULL ORDER BY e.date, e.seq`,
    ),
    removeSamples: db.prepare('DELETE FROM goals WHERE sample = 1'),
    link: db.prepare('INSERT OR IGNORE INTO entry_goals (entry_seq, goal_seq) VALUES (?, ?)'),
    unlink: db.prepare('DELETE FROM entry_goals WHERE entry_seq = ? AND goal_seq = ?'),
    clearForEntry: db.prepare('DELETE FROM entry_goals WHERE entry_seq = ?'),
    refsForEntries: db.prepare<[string], GoalRef & { entry_seq: number }>(
      `SELECT eg.entry_seq, g.id, g.title, g.year FROM entry_goals eg JOIN goals g ON g.seq = eg.goal_seq
       WHERE eg.entry_seq IN (SELECT value FROM json_each(?)) ORDER BY eg.entry_seq, g.year, g.seq`,
    ),
  };

  const toGoal = (row: GoalRow): Goal => ({
    id: row.id,
    year: row.year,
    title: row.title,
    description: row.description,
    status: row.status as GoalStatus,
    entryCount: row.entry_count,
    sample: row.sample === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });

  return {
    list: (year?: number): Goal[] => (year === undefined ? statements.all.all() : statements.ofYear.all(year)).map(toGoal),
    get: (id: string): Goal | undefined => {
      const row = statements.byId.get(id);
      return row && toGoal(row);
    },
    seqOf: (id: string): number | undefined => statements.byId.get(id)?.seq,
    insert(id: string, fields: GoalFields, now: string, sample = false): void {
      statements.insert.run({ id, ...fields, sample: sample ? 1 : 0, now });
    },
    update(id: string, fields: GoalFields, now: string): void {
      statements.update.run({ id, ...fields, now });
    },
    remove: (id: string): void => {
      statements.remove.run(id);
    },
    /** For each goal, the ids of the entries (outside the trash) linked to it. */
    evidenceIds(): Map<string, string[]> {
      const map = new Map<string, string[]>();
      for (const row of statements.evidence.all()) map.set(row.goal_id, [...(map.get(row.goal_id) ?? []), row.entry_id]);
      return map;
    },
    removeSamples: (): number => statements.removeSamples.run().changes,
    link: (entrySeq: number, goalSeq: number): void => {
      statements.link.run(entrySeq, goalSeq);
    },
    unlink: (entrySeq: number, goalSeq: number): void => {
      statements.unlink.run(entrySeq, goalSeq);
    },
    setForEntry(entrySeq: number, goalSeqs: readonly number[]): void {
      statements.clearForEntry.run(entrySeq);
      for (const goalSeq of goalSeqs) statements.link.run(entrySeq, goalSeq);
    },
    refsFor(entrySeqs: readonly number[]): Map<number, GoalRef[]> {
      const grouped = new Map<number, GoalRef[]>();
      if (entrySeqs.length === 0) return grouped;
      for (const row of statements.refsForEntries.all(JSON.stringify(entrySeqs))) {
        const list = grouped.get(row.entry_seq) ?? [];
        list.push({ id: row.id, title: row.title, year: row.year });
        grouped.set(row.entry_seq, list);
      }
      return grouped;
    },
  };
}

export type GoalsRepo = ReturnType<typeof goalsRepo>;
