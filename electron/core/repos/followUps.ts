import type Database from 'better-sqlite3';
import type { FollowUp } from '../../../shared/domain/model';

interface FollowUpRow {
  id: string;
  entry_id: string;
  entry_seq: number;
  due: string;
  question: string;
  created_at: string;
  answered_at: string | null;
  answer: string | null;
  dismissed_at: string | null;
}

const SELECT = `SELECT f.*, e.id AS entry_id FROM follow_ups f JOIN entries e ON e.seq = f.entry_seq`;

/** SQL for follow-ups; no validation or policy here. */
export function followUpsRepo(db: Database.Database) {
  const statements = {
    byId: db.prepare<[string], FollowUpRow>(`${SELECT} WHERE f.id = ?`),
    openForEntries: db.prepare<[string], FollowUpRow>(
      `${SELECT} WHERE f.entry_seq IN (SELECT value FROM json_each(?))
         AND f.answered_at IS NULL AND f.dismissed_at IS NULL ORDER BY f.due`,
    ),
    allOpen: db.prepare<[], FollowUpRow>(
      `${SELECT} WHERE f.answered_at IS NULL AND f.dismissed_at IS NULL AND e.deleted_at IS NULL ORDER BY f.due, f.seq`,
    ),
    due: db.prepare<[string], FollowUpRow>(
      `${SELECT} WHERE f.answered_at IS NULL AND f.dismissed_at IS NULL AND f.due <= ?
         AND e.deleted_at IS NULL ORDER BY f.due, f.seq`,
    ),
    insert: db.prepare(`INSERT INTO follow_ups (id, entry_seq, due, question, created_at) VALUES (@id, @entrySeq, @due, @question, @now)`),
    closeOpen: db.prepare(
      `UPDATE follow_ups SET dismissed_at = @now WHERE entry_seq = @entrySeq AND answered_at IS NULL AND dismissed_at IS NULL`,
    ),
    answer: db.prepare('UPDATE follow_ups SET answered_at = @now, answer = @answer WHERE id = @id'),
    dismiss: db.prepare('UPDATE follow_ups SET dismissed_at = @now WHERE id = @id'),
  };

  const toFollowUp = (row: FollowUpRow): FollowUp => ({
    id: row.id,
    entryId: row.entry_id,
    due: row.due,
    question: row.question,
    createdAt: row.created_at,
    answeredAt: row.answered_at,
    answer: row.answer,
    dismissedAt: row.dismissed_at,
  });

  return {
    get(id: string): (FollowUp & { entrySeq: number }) | undefined {
      const row = statements.byId.get(id);
      return row && { ...toFollowUp(row), entrySeq: row.entry_seq };
    },
    /** The waiting follow-up of each entry (at most one each). */
    openFor(entrySeqs: readonly number[]): Map<number, FollowUp> {
      const found = new Map<number, FollowUp>();
      if (entrySeqs.length === 0) return found;
      for (const row of statements.openForEntries.all(JSON.stringify(entrySeqs))) {
        if (!found.has(row.entry_seq)) found.set(row.entry_seq, toFollowUp(row));
      }
      return found;
    },
    /** Every follow-up still waiting for an answer, whatever its due day. */
    open: (): FollowUp[] => statements.allOpen.all().map(toFollowUp),
    due: (today: string) => statements.due.all(today).map((row) => ({ followUp: toFollowUp(row), entrySeq: row.entry_seq })),
    /** Replaces any waiting follow-up of the entry with a new one. */
    set(followUp: { id: string; entrySeq: number; due: string; question: string; now: string }): void {
      statements.closeOpen.run({ entrySeq: followUp.entrySeq, now: followUp.now });
      statements.insert.run(followUp);
    },
    clear: (entrySeq: number, now: string): void => {
      statements.closeOpen.run({ entrySeq, now });
    },
    answer: (id: string, answer: string, now: string): void => {
      statements.answer.run({ id, answer, now });
    },
    dismiss: (id: string, now: string): void => {
      statements.dismiss.run({ id, now });
    },
  };
}
