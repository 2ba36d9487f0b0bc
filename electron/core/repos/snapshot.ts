import type Database from 'better-sqlite3';
import type { DatePrecision } from '../../../shared/domain/entryDate';
import type {
  ArchiveDraft,
  ArchiveEntry,
  ArchiveFollowUp,
  ArchiveGoal,
  ArchivePerson,
  ArchiveReflection,
  ArchiveReviewDate,
  ArchiveSnapshot,
  ArchiveTheme,
} from '../exchange/archive';
import type { ArchiveSource } from '../exchange/markdownArchive';
import type { DraftRow, DraftVersionRow } from './drafts';
import type { EntryRow } from './entries';
import { themeNameKey } from './themes';

/** A drafts row as stored (the repo's `DraftRow` adds a count of its versions). */
type DraftRecord = Omit<DraftRow, 'version_count'>;
/** A draft_versions row as stored, with the draft it belongs to. */
type VersionRecord = DraftVersionRow & { draft_seq: number };

/**
 * The whole journal as plain data, and back: SQL only. Rows are read in insertion order so a
 * restored journal breaks ties (two entries on one day) the same way.
 */
export function snapshotRepo(db: Database.Database) {
  const all = <T>(sql: string) => db.prepare<[], T>(sql);
  const read = {
    themes: all<ArchiveTheme>(
      'SELECT id, name, color, description, created_at AS createdAt, updated_at AS updatedAt FROM themes ORDER BY seq',
    ),
    people: all<ArchivePerson & { note: string }>(
      'SELECT id, name, note, created_at AS createdAt, updated_at AS updatedAt FROM people ORDER BY seq',
    ),
    goals: all<Omit<ArchiveGoal, 'sample'> & { sample: number }>(
      `SELECT id, year, title, description, status, sample, created_at AS createdAt, updated_at AS updatedAt
       FROM goals ORDER BY seq`,
    ),
    entries: all<EntryRow>('SELECT * FROM entries ORDER BY seq'),
    entryThemes: all<{ entry_seq: number; id: string }>(
      'SELECT et.entry_seq, t.id FROM entry_themes et JOIN themes t ON t.seq = et.theme_seq ORDER BY et.entry_seq, et.position',
    ),
    entryPeople: all<{ entry_seq: number; id: string }>(
      'SELECT ep.entry_seq, p.id FROM entry_people ep JOIN people p ON p.seq = ep.person_seq ORDER BY ep.entry_seq, ep.position',
    ),
    entryGoals: all<{ entry_seq: number; id: string }>(
      'SELECT eg.entry_seq, g.id FROM entry_goals eg JOIN goals g ON g.seq = eg.goal_seq ORDER BY eg.entry_seq, g.seq',
    ),
    followUps: all<ArchiveFollowUp>(
      `SELECT f.id, e.id AS entryId, f.due, f.question, f.created_at AS createdAt, f.answered_at AS answeredAt,
              f.answer, f.dismissed_at AS dismissedAt
       FROM follow_ups f JOIN entries e ON e.seq = f.entry_seq ORDER BY f.seq`,
    ),
    reflections: all<Omit<ArchiveReflection, 'sample'> & { sample: number }>(
      'SELECT id, period, start, body, sample, created_at AS createdAt, updated_at AS updatedAt FROM reflections ORDER BY seq',
    ),
    drafts: all<DraftRecord>('SELECT * FROM drafts ORDER BY seq'),
    versions: all<VersionRecord>('SELECT * FROM draft_versions ORDER BY draft_seq, number'),
    reviewDates: all<ArchiveReviewDate>('SELECT id, date, note, created_at AS createdAt FROM review_dates ORDER BY seq'),
    settings: all<{ key: string; value: string }>('SELECT key, value FROM settings ORDER BY key'),
  };

  const write = {
    theme: db.prepare(
      `INSERT INTO themes (id, name, name_key, color, description, created_at, updated_at)
       VALUES (@id, @name, @nameKey, @color, @description, @createdAt, @updatedAt)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_key = excluded.name_key, color = excluded.color,
         description = excluded.description, created_at = excluded.created_at, updated_at = excluded.updated_at`,
    ),
    person: db.prepare(
      `INSERT INTO people (id, name, name_key, note, created_at, updated_at) VALUES (@id, @name, @nameKey, @note, @createdAt, @updatedAt)
       ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_key = excluded.name_key, note = excluded.note,
         created_at = excluded.created_at, updated_at = excluded.updated_at`,
    ),
    goal: db.prepare(
      `INSERT INTO goals (id, year, title, description, status, sample, created_at, updated_at)
       VALUES (@id, @year, @title, @description, @status, @sample, @createdAt, @updatedAt)
       ON CONFLICT (id) DO UPDATE SET year = excluded.year, title = excluded.title, description = excluded.description,
         status = excluded.status, sample = excluded.sample, created_at = excluded.created_at, updated_at = excluded.updated_at`,
    ),
    entry: db.prepare(
      `INSERT INTO entries (id, date, date_precision, date_end, title, body, section, impact, kind, starred, links, sample, created_at, updated_at, deleted_at)
       VALUES (@id, @date, @datePrecision, @dateEnd, @title, @body, @section, @impact, @kind, @starred, @links, @sample, @createdAt, @updatedAt, @deletedAt)
       ON CONFLICT (id) DO UPDATE SET date = excluded.date, date_precision = excluded.date_precision, date_end = excluded.date_end, title = excluded.title, body = excluded.body,
         section = excluded.section, impact = excluded.impact, kind = excluded.kind, starred = excluded.starred,
         links = excluded.links, sample = excluded.sample, created_at = excluded.created_at,
         updated_at = excluded.updated_at, deleted_at = excluded.deleted_at`,
    ),
    entrySeq: db.prepare<[string], { seq: number }>('SELECT seq FROM entries WHERE id = ?'),
    clearEntryLinks: db.prepare(`DELETE FROM entry_themes WHERE entry_seq = @seq`),
    clearEntryPeople: db.prepare(`DELETE FROM entry_people WHERE entry_seq = @seq`),
    clearEntryGoals: db.prepare(`DELETE FROM entry_goals WHERE entry_seq = @seq`),
    entryTheme: db.prepare(
      'INSERT INTO entry_themes (entry_seq, theme_seq, position) VALUES (@seq, (SELECT seq FROM themes WHERE id = @id), @position)',
    ),
    entryPerson: db.prepare(
      'INSERT INTO entry_people (entry_seq, person_seq, position) VALUES (@seq, (SELECT seq FROM people WHERE id = @id), @position)',
    ),
    entryGoal: db.prepare('INSERT INTO entry_goals (entry_seq, goal_seq) VALUES (@seq, (SELECT seq FROM goals WHERE id = @id))'),
    followUp: db.prepare(
      `INSERT INTO follow_ups (id, entry_seq, due, question, created_at, answered_at, answer, dismissed_at)
       VALUES (@id, (SELECT seq FROM entries WHERE id = @entryId), @due, @question, @createdAt, @answeredAt, @answer, @dismissedAt)
       ON CONFLICT (id) DO UPDATE SET entry_seq = excluded.entry_seq, due = excluded.due, question = excluded.question,
         created_at = excluded.created_at, answered_at = excluded.answered_at, answer = excluded.answer,
         dismissed_at = excluded.dismissed_at`,
    ),
    reflection: db.prepare(
      `INSERT INTO reflections (id, period, start, body, sample, created_at, updated_at)
       VALUES (@id, @period, @start, @body, @sample, @createdAt, @updatedAt)
       ON CONFLICT (id) DO UPDATE SET period = excluded.period, start = excluded.start, body = excluded.body,
         sample = excluded.sample, created_at = excluded.created_at, updated_at = excluded.updated_at`,
    ),
    reflectionIdAt: db.prepare<[string, string], { id: string }>('SELECT id FROM reflections WHERE period = ? AND start = ?'),
    draft: db.prepare(
      `INSERT INTO drafts (id, kind, reader, title, period_from, period_to, period_label, options, created_at, updated_at)
       VALUES (@id, @kind, @reader, @title, @periodFrom, @periodTo, @periodLabel, @options, @createdAt, @updatedAt)
       ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, reader = excluded.reader, title = excluded.title,
         period_from = excluded.period_from, period_to = excluded.period_to, period_label = excluded.period_label,
         options = excluded.options, created_at = excluded.created_at, updated_at = excluded.updated_at`,
    ),
    clearVersions: db.prepare('DELETE FROM draft_versions WHERE draft_seq = (SELECT seq FROM drafts WHERE id = @id)'),
    version: db.prepare(
      `INSERT INTO draft_versions (draft_seq, number, origin, markdown, bullets, created_at, updated_at)
       VALUES ((SELECT seq FROM drafts WHERE id = @draftId), @number, @origin, @markdown, @bullets, @createdAt, @updatedAt)`,
    ),
    reviewDate: db.prepare(
      `INSERT INTO review_dates (id, date, note, created_at) VALUES (@id, @date, @note, @createdAt)
       ON CONFLICT (id) DO UPDATE SET date = excluded.date, note = excluded.note, created_at = excluded.created_at`,
    ),
    reviewIdOn: db.prepare<[string], { id: string }>('SELECT id FROM review_dates WHERE date = ?'),
    setting: db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value'),
    themeIdByKey: db.prepare<[string], { id: string }>('SELECT id FROM themes WHERE name_key = ?'),
    personIdByKey: db.prepare<[string], { id: string }>('SELECT id FROM people WHERE name_key = ?'),
  };

  const counts = db.prepare<[], { entries: number; reflections: number; drafts: number }>(
    `SELECT (SELECT count(*) FROM entries) AS entries, (SELECT count(*) FROM reflections) AS reflections,
            (SELECT count(*) FROM drafts) AS drafts`,
  );
  const versionsOf = db.prepare<[number], VersionRecord>('SELECT * FROM draft_versions WHERE draft_seq = ? ORDER BY number');

  /**
   * Ids linked to each entry, for entries asked in increasing seq: walks a cursor ordered by
   * entry seq alongside the entries' own cursor (a merge join), so nothing is held but one row.
   */
  function linkedIds(rows: Iterator<{ entry_seq: number; id: string }>): (seq: number) => string[] {
    let next = rows.next();
    return (seq) => {
      const ids: string[] = [];
      while (!next.done && next.value.entry_seq < seq) next = rows.next();
      while (!next.done && next.value.entry_seq === seq) {
        ids.push(next.value.id);
        next = rows.next();
      }
      return ids;
    };
  }

  function toArchiveEntry(e: EntryRow, themeIds: string[], personIds: string[], goalIds: string[]): ArchiveEntry {
    return {
      id: e.id,
      date: e.date,
      // Written only when not a day, so older archives and day-dated journals look as before.
      ...(e.date_precision !== 'day' ? { datePrecision: e.date_precision as DatePrecision } : {}),
      ...(e.date_end ? { dateEnd: e.date_end } : {}),
      title: e.title,
      body: e.body,
      impact: e.impact,
      section: e.section as ArchiveEntry['section'],
      kind: e.kind as ArchiveEntry['kind'],
      starred: e.starred === 1,
      links: JSON.parse(e.links) as ArchiveEntry['links'],
      sample: e.sample === 1,
      createdAt: e.created_at,
      updatedAt: e.updated_at,
      deletedAt: e.deleted_at,
      themeIds,
      personIds,
      goalIds,
    };
  }

  function toArchiveDraft(d: DraftRecord, versions: ArchiveDraft['versions']): ArchiveDraft {
    return {
      id: d.id,
      kind: d.kind as ArchiveDraft['kind'],
      reader: d.reader as ArchiveDraft['reader'],
      title: d.title,
      periodFrom: d.period_from,
      periodTo: d.period_to,
      periodLabel: d.period_label,
      options: JSON.parse(d.options) as Record<string, unknown>,
      createdAt: d.created_at,
      updatedAt: d.updated_at,
      versions,
    };
  }

  function toVersion(v: DraftVersionRow): ArchiveDraft['versions'][number] {
    return {
      number: v.number,
      origin: v.origin as 'generated' | 'edited',
      markdown: v.markdown,
      bullets: v.bullets === null ? null : (JSON.parse(v.bullets) as ArchiveDraft['versions'][number]['bullets']),
      createdAt: v.created_at,
      updatedAt: v.updated_at,
    };
  }

  /** Everything but entries, reflections and drafts: small enough to read whole. */
  function manifest(): ArchiveSource['manifest'] {
    return {
      themes: read.themes.all(),
      // A note is written only when there is one, so archives of journals without notes read as before.
      people: read.people.all().map(({ note, ...p }) => (note ? { ...p, note } : p)),
      goals: read.goals.all().map((g) => ({ ...g, sample: g.sample === 1 })),
      followUps: read.followUps.all(),
      reviewDates: read.reviewDates.all(),
      settings: Object.fromEntries(read.settings.all().map((x) => [x.key, JSON.parse(x.value) as unknown])),
    };
  }

  function group(rows: { entry_seq: number; id: string }[]): Map<number, string[]> {
    const map = new Map<number, string[]>();
    for (const row of rows) map.set(row.entry_seq, [...(map.get(row.entry_seq) ?? []), row.id]);
    return map;
  }

  return {
    /**
     * The journal as an archive source whose entries, reflections and drafts are cursors:
     * what streaming exports read (same records, same order as `read`).
     */
    source(): ArchiveSource {
      return {
        manifest: manifest(),
        counts: counts.get() as { entries: number; reflections: number; drafts: number },
        *entries() {
          const themes = linkedIds(read.entryThemes.iterate());
          const people = linkedIds(read.entryPeople.iterate());
          const goals = linkedIds(read.entryGoals.iterate());
          for (const e of read.entries.iterate()) yield toArchiveEntry(e, themes(e.seq), people(e.seq), goals(e.seq));
        },
        *reflections() {
          for (const r of read.reflections.iterate()) yield { ...r, sample: r.sample === 1 };
        },
        *drafts() {
          for (const d of read.drafts.iterate()) yield toArchiveDraft(d, versionsOf.all(d.seq).map(toVersion));
        },
      };
    },

    read(): ArchiveSnapshot {
      const themes = group(read.entryThemes.all());
      const people = group(read.entryPeople.all());
      const goals = group(read.entryGoals.all());
      const versions = new Map<number, ArchiveDraft['versions']>();
      for (const v of read.versions.all()) versions.set(v.draft_seq, [...(versions.get(v.draft_seq) ?? []), toVersion(v)]);
      const m = manifest();
      // Keys in the archive's order, so a JSON export reads as before.
      return {
        themes: m.themes,
        people: m.people,
        goals: m.goals,
        entries: read.entries.all().map((e) => toArchiveEntry(e, themes.get(e.seq) ?? [], people.get(e.seq) ?? [], goals.get(e.seq) ?? [])),
        followUps: m.followUps,
        reflections: read.reflections.all().map((r) => ({ ...r, sample: r.sample === 1 })),
        drafts: read.drafts.all().map((d) => toArchiveDraft(d, versions.get(d.seq) ?? [])),
        reviewDates: m.reviewDates,
        settings: m.settings,
      };
    },

    /** Ids already in use, per kind, and the ids that other ids or names lead to. */
    lookups: {
      themeIdByName: (name: string) => write.themeIdByKey.get(themeNameKey(name))?.id,
      personIdByName: (name: string) => write.personIdByKey.get(themeNameKey(name))?.id,
      reflectionIdAt: (period: string, start: string) => write.reflectionIdAt.get(period, start)?.id,
      reviewIdOn: (date: string) => write.reviewIdOn.get(date)?.id,
    },

    writeTheme: (t: ArchiveTheme) => write.theme.run({ ...t, nameKey: themeNameKey(t.name) }),
    writePerson: (p: ArchivePerson) => write.person.run({ ...p, note: p.note ?? '', nameKey: themeNameKey(p.name) }),
    writeGoal: (g: ArchiveGoal) => write.goal.run({ ...g, sample: g.sample ? 1 : 0 }),
    writeEntry(e: ArchiveEntry): void {
      write.entry.run({
        ...e,
        datePrecision: e.datePrecision ?? 'day',
        dateEnd: e.dateEnd ?? null,
        starred: e.starred ? 1 : 0,
        sample: e.sample ? 1 : 0,
        links: JSON.stringify(e.links),
      });
      const seq = (write.entrySeq.get(e.id) as { seq: number }).seq;
      write.clearEntryLinks.run({ seq });
      write.clearEntryPeople.run({ seq });
      write.clearEntryGoals.run({ seq });
      e.themeIds.forEach((id, position) => write.entryTheme.run({ seq, id, position }));
      e.personIds.forEach((id, position) => write.entryPerson.run({ seq, id, position }));
      for (const id of e.goalIds) write.entryGoal.run({ seq, id });
    },
    writeFollowUp: (f: ArchiveFollowUp) => write.followUp.run(f),
    writeReflection: (r: ArchiveReflection) => write.reflection.run({ ...r, sample: r.sample ? 1 : 0 }),
    writeDraft(d: ArchiveDraft): void {
      write.draft.run({ ...d, options: JSON.stringify(d.options) });
      write.clearVersions.run({ id: d.id });
      for (const v of d.versions) {
        write.version.run({ draftId: d.id, ...v, bullets: v.bullets === null ? null : JSON.stringify(v.bullets) });
      }
    },
    writeReviewDate: (r: ArchiveReviewDate) => write.reviewDate.run(r),
    writeSetting: (key: string, value: unknown) => write.setting.run(key, JSON.stringify(value)),

    /** Empties every table of user data (for restoring an archive into a new journal). */
    clearAll(): void {
      db.exec(`DELETE FROM draft_versions; DELETE FROM drafts; DELETE FROM review_dates; DELETE FROM follow_ups;
               DELETE FROM entry_goals; DELETE FROM entry_people; DELETE FROM entry_themes; DELETE FROM entries;
               DELETE FROM goals; DELETE FROM people; DELETE FROM themes; DELETE FROM reflections; DELETE FROM settings;`);
    },
  };
}
