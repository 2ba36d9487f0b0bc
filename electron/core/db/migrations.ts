import type Database from 'better-sqlite3';

export interface Migration {
  /** Consecutive from 1. Never renumber or edit a released migration; add a new one. */
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/**
 * The schema's whole history, in order. Each runs in its own transaction and is recorded in
 * `schema_migrations`; `PRAGMA user_version` mirrors the last one so the version can be read
 * without touching any table.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'journal',
    up(db) {
      db.exec(`
        CREATE TABLE settings (
          key   TEXT PRIMARY KEY,
          value TEXT NOT NULL
        ) STRICT;

        CREATE TABLE themes (
          seq         INTEGER PRIMARY KEY,
          id          TEXT NOT NULL UNIQUE,
          name        TEXT NOT NULL,
          -- the name folded for case-insensitive uniqueness (Unicode-aware, done in code)
          name_key    TEXT NOT NULL UNIQUE,
          color       TEXT NOT NULL,
          description TEXT NOT NULL DEFAULT '',
          created_at  TEXT NOT NULL,
          updated_at  TEXT NOT NULL
        ) STRICT;

        CREATE TABLE entries (
          seq        INTEGER PRIMARY KEY,
          id         TEXT NOT NULL UNIQUE,
          date       TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
          title      TEXT NOT NULL CHECK (length(title) > 0),
          body       TEXT NOT NULL DEFAULT '',
          section    TEXT NOT NULL,
          impact     TEXT NOT NULL DEFAULT '',
          starred    INTEGER NOT NULL DEFAULT 0 CHECK (starred IN (0, 1)),
          links      TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(links)),
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          deleted_at TEXT
        ) STRICT;
        CREATE INDEX entries_timeline ON entries (date DESC, seq DESC) WHERE deleted_at IS NULL;
        CREATE INDEX entries_by_section ON entries (section, date DESC, seq DESC) WHERE deleted_at IS NULL;
        CREATE INDEX entries_starred ON entries (date DESC, seq DESC) WHERE deleted_at IS NULL AND starred = 1;
        CREATE INDEX entries_trash ON entries (date DESC, seq DESC) WHERE deleted_at IS NOT NULL;

        CREATE TABLE entry_themes (
          entry_seq INTEGER NOT NULL REFERENCES entries (seq) ON DELETE CASCADE,
          theme_seq INTEGER NOT NULL REFERENCES themes (seq) ON DELETE CASCADE,
          position  INTEGER NOT NULL,
          PRIMARY KEY (entry_seq, theme_seq)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX entry_themes_by_theme ON entry_themes (theme_seq, entry_seq);

        -- Full-text index of entries in the journal (not the trash). It keeps its own copy of
        -- the text so that snippet() works; the triggers below are the only writers.
        CREATE VIRTUAL TABLE entries_fts USING fts5 (
          title, body, impact, themes,
          tokenize = 'unicode61 remove_diacritics 2',
          prefix = '2 3'
        );

        CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries
        WHEN new.deleted_at IS NULL BEGIN
          INSERT INTO entries_fts (rowid, title, body, impact, themes)
          VALUES (new.seq, new.title, new.body, new.impact,
                  (SELECT coalesce(group_concat(t.name, ' '), '') FROM entry_themes et
                   JOIN themes t ON t.seq = et.theme_seq WHERE et.entry_seq = new.seq));
        END;

        CREATE TRIGGER entries_fts_update AFTER UPDATE OF date, title, body, impact, deleted_at ON entries
        BEGIN
          DELETE FROM entries_fts WHERE rowid = old.seq;
          INSERT INTO entries_fts (rowid, title, body, impact, themes)
          SELECT new.seq, new.title, new.body, new.impact,
                 (SELECT coalesce(group_concat(t.name, ' '), '') FROM entry_themes et
                  JOIN themes t ON t.seq = et.theme_seq WHERE et.entry_seq = new.seq)
          WHERE new.deleted_at IS NULL;
        END;

        CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
          DELETE FROM entries_fts WHERE rowid = old.seq;
        END;

        CREATE TRIGGER entry_themes_fts_insert AFTER INSERT ON entry_themes BEGIN
          UPDATE entries_fts SET themes =
            (SELECT coalesce(group_concat(t.name, ' '), '') FROM entry_themes et
             JOIN themes t ON t.seq = et.theme_seq WHERE et.entry_seq = new.entry_seq)
          WHERE rowid = new.entry_seq;
        END;

        CREATE TRIGGER entry_themes_fts_delete AFTER DELETE ON entry_themes BEGIN
          UPDATE entries_fts SET themes =
            (SELECT coalesce(group_concat(t.name, ' '), '') FROM entry_themes et
             JOIN themes t ON t.seq = et.theme_seq WHERE et.entry_seq = old.entry_seq)
          WHERE rowid = old.entry_seq;
        END;

        CREATE TRIGGER themes_fts_rename AFTER UPDATE OF name ON themes BEGIN
          UPDATE entries_fts SET themes =
            (SELECT coalesce(group_concat(t.name, ' '), '') FROM entry_themes et
             JOIN themes t ON t.seq = et.theme_seq WHERE et.entry_seq = entries_fts.rowid)
          WHERE rowid IN (SELECT entry_seq FROM entry_themes WHERE theme_seq = new.seq);
        END;
      `);
    },
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
