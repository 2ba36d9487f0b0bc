import type Database from 'better-sqlite3';
import type { Reflection, ReflectionPeriod } from '../../../shared/domain/model';
import { periodEnd } from '../../../shared/domain/periods';

interface ReflectionRow {
  id: string;
  period: string;
  start: string;
  body: string;
  created_at: string;
  updated_at: string;
}

/** SQL for reflections; no validation or policy here. */
export function reflectionsRepo(db: Database.Database) {
  const statements = {
    get: db.prepare<[string, string], ReflectionRow>('SELECT * FROM reflections WHERE period = ? AND start = ?'),
    upsert: db.prepare(
      `INSERT INTO reflections (id, period, start, body, sample, created_at, updated_at)
       VALUES (@id, @period, @start, @body, @sample, @now, @now)
       ON CONFLICT (period, start) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
    ),
    remove: db.prepare('DELETE FROM reflections WHERE period = ? AND start = ?'),
    removeSamples: db.prepare('DELETE FROM reflections WHERE sample = 1'),
    list: db.prepare<{ period: string | null; from: string | null; to: string | null }, ReflectionRow>(
      `SELECT * FROM reflections WHERE (@period IS NULL OR period = @period)
         AND (@from IS NULL OR start >= @from) AND (@to IS NULL OR start <= @to)
       ORDER BY start DESC, period`,
    ),
  };

  const toReflection = (row: ReflectionRow): Reflection => ({
    id: row.id,
    period: row.period as ReflectionPeriod,
    start: row.start,
    end: periodEnd(row.period as ReflectionPeriod, row.start),
    body: row.body,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });

  return {
    get(period: ReflectionPeriod, start: string): Reflection | null {
      const row = statements.get.get(period, start);
      return row ? toReflection(row) : null;
    },
    save(reflection: { id: string; period: ReflectionPeriod; start: string; body: string; now: string; sample?: boolean }): void {
      statements.upsert.run({ ...reflection, sample: reflection.sample ? 1 : 0 });
    },
    removeSamples(): void {
      statements.removeSamples.run();
    },
    remove(period: ReflectionPeriod, start: string): void {
      statements.remove.run(period, start);
    },
    list(filter: { period?: ReflectionPeriod; from?: string; to?: string }): Reflection[] {
      return statements.list.all({ period: filter.period ?? null, from: filter.from ?? null, to: filter.to ?? null }).map(toReflection);
    },
  };
}
