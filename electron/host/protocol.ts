import type { BackendEvent } from '../../shared/api/contract';
import type { ChronicleErrorData, RpcResult } from '../../shared/api/errors';

/**
 * The messages between the main process and the backend host (and between the host and its
 * long-work thread). Plain data only: they cross a process boundary by structured clone.
 */
export type ToHost =
  | { type: 'open'; databasePath: string; externalPollMs?: number; automaticBackups?: boolean }
  | { type: 'call'; id: number; method: string; input: unknown }
  | { type: 'close' };

export type FromHost =
  | { type: 'opened' }
  | { type: 'openFailed'; error: ChronicleErrorData }
  | { type: 'result'; id: number; result: RpcResult<unknown> }
  | { type: 'event'; event: BackendEvent }
  | { type: 'closed' };

/** Either end of a message channel: a utility process's parentPort, a forked child, a MessagePort. */
export interface Channel<In, Out> {
  post(message: Out): void;
  onMessage(listener: (message: In) => void): void;
}
