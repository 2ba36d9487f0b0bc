import type Database from 'better-sqlite3';

/**
 * Calls `onChange` when another connection (the CLI, a second window's process) commits to
 * the journal. SQLite's `data_version` changes exactly then, and reading it costs microseconds,
 * so polling it beats watching the WAL file, which changes on our own writes and checkpoints.
 */
export function watchDataVersion(db: Database.Database, intervalMs: number, onChange: () => void): () => void {
  const read = () => db.pragma('data_version', { simple: true }) as number;
  let last = read();
  const timer = setInterval(() => {
    if (!db.open) return;
    const current = read();
    if (current !== last) {
      last = current;
      onChange();
    }
  }, intervalMs);
  timer.unref?.();
  return () => clearInterval(timer);
}
