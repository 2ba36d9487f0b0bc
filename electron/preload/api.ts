import type { PushEvent } from '../../shared/api/contract';
import type { RpcResult } from '../../shared/api/errors';
import { EVENT_CHANNEL, INVOKE_CHANNEL, LISTENING_CHANNEL, type PreloadApi } from '../../shared/api/transport';

// LISTENING_CHANNEL is sent once per page, no payload: "this page now listens for pushes". The
// main process keeps commands for a window until then, so a window opened to run one (a
// reminder clicked while it was closed) still gets it.

type IpcListener = (event: unknown, ...args: unknown[]) => void;

/** The parts of Electron's ipcRenderer the bridge uses. */
export interface IpcRendererPort {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
  on(channel: string, listener: IpcListener): unknown;
  removeListener(channel: string, listener: IpcListener): unknown;
}

/**
 * Runs a callback once the page has loaded and its startup code had a turn to run, so that
 * every listener the app subscribes while starting is in place.
 */
export type AfterPageStart = (callback: () => void) => void;

/**
 * The object the page sees as `window.chronicle`: two functions, each bound to one channel.
 * Never ipcRenderer itself, and never the IPC event (its `sender` is ipcRenderer).
 */
export function createPreloadApi(ipc: IpcRendererPort, afterPageStart: AfterPageStart = (callback) => callback()): PreloadApi {
  let announced = false;
  return {
    invoke: (method, input) => ipc.invoke(INVOKE_CHANNEL, method, input) as Promise<RpcResult<unknown>>,
    onEvent(listener) {
      const forward: IpcListener = (_event, payload) => {
        if (isPushedEvent(payload)) listener(payload);
      };
      ipc.on(EVENT_CHANNEL, forward);
      if (!announced) {
        announced = true;
        afterPageStart(() => ipc.send(LISTENING_CHANNEL));
      }
      return () => {
        ipc.removeListener(EVENT_CHANNEL, forward);
      };
    },
  };
}

/** Pushes come from our main process; still, only pass on something shaped like an event. */
function isPushedEvent(payload: unknown): payload is PushEvent {
  return typeof payload === 'object' && payload !== null && typeof (payload as { type?: unknown }).type === 'string';
}
