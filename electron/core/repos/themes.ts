import type Database from 'better-sqlite3';
import type { Theme, ThemeRef } from '../../../shared/domain/model';

interface ThemeRow {
  seq: number;
  id: string;
  name: string;
  color: string;
  description: string;
  created_at: string;
  updated_at: string;
  entry_count: number;
}

/** Case- and width-insensitive key, so `Leadership` and `leadership` are one theme. */
export function themeNameKey(name: string): string {
  return name.normalize('NFKC').toLocaleLowerCase('en-US');
}

function toTheme(row: ThemeRow): Theme {
  return {
    id: row.id,
    name: row.name,
    color: row.color,
    description: row.description,
    entryCount: row.entry_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

// A theme's entries outside the trash: all its links (one scan of a covering index) less the
// links of trashed entries (read from the trash's own index), so no entry row is read.
const SELECT_THEME = `
  SELECT t.*, coalesce(linked.n, 0) - coalesce(trashed.n, 0) AS entry_count
  FROM themes t
  LEFT JOIN (SELECT theme_seq, count(*) AS n FROM entry_themes GROUP BY theme_seq) linked ON linked.theme_seq = t.seq
  LEFT JOIN (SELECT et.theme_seq, count(*) AS n FROM entries e CROSS JOIN entry_themes et ON et.entry_seq = e.seq
             WHERE e.deleted_at IS NOT NULL GROUP BY et.theme_seq) trashed ON trashed.theme_seq = t.seq`;

/** SQL for themes; no validation or policy here. */
export function themesRepo(db: Database.Database) {
  const statements = {
    all: db.prepare<[], ThemeRow>(`${SELECT_THEME} ORDER BY t.name_key`),
    byId: db.prepare<[string], ThemeRow>(`${SELECT_THEME} WHERE t.id = ?`),
    byKey: db.prepare<[string], ThemeRef>('SELECT id, name, color FROM themes WHERE name_key = ?'),
    seqOf: db.prepare<[string], { seq: number }>('SELECT seq FROM themes WHERE id = ?'),
    colors: db.prepare<[], { color: string }>('SELECT color FROM themes ORDER BY seq'),
    ids: db.prepare<[], { id: string }>('SELECT id FROM themes'),
    insert: db.prepare(
      `INSERT INTO themes (id, name, name_key, color, description, created_at, updated_at)
       VALUES (@id, @name, @nameKey, @color, @description, @now, @now)`,
    ),
    update: db.prepare(
      `UPDATE themes SET name = @name, name_key = @nameKey, color = @color,
         description = @description, updated_at = @now WHERE id = @id`,
    ),
    moveEntries: db.prepare(
      `INSERT OR IGNORE INTO entry_themes (entry_seq, theme_seq, position)
       SELECT entry_seq, @target, position FROM entry_themes WHERE theme_seq = @source`,
    ),
    remove: db.prepare('DELETE FROM themes WHERE id = ?'),
    removeUnused: db.prepare(
      `DELETE FROM themes WHERE id IN (SELECT value FROM json_each(?))
         AND NOT EXISTS (SELECT 1 FROM entry_themes WHERE theme_seq = themes.seq)`,
    ),
    refsForEntries: db.prepare<[string], ThemeRef & { entry_seq: number }>(
      `SELECT et.entry_seq, t.id, t.name, t.color FROM entry_themes et
       JOIN themes t ON t.seq = et.theme_seq
       WHERE et.entry_seq IN (SELECT value FROM json_each(?))
       ORDER BY et.entry_seq, et.position`,
    ),
  };

  return {
    list: (): Theme[] => statements.all.all().map(toTheme),
    get: (id: string): Theme | undefined => {
      const row = statements.byId.get(id);
      return row && toTheme(row);
    },
    /** Cheap: no entry count, so entry saves that name themes stay fast on a large journal. */
    findByName: (name: string): ThemeRef | undefined => statements.byKey.get(themeNameKey(name)),
    seqOf: (id: string): number | undefined => statements.seqOf.get(id)?.seq,
    usedColors: (): string[] => statements.colors.all().map((r) => r.color),
    ids: (): string[] => statements.ids.all().map((r) => r.id),
    insert(theme: { id: string; name: string; color: string; description: string; now: string }): void {
      statements.insert.run({ ...theme, nameKey: themeNameKey(theme.name) });
    },
    update(theme: { id: string; name: string; color: string; description: string; now: string }): void {
      statements.update.run({ ...theme, nameKey: themeNameKey(theme.name) });
    },
    /** Gives every entry of `source` the theme `target` (entries with both keep one). */
    moveEntries(sourceSeq: number, targetSeq: number): void {
      statements.moveEntries.run({ source: sourceSeq, target: targetSeq });
    },
    remove: (id: string): void => {
      statements.remove.run(id);
    },
    /** Deletes those of the given themes that no entry carries. */
    removeUnused: (ids: readonly string[]): void => {
      statements.removeUnused.run(JSON.stringify(ids));
    },
    /** Theme references for many entries at once, grouped by entry, in the entry's order. */
    refsFor(entrySeqs: readonly number[]): Map<number, ThemeRef[]> {
      const grouped = new Map<number, ThemeRef[]>();
      if (entrySeqs.length === 0) return grouped;
      for (const row of statements.refsForEntries.all(JSON.stringify(entrySeqs))) {
        const list = grouped.get(row.entry_seq) ?? [];
        list.push({ id: row.id, name: row.name, color: row.color });
        grouped.set(row.entry_seq, list);
      }
      return grouped;
    },
  };
}

export type ThemesRepo = ReturnType<typeof themesRepo>;
