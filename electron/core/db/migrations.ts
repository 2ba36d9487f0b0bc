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
  {
    version: 2,
    name: 'template-structure',
    up(db) {
      db.exec(`
        ALTER TABLE entries ADD COLUMN kind TEXT NOT NULL DEFAULT 'accomplishment'
          CHECK (kind IN ('accomplishment', 'learning', 'kudos'));
        -- Example entries from the welcome tour, removable in one step.
        ALTER TABLE entries ADD COLUMN sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1));
        CREATE INDEX entries_by_kind ON entries (kind, date DESC, seq DESC) WHERE deleted_at IS NULL;

        CREATE TABLE people (
          seq        INTEGER PRIMARY KEY,
          id         TEXT NOT NULL UNIQUE,
          name       TEXT NOT NULL,
          name_key   TEXT NOT NULL UNIQUE,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;
        CREATE TABLE entry_people (
          entry_seq  INTEGER NOT NULL REFERENCES entries (seq) ON DELETE CASCADE,
          person_seq INTEGER NOT NULL REFERENCES people (seq) ON DELETE CASCADE,
          position   INTEGER NOT NULL,
          PRIMARY KEY (entry_seq, person_seq)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX entry_people_by_person ON entry_people (person_seq, entry_seq);

        CREATE TABLE goals (
          seq         INTEGER PRIMARY KEY,
          id          TEXT NOT NULL UNIQUE,
          year        INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
          title       TEXT NOT NULL CHECK (length(title) > 0),
          description TEXT NOT NULL DEFAULT '',
          status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'achieved', 'dropped')),
          sample      INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
          created_at  TEXT NOT NULL,
          updated_at  TEXT NOT NULL
        ) STRICT;
        CREATE INDEX goals_by_year ON goals (year, seq);
        CREATE TABLE entry_goals (
          entry_seq INTEGER NOT NULL REFERENCES entries (seq) ON DELETE CASCADE,
          goal_seq  INTEGER NOT NULL REFERENCES goals (seq) ON DELETE CASCADE,
          PRIMARY KEY (entry_seq, goal_seq)
        ) STRICT, WITHOUT ROWID;
        CREATE INDEX entry_goals_by_goal ON entry_goals (goal_seq, entry_seq);

        CREATE TABLE reflections (
          seq        INTEGER PRIMARY KEY,
          id         TEXT NOT NULL UNIQUE,
          period     TEXT NOT NULL CHECK (period IN ('week', 'quarter', 'year')),
          start      TEXT NOT NULL CHECK (start GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
          body       TEXT NOT NULL,
          sample     INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1)),
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          UNIQUE (period, start)
        ) STRICT;

        CREATE TABLE follow_ups (
          seq          INTEGER PRIMARY KEY,
          id           TEXT NOT NULL UNIQUE,
          entry_seq    INTEGER NOT NULL REFERENCES entries (seq) ON DELETE CASCADE,
          due          TEXT NOT NULL CHECK (due GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
          question     TEXT NOT NULL DEFAULT '',
          created_at   TEXT NOT NULL,
          answered_at  TEXT,
          answer       TEXT,
          dismissed_at TEXT
        ) STRICT;
        CREATE INDEX follow_ups_open ON follow_ups (due) WHERE answered_at IS NULL AND dismissed_at IS NULL;
        CREATE INDEX follow_ups_by_entry ON follow_ups (entry_seq);

        -- People's names become searchable: the full-text table gains a column, so it is
        -- rebuilt with its triggers and refilled from the entries.
        DROP TRIGGER entries_fts_insert;
        DROP TRIGGER entries_fts_update;
        DROP TRIGGER entries_fts_delete;
        DROP TRIGGER entry_themes_fts_insert;
        DROP TRIGGER entry_themes_fts_delete;
        DROP TRIGGER themes_fts_rename;
        DROP TABLE entries_fts;

        CREATE VIRTUAL TABLE entries_fts USING fts5 (
          title, body, impact, themes, people,
          tokenize = 'unicode61 remove_diacritics 2',
          prefix = '2 3'
        );
        CREATE VIEW entry_search_text AS
          SELECT e.seq, e.title, e.body, e.impact,
                 (SELECT coalesce(group_concat(t.name, ' '), '') FROM entry_themes et
                  JOIN themes t ON t.seq = et.theme_seq WHERE et.entry_seq = e.seq) AS themes,
                 (SELECT coalesce(group_concat(p.name, ' '), '') FROM entry_people ep
                  JOIN people p ON p.seq = ep.person_seq WHERE ep.entry_seq = e.seq) AS people
          FROM entries e WHERE e.deleted_at IS NULL;

        INSERT INTO entries_fts (rowid, title, body, impact, themes, people)
          SELECT seq, title, body, impact, themes, people FROM entry_search_text;

        CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries
        WHEN new.deleted_at IS NULL BEGIN
          INSERT INTO entries_fts (rowid, title, body, impact, themes, people)
            SELECT seq, title, body, impact, themes, people FROM entry_search_text WHERE seq = new.seq;
        END;
        CREATE TRIGGER entries_fts_update AFTER UPDATE OF title, body, impact, deleted_at ON entries BEGIN
          DELETE FROM entries_fts WHERE rowid = old.seq;
          INSERT INTO entries_fts (rowid, title, body, impact, themes, people)
            SELECT seq, title, body, impact, themes, people FROM entry_search_text WHERE seq = new.seq;
        END;
        CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
          DELETE FROM entries_fts WHERE rowid = old.seq;
        END;

        CREATE TRIGGER entry_themes_fts_insert AFTER INSERT ON entry_themes BEGIN
          UPDATE entries_fts SET themes = (SELECT themes FROM entry_search_text WHERE seq = new.entry_seq)
          WHERE rowid = new.entry_seq;
        END;
        CREATE TRIGGER entry_themes_fts_delete AFTER DELETE ON entry_themes BEGIN
          UPDATE entries_fts SET themes = (SELECT themes FROM entry_search_text WHERE seq = old.entry_seq)
          WHERE rowid = old.entry_seq;
        END;
        CREATE TRIGGER themes_fts_rename AFTER UPDATE OF name ON themes BEGIN
          UPDATE entries_fts SET themes = (SELECT themes FROM entry_search_text s WHERE s.seq = entries_fts.rowid)
          WHERE rowid IN (SELECT entry_seq FROM entry_themes WHERE theme_seq = new.seq);
        END;

        CREATE TRIGGER entry_people_fts_insert AFTER INSERT ON entry_people BEGIN
          UPDATE entries_fts SET people = (SELECT people FROM entry_search_text WHERE seq = new.entry_seq)
          WHERE rowid = new.entry_seq;
        END;
        CREATE TRIGGER entry_people_fts_delete AFTER DELETE ON entry_people BEGIN
          UPDATE entries_fts SET people = (SELECT people FROM entry_search_text WHERE seq = old.entry_seq)
          WHERE rowid = old.entry_seq;
        END;
        CREATE TRIGGER people_fts_rename AFTER UPDATE OF name ON people BEGIN
          UPDATE entries_fts SET people = (SELECT people FROM entry_search_text s WHERE s.seq = entries_fts.rowid)
          WHERE rowid IN (SELECT entry_seq FROM entry_people WHERE person_seq = new.seq);
        END;
      `);
    },
  },
  {
    version: 3,
    name: 'review-drafts',
    up(db) {
      db.exec(`
        -- Days the user had a review, for "since my last review".
        CREATE TABLE review_dates (
          seq        INTEGER PRIMARY KEY,
          id         TEXT NOT NULL UNIQUE,
          date       TEXT NOT NULL UNIQUE CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
          note       TEXT NOT NULL DEFAULT '',
          created_at TEXT NOT NULL
        ) STRICT;

        -- Generated writing the user edits and keeps: summaries, review packets, bullet sets.
        CREATE TABLE drafts (
          seq          INTEGER PRIMARY KEY,
          id           TEXT NOT NULL UNIQUE,
          kind         TEXT NOT NULL CHECK (kind IN ('summary', 'packet', 'bullets')),
          reader       TEXT CHECK (reader IN ('manager', 'peer')),
          title        TEXT NOT NULL,
          period_from  TEXT NOT NULL,
          period_to    TEXT NOT NULL,
          period_label TEXT NOT NULL,
          options      TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(options)),
          created_at   TEXT NOT NULL,
          updated_at   TEXT NOT NULL
        ) STRICT;
        CREATE INDEX drafts_by_kind ON drafts (kind, updated_at DESC);

        -- Every version is kept: regenerating adds one and never overwrites the user's edits.
        CREATE TABLE draft_versions (
          seq        INTEGER PRIMARY KEY,
          draft_seq  INTEGER NOT NULL REFERENCES drafts (seq) ON DELETE CASCADE,
          number     INTEGER NOT NULL,
          origin     TEXT NOT NULL CHECK (origin IN ('generated', 'edited')),
          markdown   TEXT NOT NULL,
          -- for bullet sets: the items with their sources, as JSON
          bullets    TEXT CHECK (bullets IS NULL OR json_valid(bullets)),
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          UNIQUE (draft_seq, number)
        ) STRICT;
      `);
    },
  },
  {
    version: 4,
    name: 'date-precision',
    up(db) {
      // What the author wrote about when: a day (every entry so far), or a week, part of a month,
      // month, quarter, half, season or year starting on \`date\`, or a range ending on date_end.
      // \`date\` keeps meaning the first day, so sorting, paging and filtering are unchanged.
      db.exec(`
        ALTER TABLE entries ADD COLUMN date_precision TEXT NOT NULL DEFAULT 'day'
          CHECK (date_precision IN ('day', 'week', 'part', 'month', 'quarter', 'half', 'season', 'year'));
        ALTER TABLE entries ADD COLUMN date_end TEXT
          CHECK (date_end IS NULL OR (date_end GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND date_end >= date));
        -- Who a person is to the author ("my manager", "PM at the telecom"), as an import read it.
        ALTER TABLE people ADD COLUMN note TEXT NOT NULL DEFAULT '';
      `);
    },
  },
  {
    version: 5,
    name: 'search-index-once',
    up(db) {
      db.exec(`
        -- Bulk writes (imports, archive restores, one entry with its themes and people) index
        -- each entry once. While fts_batch holds its one row, the triggers only note which
        -- entries changed in fts_pending; the writer then indexes those from entry_search_text
        -- and empties both, inside the same transaction (electron/core/db/searchIndex.ts).
        CREATE TABLE fts_batch (only INTEGER PRIMARY KEY CHECK (only = 1)) STRICT;
        CREATE TABLE fts_pending (seq INTEGER PRIMARY KEY) STRICT;

        DROP TRIGGER entries_fts_insert;
        DROP TRIGGER entries_fts_update;
        DROP TRIGGER entries_fts_delete;
        DROP TRIGGER entry_themes_fts_insert;
        DROP TRIGGER entry_themes_fts_delete;
        DROP TRIGGER themes_fts_rename;
        DROP TRIGGER entry_people_fts_insert;
        DROP TRIGGER entry_people_fts_delete;
        DROP TRIGGER people_fts_rename;
        DROP TABLE entries_fts;

        -- Symbols (So, Sk) and marks (M*) are word characters too, so emoji are searchable;
        -- a zero-width joiner still separates, and the query is tokenized the same way.
        CREATE VIRTUAL TABLE entries_fts USING fts5 (
          title, body, impact, themes, people,
          tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M* So Sk'",
          prefix = '2 3'
        );
        -- In rowid order, so FTS5 builds large segments (see searchIndex.ts).
        INSERT INTO entries_fts (rowid, title, body, impact, themes, people)
          SELECT seq, title, body, impact, themes, people FROM entry_search_text ORDER BY seq;

        CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries
        WHEN new.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM fts_batch) BEGIN
          INSERT INTO entries_fts (rowid, title, body, impact, themes, people)
            SELECT seq, title, body, impact, themes, people FROM entry_search_text WHERE seq = new.seq;
        END;
        CREATE TRIGGER entries_fts_update AFTER UPDATE OF title, body, impact, deleted_at ON entries
        WHEN NOT EXISTS (SELECT 1 FROM fts_batch) BEGIN
          DELETE FROM entries_fts WHERE rowid = old.seq;
          INSERT INTO entries_fts (rowid, title, body, impact, themes, people)
            SELECT seq, title, body, impact, themes, people FROM entry_search_text WHERE seq = new.seq;
        END;
        CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
          DELETE FROM entries_fts WHERE rowid = old.seq;
        END;

        CREATE TRIGGER entry_themes_fts_insert AFTER INSERT ON entry_themes
        WHEN NOT EXISTS (SELECT 1 FROM fts_batch) BEGIN
          UPDATE entries_fts SET themes = (SELECT themes FROM entry_search_text WHERE seq = new.entry_seq)
          WHERE rowid = new.entry_seq;
        END;
        CREATE TRIGGER entry_themes_fts_delete AFTER DELETE ON entry_themes
        WHEN NOT EXISTS (SELECT 1 FROM fts_batch) BEGIN
          UPDATE entries_fts SET themes = (SELECT themes FROM entry_search_text WHERE seq = old.entry_seq)
          WHERE rowid = old.entry_seq;
        END;
        CREATE TRIGGER themes_fts_rename AFTER UPDATE OF name ON themes
        WHEN NOT EXISTS (SELECT 1 FROM fts_batch) BEGIN
          UPDATE entries_fts SET themes = (SELECT themes FROM entry_search_text s WHERE s.seq = entries_fts.rowid)
          WHERE rowid IN (SELECT entry_seq FROM entry_themes WHERE theme_seq = new.seq);
        END;

        CREATE TRIGGER entry_people_fts_insert AFTER INSERT ON entry_people
        WHEN NOT EXISTS (SELECT 1 FROM fts_batch) BEGIN
          UPDATE entries_fts SET people = (SELECT people FROM entry_search_text WHERE seq = new.entry_seq)
          WHERE rowid = new.entry_seq;
        END;
        CREATE TRIGGER entry_people_fts_delete AFTER DELETE ON entry_people
        WHEN NOT EXISTS (SELECT 1 FROM fts_batch) BEGIN
          UPDATE entries_fts SET people = (SELECT people FROM entry_search_text WHERE seq = old.entry_seq)
          WHERE rowid = old.entry_seq;
        END;
        CREATE TRIGGER people_fts_rename AFTER UPDATE OF name ON people
        WHEN NOT EXISTS (SELECT 1 FROM fts_batch) BEGIN
          UPDATE entries_fts SET people = (SELECT people FROM entry_search_text s WHERE s.seq = entries_fts.rowid)
          WHERE rowid IN (SELECT entry_seq FROM entry_people WHERE person_seq = new.seq);
        END;

        -- The same changes during a batch: remember the entry, index it once at the end.
        CREATE TRIGGER entries_fts_insert_later AFTER INSERT ON entries
        WHEN EXISTS (SELECT 1 FROM fts_batch) BEGIN
          INSERT OR IGNORE INTO fts_pending (seq) VALUES (new.seq);
        END;
        CREATE TRIGGER entries_fts_update_later AFTER UPDATE OF title, body, impact, deleted_at ON entries
        WHEN EXISTS (SELECT 1 FROM fts_batch) BEGIN
          INSERT OR IGNORE INTO fts_pending (seq) VALUES (new.seq);
        END;
        CREATE TRIGGER entry_themes_fts_insert_later AFTER INSERT ON entry_themes
        WHEN EXISTS (SELECT 1 FROM fts_batch) BEGIN
          INSERT OR IGNORE INTO fts_pending (seq) VALUES (new.entry_seq);
        END;
        CREATE TRIGGER entry_themes_fts_delete_later AFTER DELETE ON entry_themes
        WHEN EXISTS (SELECT 1 FROM fts_batch) BEGIN
          INSERT OR IGNORE INTO fts_pending (seq) VALUES (old.entry_seq);
        END;
        CREATE TRIGGER themes_fts_rename_later AFTER UPDATE OF name ON themes
        WHEN EXISTS (SELECT 1 FROM fts_batch) BEGIN
          INSERT OR IGNORE INTO fts_pending (seq) SELECT entry_seq FROM entry_themes WHERE theme_seq = new.seq;
        END;
        CREATE TRIGGER entry_people_fts_insert_later AFTER INSERT ON entry_people
        WHEN EXISTS (SELECT 1 FROM fts_batch) BEGIN
          INSERT OR IGNORE INTO fts_pending (seq) VALUES (new.entry_seq);
        END;
        CREATE TRIGGER entry_people_fts_delete_later AFTER DELETE ON entry_people
        WHEN EXISTS (SELECT 1 FROM fts_batch) BEGIN
          INSERT OR IGNORE INTO fts_pending (seq) VALUES (old.entry_seq);
        END;
        CREATE TRIGGER people_fts_rename_later AFTER UPDATE OF name ON people
        WHEN EXISTS (SELECT 1 FROM fts_batch) BEGIN
          INSERT OR IGNORE INTO fts_pending (seq) SELECT entry_seq FROM entry_people WHERE person_seq = new.seq;
        END;

        -- Counting without reading entries: every column the dashboard groups by, in date
        -- order, so a period's counts read one range of this index (electron/core/repos/dashboard.ts).
        CREATE INDEX entries_facts ON entries (deleted_at, date, section, kind, starred);
      `);
    },
  },
  {
    version: 6,
    name: 'git-suggestions',
    up(db) {
      db.exec(`
        -- Commits the user already turned into an entry, or dismissed: never suggested twice.
        -- Keyed by the commit hash alone, so two clones of one repository agree.
        CREATE TABLE suggestion_commits (
          sha        TEXT PRIMARY KEY,
          repository TEXT NOT NULL,
          decision   TEXT NOT NULL CHECK (decision IN ('added', 'dismissed')),
          entry_id   TEXT,
          decided_at TEXT NOT NULL
        ) STRICT;
      `);
    },
  },
  {
    // Issue 13.5: the review generators read each entry's analysis from here instead of
    // re-reading its text with an NLP library on every summary. Keyed by entry and by a
    // revision (analysis version + a hash of the text it was made from), filled lazily.
    version: 7,
    name: 'entry_analysis',
    up(db) {
      db.exec(`
        CREATE TABLE entry_analysis (
          entry_id TEXT PRIMARY KEY REFERENCES entries (id) ON DELETE CASCADE,
          revision TEXT NOT NULL,
          analysis TEXT NOT NULL CHECK (json_valid(analysis))
        ) STRICT;
      `);
    },
  },
  {
    // Issue 13.5: beside each entry's analysis, what the review generators derive from its text
    // (what was done, what happened, its words for theme suggestions), so a year's summary does
    // not re-read every body. Keyed like entry_analysis: by entry, kind of part and a revision.
    version: 8,
    name: 'entry_review_parts',
    up(db) {
      db.exec(`
        CREATE TABLE entry_review_parts (
          entry_id TEXT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
          part     TEXT NOT NULL,
          revision TEXT NOT NULL,
          value    TEXT NOT NULL CHECK (json_valid(value)),
          PRIMARY KEY (entry_id, part)
        ) STRICT, WITHOUT ROWID;
      `);
    },
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
