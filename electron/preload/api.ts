import type { PushEvent } from '../../shared/api/contract';
import type { RpcResult } from '../../shared/api/errors';
import { EVENT_CHANNEL, FILES_CHANNEL, type FileApi, INVOKE_CHANNEL, LISTENING_CHANNEL, type PreloadApi } from '../../shared/api/transport';

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
 * The object the page sees as `window.chronicle`: two functions and the file dialogs, each bound
 * to one channel. Never ipcRenderer itself, and never the IPC event (its `sender` is ipcRenderer).
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
    files: createFileApi(ipc),
  };
}

/**
 * Each file operation is one call on the files channel: the operation's name, then its
 * arguments, which are plain data (the main process validates them and opens the dialogs).
 */
function createFileApi(ipc: IpcRendererPort): FileApi {
  const call = (operation: keyof FileApi, ...args: unknown[]) => ipc.invoke(FILES_CHANNEL, operation, ...args);
  return {
    saveFile: (file) => call('saveFile', file) as ReturnType<FileApi['saveFile']>,
    saveFolder: (folderName, files) => call('saveFolder', folderName, files) as ReturnType<FileApi['saveFolder']>,
    openFile: () => call('openFile') as ReturnType<FileApi['openFile']>,
    openFolder: () => call('openFolder') as ReturnType<FileApi['openFolder']>,
    showInFolder: (target) => call('showInFolder', target) as ReturnType<FileApi['showInFolder']>,
    savePdf: (request) => call('savePdf', request) as ReturnType<FileApi['savePdf']>,
    chooseFolder: (purpose) => call('chooseFolder', purpose) as ReturnType<FileApi['chooseFolder']>,
    restoreBackup: (backupName) => call('restoreBackup', backupName) as ReturnType<FileApi['restoreBackup']>,
  };
}

/** Pushes come from our main process; still, only pass on something shaped like an event. */
function isPushedEvent(payload: unknown): payload is PushEvent {
  return typeof payload === 'object' && payload !== null && typeof (payload as { type?: unknown }).type === 'string';
}
