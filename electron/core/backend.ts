import type Database from 'better-sqlite3';
import { type BackendEvent, type Handlers, isMethodName, isMutation } from '../../shared/api/contract';
import { type BackupScheduler, createBackupScheduler } from './backups';
import { explainSqliteError } from './db/journalErrors';
import { BUSY_TIMEOUT_MS, openDatabase, type OpenOptions } from './db/open';
import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers, seedNewJournal } from './handlers';
import { watchDataVersion } from './changes';

export interface BackendOptions extends OpenOptions {
  databasePath: string;
  newId?: () => string;
  /** How often to look for changes made by other processes (the CLI); 0 turns it off. */
  externalPollMs?: number;
  onInternalError?: (error: unknown) => void;
  /** Rolling backups when the journal opens (and `backupIfDue` on quit); off unless asked. */
  automaticBackups?: boolean;
  /** Lets `import.*` read a file by its path: the command line only (see HandlerDeps). */
  readLocalFiles?: boolean;
}

export interface Backend {
  db: Database.Database;
  handlers: Handlers;
  /** Validates and runs one call; what both transports use. */
  dispatch: Dispatch;
  /** Events for open windows: local writes, and writes by other processes. */
  subscribe(listener: (event: BackendEvent) => void): () => void;
  /** Rolling backups of this journal: one at a time, on start, on quit, on request. */
  backups: BackupScheduler;
  close(): void;
}

/** Opens a journal and everything that serves it. Runs under plain Node: no Electron here. */
export function openBackend(options: BackendOptions): Backend {
  const { db, previousVersion } = openDatabase(options.databasePath, options);
  const listeners = new Set<(event: BackendEvent) => void>();
  const emit = (event: BackendEvent) => listeners.forEach((listener) => listener(event));
  const backups = createBackupScheduler({
    db,
    databasePath: options.databasePath,
    now: options.now,
    folderSetting: () => handlers['settings.get']({}).backup.folder,
    // No change event: a backup changes nothing in the journal (the settings page asks again
    // while one runs), and windows, reminders and shortcuts need not refetch for it.
  });
  const handlers = createHandlers({
    db,
    databasePath: options.databasePath,
    now: options.now,
    newId: options.newId,
    backups,
    readLocalFiles: options.readLocalFiles,
    onProgress: (progress) => emit({ type: 'progress', ...progress }),
  });
  const inTransaction = <T>(work: () => T): T => db.transaction(work)();
  if (previousVersion === 0) inTransaction(() => seedNewJournal(handlers));
  // The start-up backup runs after opening, so the window does not wait for it.
  if (options.automaticBackups) setTimeout(() => void backups.backupIfDue(), 0);

  const baseDispatch = createDispatch(handlers, inTransaction, options.onInternalError, (error) =>
    explainSqliteError(error, options.databasePath, options.busyTimeoutMs ?? BUSY_TIMEOUT_MS),
  );
  const dispatch: Dispatch = (method, input) => {
    const result = baseDispatch(method, input);
    if (result.ok && isMethodName(method) && isMutation(method)) emit({ type: 'changed', source: 'local' });
    return result;
  };

  const stopWatching =
    options.externalPollMs === 0
      ? () => {}
      : watchDataVersion(db, options.externalPollMs ?? 1000, () => emit({ type: 'changed', source: 'external' }));

  return {
    db,
    handlers,
    dispatch,
    backups,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      stopWatching();
      listeners.clear();
      if (db.open) db.close();
    },
  };
}
