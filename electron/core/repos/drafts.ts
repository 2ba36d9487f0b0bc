import type Database from 'better-sqlite3';

export interface DraftRow {
  seq: number;
  id: string;
  kind: string;
  reader: string | null;
  title: string;
  period_from: string;
  period_to: string;
  period_label: string;
  options: string;
  created_at: string;
  updated_at: string;
  version_count: number;
}

export interface DraftVersionRow {
  number: number;
  origin: string;
  markdown: string;
  bullets: string | null;
  created_at: string;
  updated_at: string;
}

const SELECT_DRAFT = `SELECT d.*, (SELECT count(*) FROM draft_versions v WHERE v.draft_seq = d.seq) AS version_count FROM drafts d`;

/** SQL for saved drafts and their versions; no validation or policy here. */
export function draftsRepo(db: Database.Database) {
  const statements = {
    list: db.prepare<{ kind: string | null }, DraftRow>(
      `${SELECT_DRAFT} WHERE @kind IS NULL OR d.kind = @kind ORDER BY d.updated_at DESC, d.seq DESC`,
    ),
    byId: db.prepare<[string], DraftRow>(`${SELECT_DRAFT} WHERE d.id = ?`),
    insert: db.prepare(
      `INSERT INTO drafts (id, kind, reader, title, period_from, period_to, period_label, options, created_at, updated_at)
       VALUES (@id, @kind, @reader, @title, @from, @to, @label, @options, @now, @now)`,
    ),
    touch: db.prepare('UPDATE drafts SET updated_at = @now WHERE seq = @seq'),
    rename: db.prepare('UPDATE drafts SET title = @title, updated_at = @now WHERE seq = @seq'),
    remove: db.prepare('DELETE FROM drafts WHERE id = ?'),
    versions: db.prepare<[number], DraftVersionRow>(
      'SELECT number, origin, markdown, bullets, created_at, updated_at FROM draft_versions WHERE draft_seq = ? ORDER BY number',
    ),
    version: db.prepare<[number, number], DraftVersionRow>(
      'SELECT number, origin, markdown, bullets, created_at, updated_at FROM draft_versions WHERE draft_seq = ? AND number = ?',
    ),
    latest: db.prepare<[number], DraftVersionRow>(
      'SELECT number, origin, markdown, bullets, created_at, updated_at FROM draft_versions WHERE draft_seq = ? ORDER BY number DESC LIMIT 1',
    ),
    addVersion: db.prepare(
      `INSERT INTO draft_versions (draft_seq, number, origin, markdown, bullets, created_at, updated_at)
       VALUES (@seq, (SELECT coalesce(max(number), 0) + 1 FROM draft_versions WHERE draft_seq = @seq), @origin, @markdown, @bullets, @now, @now)`,
    ),
    updateVersion: db.prepare(
      'UPDATE draft_versions SET markdown = @markdown, bullets = @bullets, updated_at = @now WHERE draft_seq = @seq AND number = @number',
    ),
  };

  return {
    list: (kind?: string): DraftRow[] => statements.list.all({ kind: kind ?? null }),
    get: (id: string): DraftRow | undefined => statements.byId.get(id),
    insert(draft: {
      id: string;
      kind: string;
      reader: string | null;
      title: string;
      from: string;
      to: string;
      label: string;
      options: unknown;
      now: string;
    }): number {
      return Number(statements.insert.run({ ...draft, options: JSON.stringify(draft.options) }).lastInsertRowid);
    },
    rename: (seq: number, title: string, now: string): void => {
      statements.rename.run({ seq, title, now });
    },
    remove: (id: string): void => {
      statements.remove.run(id);
    },
    versions: (seq: number): DraftVersionRow[] => statements.versions.all(seq),
    version: (seq: number, number: number): DraftVersionRow | undefined => statements.version.get(seq, number),
    latest: (seq: number): DraftVersionRow | undefined => statements.latest.get(seq),
    addVersion(seq: number, version: { origin: 'generated' | 'edited'; markdown: string; bullets: unknown; now: string }): void {
      statements.addVersion.run({ seq, ...version, bullets: version.bullets === null ? null : JSON.stringify(version.bullets) });
      statements.touch.run({ seq, now: version.now });
    },
    updateVersion(seq: number, number: number, version: { markdown: string; bullets: unknown; now: string }): void {
      statements.updateVersion.run({ seq, number, ...version, bullets: version.bullets === null ? null : JSON.stringify(version.bullets) });
      statements.touch.run({ seq, now: version.now });
    },
  };
}

export function reviewDatesRepo(db: Database.Database) {
  const statements = {
    list: db.prepare<[], { id: string; date: string; note: string }>('SELECT id, date, note FROM review_dates ORDER BY date DESC'),
    byDate: db.prepare<[string], { id: string }>('SELECT id FROM review_dates WHERE date = ?'),
    insert: db.prepare('INSERT INTO review_dates (id, date, note, created_at) VALUES (@id, @date, @note, @now)'),
    remove: db.prepare('DELETE FROM review_dates WHERE id = ?'),
  };
  return {
    list: () => statements.list.all(),
    findByDate: (date: string) => statements.byDate.get(date),
    insert: (review: { id: string; date: string; note: string; now: string }): void => {
      statements.insert.run(review);
    },
    remove: (id: string): number => statements.remove.run(id).changes,
  };
}
