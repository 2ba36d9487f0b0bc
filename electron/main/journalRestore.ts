import { ChronicleError } from '../../shared/api/errors';
import type { BackupStatus } from '../../shared/domain/model';
import type { BackendHost } from '../host/supervisor';

/**
 * Restoring a backup from Settings. The journal is open in the backend hosts, and a restore must
 * replace the file while nothing holds it: so the main process closes the hosts, lets core restore
 * (which keeps the current journal beside it), opens new hosts on the same file and tells every
 * window to read again. Calls that arrive meanwhile wait for the new hosts rather than fail.
 */

export interface RestoreDeps {
  /** The hosts already open on the journal. */
  first: BackendHost;
  /** Starts new hosts on the journal file (the same options as at start-up). */
  open(): BackendHost;
  journalPath: string;
  /** Checks a backup without changing anything; throws the ChronicleError that says why not. */
  check(source: string): void | Promise<void>;
  /** core's restoreJournal: answers where the journal as it was is kept. */
  restore(journalPath: string, source: string): Promise<string | undefined>;
  /** Every window reads again. */
  changed(): void;
}

export interface RestorableBackend extends BackendHost {
  /** Restores the backup of that name from the backup folder; answers where the old journal is kept. */
  restore(backupName: string): Promise<{ kept: string | null }>;
}

function statusOf(result: Awaited<ReturnType<BackendHost['call']>>): BackupStatus {
  if (!result.ok) throw ChronicleError.from(result.error);
  return result.value as BackupStatus;
}

export function restorableBackend(deps: RestoreDeps): RestorableBackend {
  let current = deps.first;
  /** Set while a restore runs: calls wait for it, then go to the hosts open after it. */
  let swapping: Promise<void> | null = null;

  /** One restore at a time, from its first check to the reopened hosts. */
  let busy = false;

  async function restore(backupName: string): Promise<{ kept: string | null }> {
    if (busy) throw new ChronicleError('conflict', 'A backup is already being restored.');
    busy = true;
    try {
      return await restoreNamed(backupName);
    } finally {
      busy = false;
    }
  }

  async function restoreNamed(backupName: string): Promise<{ kept: string | null }> {
    // The page names a backup, never a path: only one the backup folder lists can be restored.
    const status = statusOf(await current.call('backups.status', {}));
    const backup = status.backups.find((b) => b.name === backupName);
    if (!backup) throw new ChronicleError('not_found', `There is no backup named “${backupName}” in ${status.folder}.`);
    if (status.running) throw new ChronicleError('conflict', 'A backup is being written; restore once it is done.');
    // Checked while the journal is still open, so a bad backup costs no reopening.
    await deps.check(backup.path);

    let done!: () => void;
    swapping = new Promise((resolve) => (done = resolve));
    let kept: string | undefined;
    let failure: Error | null = null;
    try {
      await current.close();
      try {
        kept = await deps.restore(deps.journalPath, backup.path);
      } catch (error) {
        // Nothing was replaced (core restores by renaming a finished copy): reopen the journal as it was.
        failure = error instanceof Error ? error : new Error(String(error));
      }
      current = deps.open();
      try {
        await current.opened;
      } catch (error) {
        throw new ChronicleError(
          'internal',
          `Chronicle could not reopen the journal after restoring: ${error instanceof Error ? error.message : String(error)} Quit and reopen Chronicle.`,
        );
      }
    } finally {
      swapping = null;
      done();
    }
    deps.changed();
    if (failure) throw failure;
    return { kept: kept ?? null };
  }

  return {
    get opened() {
      return current.opened;
    },
    async call(method, input) {
      while (swapping) await swapping;
      return current.call(method, input);
    },
    current: () => current.current(),
    async close() {
      while (swapping) await swapping;
      await current.close();
    },
    restore,
  };
}
