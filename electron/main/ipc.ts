import type { IpcMain } from 'electron';
import { NOT_FROM_PAGES } from '../../shared/api/contract';
import type { RpcResult } from '../../shared/api/errors';
import { INVOKE_CHANNEL, LISTENING_CHANNEL } from '../../shared/api/transport';
import { isTrustedSender, type SenderFrame } from './senderValidation';

/** What the handler needs from Electron's IpcMainInvokeEvent. */
export interface InvokeEvent {
  readonly senderFrame: SenderFrame | null;
}

/** What one call answers: at once (in-process dispatch) or later (the backend host). */
type Answer = RpcResult<unknown> | Promise<RpcResult<unknown>>;

export type InvokeHandler<R extends Answer = RpcResult<unknown>> = (event: InvokeEvent, method: unknown, input: unknown) => R;

/** The backend as the handler reaches it: in-process `dispatch`, or the backend host (async). */
export type InvokeTarget<R extends Answer = Answer> = (method: string, input: unknown) => R;

/**
 * The handler behind the one IPC channel. It never throws: a forged call (foreign frame,
 * non-string or unknown method, bad input) gets an error value, like any other failed call.
 * Method and input are checked again by `dispatch`, which validates against the contract.
 */
export function createInvokeHandler<R extends Answer>(
  dispatch: InvokeTarget<R>,
  trustedOrigins: readonly string[],
): InvokeHandler<R | RpcResult<unknown>> {
  return (event, method, input) => {
    if (!isTrustedSender(event.senderFrame, trustedOrigins)) {
      return { ok: false, error: { code: 'forbidden', message: 'This page is not allowed to use Chronicle’s backend.' } };
    }
    if (typeof method !== 'string') {
      return { ok: false, error: { code: 'unknown_method', message: 'A backend method name must be a string.' } };
    }
    if (NOT_FROM_PAGES.has(method)) {
      return { ok: false, error: { code: 'forbidden', message: 'A page cannot ask Chronicle to write to a path on disk.' } };
    }
    return dispatch(method, input);
  };
}

/** Registers the handler on the invoke channel; returns the function that removes it. */
export function registerInvokeHandler(ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>, handler: InvokeHandler<Answer>): () => void {
  ipcMain.handle(INVOKE_CHANNEL, (event, method: unknown, input: unknown) => handler(event, method, input));
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}

/** What the listening handler needs from Electron's IpcMainEvent. */
export interface ListeningEvent {
  readonly senderFrame: SenderFrame | null;
  readonly sender: { readonly id: number };
}

/** The parts of Electron's ipcMain the listening handler uses. */
export interface ListeningPort {
  on(channel: string, listener: (event: ListeningEvent) => void): unknown;
  removeListener(channel: string, listener: (event: ListeningEvent) => void): unknown;
}

/**
 * Hears a page say it now listens for pushes (see the preload), and names its webContents.
 * Only our own top-level pages count; anything else is ignored, as it can do no more than that.
 */
export function registerListeningHandler(
  ipcMain: ListeningPort,
  trustedOrigins: readonly string[],
  onListening: (webContentsId: number) => void,
): () => void {
  const listener = (event: ListeningEvent) => {
    if (isTrustedSender(event.senderFrame, trustedOrigins)) onListening(event.sender.id);
  };
  ipcMain.on(LISTENING_CHANNEL, listener);
  return () => ipcMain.removeListener(LISTENING_CHANNEL, listener);
}
