import type { BackendEvent } from '../../shared/api/contract';
import type { RpcResult } from '../../shared/api/errors';
import { EVENT_CHANNEL, INVOKE_CHANNEL, type PreloadApi } from '../../shared/api/transport';

type IpcListener = (event: unknown, ...args: unknown[]) => void;

/** The parts of Electron's ipcRenderer the bridge uses. */
export interface IpcRendererPort {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: IpcListener): unknown;
  removeListener(channel: string, listener: IpcListener): unknown;
}

/**
 * The object the page sees as `window.chronicle`: two functions, each bound to one channel.
 * Never ipcRenderer itself, and never the IPC event (its `sender` is ipcRenderer).
 */
export function createPreloadApi(ipc: IpcRendererPort): PreloadApi {
  return {
    invoke: (method, input) => ipc.invoke(INVOKE_CHANNEL, method, input) as Promise<RpcResult<unknown>>,
    onEvent(listener) {
      const forward: IpcListener = (_event, payload) => {
        if (isPushedEvent(payload)) listener(payload);
      };
      ipc.on(EVENT_CHANNEL, forward);
      return () => {
        ipc.removeListener(EVENT_CHANNEL, forward);
      };
    },
  };
}

/** Pushes come from our main process; still, only pass on something shaped like an event. */
function isPushedEvent(payload: unknown): payload is BackendEvent {
  return typeof payload === 'object' && payload !== null && typeof (payload as { type?: unknown }).type === 'string';
}
