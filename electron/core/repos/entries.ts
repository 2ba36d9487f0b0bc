import type Database from 'better-sqlite3';
import type { DatePrecision } from '../../../shared/domain/entryDate';
import type { Entry, EntryKind, EntryListItem, Link } from '../../../shared/domain/model';
import { EXCERPT_SOURCE_CHARS, listExcerpts } from '../../../shared/domain/excerpt';
import type { SectionId } from '../../../shared/domain/sections';
import type { followUpsRepo } from './followUps';
import type { GoalsRepo } from './goals';
import type { PeopleRepo } from './people';
import type { ThemesRepo } from './themes';

export interface EntryRelations {
  themes: ThemesRepo;
  people: PeopleRepo;
  goals: GoalsRepo;
  followUps: ReturnType<typeof followUpsRepo>;
}

/** One row of the entries table, as SQLite gives it back. */
export interface EntryRow {
  seq: number;
  id: string;
  date: string;
  date_precision: string;
  date_end: string | null;
  title: string;
  body: string;
  section: string;
  impact: string;
  starred: number;
  links: string;
  kind: string;
  sample: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface EntryFields {
  date: string;
  /** A day when missing. */
  datePrecision?: DatePrecision;
  dateEnd?: string | null;
  title: string;
  body: string;
  section: SectionId;
  impact: string;
  kind: EntryKind;
  starred: boolean;
  links: Link[];
}

export interface ListFilter {
  from?: string;
  to?: string;
  themeId?: string;
  section?: SectionId;
  kind?: EntryKind;
  personId?: string;
  goalId?: string;
  starred?: boolean;
  trashed: boolean;
  limit: number;
  after?: { date: string; seq: number };
}

export interface FtsHit {
  seq: number;
  title: string;
  snippet: string;
}

/**
 * Marks that snippet() and highlight() put around matched text: defined only here, parsed only
 * by the search handler. Control characters, so they cannot clash with anything typed.
 */
export const HIT_OPEN = '\u0002';
export const HIT_CLOSE = '\u0003';
const HIT_MARKS_SQL = `char(${HIT_OPEN.charCodeAt(0)}), char(${HIT_CLOSE.charCodeAt(0)})`;

/** How many of the newest matches a broad search ranks (see `search`). */
export const SEARCH_CANDIDATES = 2000;

// Excerpts are cut from the first characters only, so that a page of 1 MB entries stays small.
function listColumns(table: string): string {
  const t = `${table}.`;
  return `${t}seq, ${t}id, ${t}date, ${t}date_precision, ${t}date_end, ${t}title, substr(${t}body, 1, ${EXCERPT_SOURCE_CHARS.body}) AS body, ${t}section,
    substr(${t}impact, 1, ${EXCERPT_SOURCE_CHARS.impact}) AS impact, ${t}starred, ${t}links, ${t}kind, ${t}sample,
    ${t}created_at, ${t}updated_at, ${t}deleted_at`;
}

/** SQL for entries; no validation or policy here. */
export function entriesRepo(db: Database.Database, relations: EntryRelations) {
  const statements = {
    byId: db.prepare<[string], EntryRow>('SELECT * FROM entries WHERE id = ?'),
    insert: db.prepare(
      `INSERT INTO entries (id, date, date_precision, date_end, title, body, section, impact, kind, starred, links, sample, created_at, updated_at)
       VALUES (@id, @date, @datePrecision, @dateEnd, @title, @body, @section, @impact, @kind, @starred, @links, @sample, @now, @now)`,
    ),
    update: db.prepare(
      `UPDATE entries SET date = @date, date_precision = @datePrecision, date_end = @dateEnd, title = @title, body = @body, section = @section,
         impact = @impact, kind = @kind, starred = @starred, links = @links, updated_at = @now WHERE id = @id`,
    ),
    setDeleted: db.prepare('UPDATE entries SET deleted_at = @deletedAt, updated_at = @now WHERE id = @id'),
    purge: db.prepare('DELETE FROM entries WHERE id = ?'),
    clearThemes: db.prepare('DELETE FROM entry_themes WHERE entry_seq = ?'),
    addTheme: db.prepare('INSERT INTO entry_themes (entry_seq, theme_seq, position) VALUES (?, ?, ?)'),
    counts: db.prepare<[], { live: number; trashed: number }>(
      `SELECT (SELECT count(*) FROM entries WHERE deleted_at IS NULL) AS live,
              (SELECT count(*) FROM entries WHERE deleted_at IS NOT NULL) AS trashed`,
    ),
    // Ranks only matches from `since` on: see `search` below.
    search: db.prepare<{ expression: string; since: number; limit: number }, FtsHit>(
      `SELECT rowid AS seq,
              highlight(entries_fts, 0, ${HIT_MARKS_SQL}) AS title,
              snippet(entries_fts, -1, ${HIT_MARKS_SQL}, '…', 24) AS snippet
       FROM entries_fts
       WHERE entries_fts MATCH @expression AND rank MATCH 'bm25(10.0, 1.0, 2.0, 4.0)' AND rowid > @since
       ORDER BY rank LIMIT @limit`,
    ),
    // The newest match beyond the first `candidates`; none when there are no more matches.
    candidateFloor: db.prepare<{ expression: string; candidates: number }, { seq: number }>(
      `SELECT rowid AS seq FROM entries_fts WHERE entries_fts MATCH @expression
       ORDER BY rowid DESC LIMIT 1 OFFSET @candidates`,
    ),
    bySeq: db.prepare<[number], EntryRow>('SELECT * FROM entries WHERE seq = ?'),
    fullInRange: db.prepare<[string, string], EntryRow>(
      'SELECT * FROM entries WHERE deleted_at IS NULL AND date BETWEEN ? AND ? ORDER BY date, seq',
    ),
    sectionInRange: db.prepare<[string, string, string], EntryRow>(
      'SELECT * FROM entries WHERE deleted_at IS NULL AND section = ? AND date BETWEEN ? AND ? ORDER BY date, seq',
    ),
    fullByIds: db.prepare<[string], EntryRow>(
      'SELECT * FROM entries WHERE deleted_at IS NULL AND id IN (SELECT value FROM json_each(?)) ORDER BY date, seq',
    ),
    dayCounts: db.prepare<[string, string], { date: string; count: number }>(
      `SELECT date, count(*) AS count FROM entries WHERE deleted_at IS NULL AND date BETWEEN ? AND ?
       GROUP BY date ORDER BY date`,
    ),
    distinctDays: db.prepare<[], { date: string }>('SELECT DISTINCT date FROM entries WHERE deleted_at IS NULL'),
    anyBetween: db.prepare<[string, string], { found: number }>(
      'SELECT 1 AS found FROM entries WHERE deleted_at IS NULL AND date BETWEEN ? AND ? LIMIT 1',
    ),
    monthly: db.prepare<{ themeId: string | null; from: string | null; to: string | null }, { month: string; count: number }>(
      `SELECT substr(e.date, 1, 7) AS month, count(*) AS count FROM entries e
       WHERE e.deleted_at IS NULL AND (@from IS NULL OR e.date >= @from) AND (@to IS NULL OR e.date <= @to)
         AND (@themeId IS NULL OR e.seq IN (SELECT et.entry_seq FROM entry_themes et
              JOIN themes t ON t.seq = et.theme_seq WHERE t.id = @themeId))
       GROUP BY month ORDER BY month`,
    ),
    titlesOn: db.prepare<[string], { id: string; title: string; date: string }>(
      'SELECT id, title, date FROM entries WHERE deleted_at IS NULL AND date = ? ORDER BY date DESC, seq DESC',
    ),
    purgeSamples: db.prepare('DELETE FROM entries WHERE sample = 1'),
    anySamples: db.prepare<[], { found: number }>('SELECT 1 AS found FROM entries WHERE sample = 1 LIMIT 1'),
    bySeqs: db.prepare<[string], EntryRow>(`SELECT ${listColumns('entries')} FROM entries WHERE seq IN (SELECT value FROM json_each(?))`),
  };
  const listCache = new Map<string, Database.Statement>();

  /** Everything but the text, with the related themes, people, goals and follow-up in 4 queries. */
  function withRelations(rows: EntryRow[]): Omit<Entry, 'body' | 'impact'>[] {
    const seqs = rows.map((r) => r.seq);
    const themes = relations.themes.refsFor(seqs);
    const people = relations.people.refsFor(seqs);
    const goals = relations.goals.refsFor(seqs);
    const followUps = relations.followUps.openFor(seqs);
    return rows.map((row) => ({
      id: row.id,
      date: row.date,
      datePrecision: row.date_precision as DatePrecision,
      dateEnd: row.date_end,
      title: row.title,
      section: row.section as SectionId,
      kind: row.kind as EntryKind,
      themes: themes.get(row.seq) ?? [],
      people: people.get(row.seq) ?? [],
      goals: goals.get(row.seq) ?? [],
      followUp: followUps.get(row.seq) ?? null,
      starred: row.starred === 1,
      links: JSON.parse(row.links) as Link[],
      sample: row.sample === 1,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      deletedAt: row.deleted_at,
    }));
  }

  function toEntries(rows: EntryRow[]): Entry[] {
    return withRelations(rows).map((item, i) => ({ ...item, body: rows[i]?.body ?? '', impact: rows[i]?.impact ?? '' }));
  }

  function listItems(rows: EntryRow[]): EntryListItem[] {
    return withRelations(rows).map((item, i) => ({
      ...item,
      ...listExcerpts({ body: rows[i]?.body ?? '', impact: rows[i]?.impact ?? '' }),
    }));
  }

  function listStatement(filter: ListFilter): Database.Statement {
    const where = [filter.trashed ? 'e.deleted_at IS NOT NULL' : 'e.deleted_at IS NULL'];
    if (filter.from) where.push('e.date >= @from');
    if (filter.to) where.push('e.date <= @to');
    if (filter.section) where.push('e.section = @section');
    if (filter.starred !== undefined) where.push('e.starred = @starred');
    if (filter.kind) where.push('e.kind = @kind');
    if (filter.personId) {
      where.push(`e.seq IN (SELECT ep.entry_seq FROM entry_people ep
                  JOIN people p ON p.seq = ep.person_seq WHERE p.id = @personId)`);
    }
    if (filter.goalId) {
      where.push(`e.seq IN (SELECT eg.entry_seq FROM entry_goals eg
                  JOIN goals g ON g.seq = eg.goal_seq WHERE g.id = @goalId)`);
    }
    if (filter.themeId) {
      where.push(`e.seq IN (SELECT et.entry_seq FROM entry_themes et
                  JOIN themes t ON t.seq = et.theme_seq WHERE t.id = @themeId)`);
    }
    if (filter.after) where.push('(e.date, e.seq) < (@afterDate, @afterSeq)');
    const sql = `SELECT ${listColumns('e')}
      FROM entries e WHERE ${where.join(' AND ')} ORDER BY e.date DESC, e.seq DESC LIMIT @limit`;
    let statement = listCache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      listCache.set(sql, statement);
    }
    return statement;
  }

  return {
    rowById: (id: string): EntryRow | undefined => statements.byId.get(id),
    rowBySeq: (seq: number): EntryRow | undefined => statements.bySeq.get(seq),
    /** Whole entries (with text) of a range, oldest first, outside the trash: for review writing. */
    fullInRange(from: string, to: string): Entry[] {
      return toEntries(statements.fullInRange.all(from, to));
    },
    /**
     * Whole entries of one section in a range, oldest first, read with a cursor and completed
     * with their themes and people a batch at a time: for exports that write as they read.
     */
    *sectionInRange(section: SectionId, from: string, to: string, batch = 500): Generator<Entry> {
      let rows: EntryRow[] = [];
      for (const row of statements.sectionInRange.iterate(section, from, to)) {
        rows.push(row);
        if (rows.length === batch) {
          yield* toEntries(rows);
          rows = [];
        }
      }
      if (rows.length) yield* toEntries(rows);
    },
    fullByIds(ids: readonly string[]): Entry[] {
      return toEntries(statements.fullByIds.all(JSON.stringify(ids)));
    },
    /** List items for the given rows, in their order. */
    itemsForSeqs(seqs: readonly number[]): EntryListItem[] {
      if (seqs.length === 0) return [];
      const rows = statements.bySeqs.all(JSON.stringify(seqs));
      const items = new Map(listItems(rows).map((item, i) => [rows[i]?.seq as number, item]));
      return seqs.flatMap((seq) => items.get(seq) ?? []);
    },
    dayCounts: (from: string, to: string) => statements.dayCounts.all(from, to),
    /** Every day that has an entry outside the trash (for streaks). */
    days: (): string[] => statements.distinctDays.all().map((r) => r.date),
    anyBetween: (from: string, to: string): boolean => statements.anyBetween.get(from, to) !== undefined,
    monthly: (filter: { themeId?: string; from?: string; to?: string }) =>
      statements.monthly.all({ themeId: filter.themeId ?? null, from: filter.from ?? null, to: filter.to ?? null }),
    /** Id and title of each entry of a day, newest first: enough to spot an import's duplicates. */
    titlesOn: (date: string) => statements.titlesOn.all(date),
    purgeSamples: (): number => statements.purgeSamples.run().changes,
    hasSamples: (): boolean => statements.anySamples.get() !== undefined,

    toEntry(row: EntryRow): Entry {
      const [item] = withRelations([row]);
      return { ...(item as Omit<Entry, 'body' | 'impact'>), body: row.body, impact: row.impact };
    },

    insert(id: string, fields: EntryFields, now: string, sample = false): number {
      const result = statements.insert.run({ id, ...serialize(fields), sample: sample ? 1 : 0, now });
      return Number(result.lastInsertRowid);
    },

    update(id: string, fields: EntryFields, now: string): void {
      statements.update.run({ id, ...serialize(fields), now });
    },

    setThemes(seq: number, themeSeqs: readonly number[]): void {
      statements.clearThemes.run(seq);
      themeSeqs.forEach((themeSeq, position) => statements.addTheme.run(seq, themeSeq, position));
    },

    setDeleted(id: string, deletedAt: string | null, now: string): void {
      statements.setDeleted.run({ id, deletedAt, now });
    },

    purge: (id: string): void => {
      statements.purge.run(id);
    },

    counts: () => statements.counts.get() as { live: number; trashed: number },

    list(filter: ListFilter): { items: EntryListItem[]; last?: { date: string; seq: number } } {
      const rows = listStatement(filter).all({
        from: filter.from,
        to: filter.to,
        section: filter.section,
        starred: filter.starred === undefined ? undefined : filter.starred ? 1 : 0,
        themeId: filter.themeId,
        kind: filter.kind,
        personId: filter.personId,
        goalId: filter.goalId,
        afterDate: filter.after?.date,
        afterSeq: filter.after?.seq,
        limit: filter.limit,
      }) as EntryRow[];
      const lastRow = rows[rows.length - 1];
      return { items: listItems(rows), last: lastRow && { date: lastRow.date, seq: lastRow.seq } };
    },

    /**
     * Ranked and limited inside the FTS table; only the top hits are joined to entries.
     * A broad query (a two-letter prefix matches most of a journal) ranks only its
     * `candidates` newest matches, so its time is bounded whatever the journal's size;
     * `limitedTo` says when that happened, so the list can say it was cut.
     */
    search(
      expression: string,
      limit: number,
      candidates = SEARCH_CANDIDATES,
    ): { hits: { hit: FtsHit; item: EntryListItem }[]; limitedTo: number | null } {
      const floor = statements.candidateFloor.get({ expression, candidates })?.seq;
      const found = statements.search.all({ expression, since: floor ?? 0, limit });
      return { hits: joinHits(found), limitedTo: floor === undefined ? null : candidates };
    },
  };

  function joinHits(hits: FtsHit[]): { hit: FtsHit; item: EntryListItem }[] {
    if (hits.length === 0) return [];
    const rows = statements.bySeqs.all(JSON.stringify(hits.map((h) => h.seq)));
    const items = new Map(listItems(rows).map((item, i) => [rows[i]?.seq as number, item]));
    return hits.flatMap((hit) => {
      const item = items.get(hit.seq);
      return item ? [{ hit, item }] : [];
    });
  }
}

function serialize(fields: EntryFields) {
  return {
    date: fields.date,
    datePrecision: fields.datePrecision ?? 'day',
    dateEnd: fields.dateEnd ?? null,
    title: fields.title,
    body: fields.body,
    section: fields.section,
    impact: fields.impact,
    kind: fields.kind,
    starred: fields.starred ? 1 : 0,
    links: JSON.stringify(fields.links),
  };
}

export type EntriesRepo = ReturnType<typeof entriesRepo>;
