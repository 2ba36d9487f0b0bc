import type { MethodName, PushEvent } from './contract';
import type { RpcResult } from './errors';

/** The one object the Electron preload puts on `window.chronicle`. */
export interface PreloadApi {
  invoke(method: MethodName, input: unknown): Promise<RpcResult<unknown>>;
  /** Subscribes to pushes (backend changes, shell commands); returns the unsubscribe function. */
  onEvent(listener: (event: PushEvent) => void): () => void;
}

/** The IPC channel for calls, and the one for pushed events. */
export const INVOKE_CHANNEL = 'chronicle:invoke';
export const EVENT_CHANNEL = 'chronicle:event';
/** Sent once by a page's preload when the page is ready for pushed commands. */
export const LISTENING_CHANNEL = 'chronicle:listening';

/** HTTP paths of the loopback bridge. */
export const RPC_PATH = '/rpc/';
export const EVENTS_PATH = '/events';
