import type Database from 'better-sqlite3';
import type { Person, PersonRef } from '../../../shared/domain/model';
import { themeNameKey } from './themes';

interface PersonRow {
  id: string;
  name: string;
  entry_count: number;
  kudos_count: number;
  first_date: string | null;
  last_date: string | null;
  note: string;
}

/**
 * Everyone's counts in one GROUP BY that never reads an entry's row (which carries its text): the
 * entries outside the trash come from the covering index entries_facts (trash mark, date, kind),
 * each probing its links by primary key. At 100k entries this is a third of the time of joining
 * each person's links to their entries' rows.
 */
const SELECT_EVERYONE = `
  SELECT p.id, p.name, p.note,
         coalesce(c.entry_count, 0) AS entry_count,
         coalesce(c.kudos_count, 0) AS kudos_count,
         c.first_date, c.last_date
  FROM people p
  LEFT JOIN (
    SELECT ep.person_seq,
           count(*) AS entry_count,
           sum(e.kind = 'kudos') AS kudos_count,
           min(e.date) AS first_date,
           max(e.date) AS last_date
    FROM entries e INDEXED BY entries_facts
    JOIN entry_people ep ON ep.entry_seq = e.seq
    WHERE e.deleted_at IS NULL
    GROUP BY ep.person_seq
  ) c ON c.person_seq = p.seq`;

/** One person's counts: only that person's links, each joined to its entry. */
const SELECT_ONE = `
  SELECT p.id, p.name, p.note,
         count(e.seq) AS entry_count,
         coalesce(sum(e.kind = 'kudos'), 0) AS kudos_count,
         min(e.date) AS first_date,
         max(e.date) AS last_date
  FROM people p
  LEFT JOIN entry_people ep ON ep.person_seq = p.seq
  LEFT JOIN entries e ON e.seq = ep.entry_seq AND e.deleted_at IS NULL
  WHERE p.id = ?
  GROUP BY p.seq`;

/** SQL for people; no validation or policy here. */
export function peopleRepo(db: Database.Database) {
  const statements = {
    all: db.prepare<[], PersonRow>(`${SELECT_EVERYONE} ORDER BY c.last_date DESC NULLS LAST, p.name_key`),
    byId: db.prepare<[string], PersonRow>(SELECT_ONE),
    byKey: db.prepare<[string], { id: string; seq: number }>('SELECT id, seq FROM people WHERE name_key = ?'),
    seqOf: db.prepare<[string], { seq: number }>('SELECT seq FROM people WHERE id = ?'),
    noteIfEmpty: db.prepare("UPDATE people SET note = @note, updated_at = @now WHERE seq = @seq AND note = ''"),
    insert: db.prepare('INSERT INTO people (id, name, name_key, created_at, updated_at) VALUES (@id, @name, @nameKey, @now, @now)'),
    rename: db.prepare('UPDATE people SET name = @name, name_key = @nameKey, updated_at = @now WHERE id = @id'),
    moveEntries: db.prepare(
      `INSERT OR IGNORE INTO entry_people (entry_seq, person_seq, position)
       SELECT entry_seq, @target, position FROM entry_people WHERE person_seq = @source`,
    ),
    remove: db.prepare('DELETE FROM people WHERE id = ?'),
    removeUnused: db.prepare(
      `DELETE FROM people WHERE id IN (SELECT value FROM json_each(?))
         AND NOT EXISTS (SELECT 1 FROM entry_people WHERE person_seq = people.seq)`,
    ),
    allIds: db.prepare<[], { id: string }>('SELECT id FROM people'),
    clearForEntry: db.prepare('DELETE FROM entry_people WHERE entry_seq = ?'),
    addToEntry: db.prepare('INSERT OR IGNORE INTO entry_people (entry_seq, person_seq, position) VALUES (?, ?, ?)'),
    refsForEntries: db.prepare<[string], PersonRef & { entry_seq: number }>(
      `SELECT ep.entry_seq, p.id, p.name FROM entry_people ep JOIN people p ON p.seq = ep.person_seq
       WHERE ep.entry_seq IN (SELECT value FROM json_each(?)) ORDER BY ep.entry_seq, ep.position`,
    ),
  };

  const toPerson = (row: PersonRow): Person => ({
    id: row.id,
    name: row.name,
    entryCount: row.entry_count,
    kudosCount: row.kudos_count,
    firstDate: row.first_date,
    lastDate: row.last_date,
    ...(row.note ? { note: row.note } : {}),
  });

  return {
    list: (): Person[] => statements.all.all().map(toPerson),
    get: (id: string): Person | undefined => {
      const row = statements.byId.get(id);
      return row && toPerson(row);
    },
    findByName: (name: string) => statements.byKey.get(themeNameKey(name)),
    seqOf: (id: string): number | undefined => statements.seqOf.get(id)?.seq,
    /** Keeps what the user already wrote about a person; only an empty note is filled. */
    noteIfEmpty(seq: number, note: string, now: string): void {
      statements.noteIfEmpty.run({ seq, note, now });
    },
    insert(person: { id: string; name: string; now: string }): number {
      return Number(statements.insert.run({ ...person, nameKey: themeNameKey(person.name) }).lastInsertRowid);
    },
    rename(person: { id: string; name: string; now: string }): void {
      statements.rename.run({ ...person, nameKey: themeNameKey(person.name) });
    },
    moveEntries(sourceSeq: number, targetSeq: number): void {
      statements.moveEntries.run({ source: sourceSeq, target: targetSeq });
    },
    remove: (id: string): void => {
      statements.remove.run(id);
    },
    removeUnused: (ids: readonly string[]): void => {
      statements.removeUnused.run(JSON.stringify(ids));
    },
    ids: (): string[] => statements.allIds.all().map((r) => r.id),
    setForEntry(entrySeq: number, personSeqs: readonly number[]): void {
      statements.clearForEntry.run(entrySeq);
      personSeqs.forEach((seq, position) => statements.addToEntry.run(entrySeq, seq, position));
    },
    refsFor(entrySeqs: readonly number[]): Map<number, PersonRef[]> {
      const grouped = new Map<number, PersonRef[]>();
      if (entrySeqs.length === 0) return grouped;
      for (const row of statements.refsForEntries.all(JSON.stringify(entrySeqs))) {
        const list = grouped.get(row.entry_seq) ?? [];
        list.push({ id: row.id, name: row.name });
        grouped.set(row.entry_seq, list);
      }
      return grouped;
    },
  };
}

export type PeopleRepo = ReturnType<typeof peopleRepo>;
