import type Database from 'better-sqlite3';

/** Key-value storage of JSON values; the meaning of each key lives in the handlers. */
export function settingsRepo(db: Database.Database) {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const put = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  const created = db.prepare<[], { at: string | null }>('SELECT min(applied_at) AS at FROM schema_migrations');
  return {
    /** When this journal was first created (its first migration). */
    journalCreatedAt: (): string | null => created.get()?.at ?? null,
    read(key: string): unknown {
      const row = get.get(key);
      if (!row) return undefined;
      try {
        return JSON.parse(row.value) as unknown;
      } catch {
        return undefined; // a damaged value falls back to the default
      }
    },
    write(key: string, value: unknown): void {
      put.run(key, JSON.stringify(value));
    },
  };
}
