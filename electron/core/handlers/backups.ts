import type { Handlers } from '../../../shared/api/contract';
import type { BackupScheduler } from '../backups';

/** Backups: what is in the folder, and a backup on request (the scheduler allows one at a time). */
export function backupHandlers(scheduler: BackupScheduler): Pick<Handlers, 'backups.status' | 'backups.now'> {
  return {
    'backups.status': () => scheduler.status(),
    'backups.now': () => {
      // The copy runs in the background; its end (or failure) is announced as a change.
      scheduler.backupNow().catch(() => {}); // the failure is kept in status().lastError and shown
      return scheduler.status();
    },
  };
}
