import { ChronicleError } from '../../shared/api/errors';
import { type Backend, openBackend } from '../core/backend';
import type { Channel, FromHost, ToHost } from './protocol';

export interface HostOptions {
  /** Called once the journal is closed after a 'close' message; the process entry exits here. */
  onClosed?: () => void;
}

/**
 * The backend host: opens the journal when the main process says where it is, answers calls
 * through the one `dispatch`, and passes the backend's 'changed' events on. Long calls are sent to a
 * second host by main (see longWork.ts), so they never hold up the others. Every answer is sent after
 * the call returned, i.e. after its transaction committed: an acknowledged write is on disk.
 */
export function runHost(channel: Channel<ToHost, FromHost>, options: HostOptions): void {
  let backend: Backend | null = null;
  let automaticBackups = false;

  channel.onMessage((message) => {
    switch (message.type) {
      case 'open': {
        if (backend) return;
        try {
          backend = openBackend({
            databasePath: message.databasePath,
            externalPollMs: message.externalPollMs,
            automaticBackups: message.automaticBackups === true,
          });
          automaticBackups = message.automaticBackups === true;
        } catch (error) {
          const data =
            error instanceof ChronicleError
              ? error.toJSON()
              : { code: 'internal' as const, message: error instanceof Error ? error.message : String(error) };
          channel.post({ type: 'openFailed', error: data });
          return;
        }
        backend.subscribe((event) => channel.post({ type: 'event', event }));
        channel.post({ type: 'opened' });
        return;
      }
      case 'call': {
        const { id, method, input } = message;
        if (!backend) {
          channel.post({
            type: 'result',
            id,
            result: { ok: false, error: { code: 'internal', message: 'Chronicle’s journal is not open yet.' } },
          });
          return;
        }
        channel.post({ type: 'result', id, result: backend.dispatch(method, input) });
        return;
      }
      case 'close': {
        const closing = backend;
        backend = null;
        // The quit backup (core decides whether one is due) is taken before the journal closes.
        const quitBackup = closing && automaticBackups ? closing.backups.backupIfDue().catch(() => null) : Promise.resolve(null);
        void quitBackup.then(() => {
          closing?.close();
          channel.post({ type: 'closed' });
          options.onClosed?.();
        });
        return;
      }
    }
  });
}
