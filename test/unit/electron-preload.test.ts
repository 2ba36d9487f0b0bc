import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { BackendEvent, CommandEvent } from '../../shared/api/contract';
import { EVENT_CHANNEL, FILES_CHANNEL, INVOKE_CHANNEL } from '../../shared/api/transport';
import { createPreloadApi } from '../../electron/preload/api';
import { LISTENING_CHANNEL } from '../../shared/api/transport';

/** Stands in for ipcRenderer: records invokes and delivers pushes like Electron does. */
class FakeIpcRenderer extends EventEmitter {
  readonly calls: unknown[][] = [];
  readonly messages: unknown[][] = [];
  send(channel: string, ...args: unknown[]): void {
    this.messages.push([channel, ...args]);
  }
  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.calls.push([channel, ...args]);
    return Promise.resolve({ ok: true, value: 'pong' });
  }
  push(payload: unknown): void {
    this.emit(EVENT_CHANNEL, { sender: this }, payload);
  }
}

describe('window.chronicle', () => {
  it('exposes exactly invoke, onEvent and the file dialogs', () => {
    const api = createPreloadApi(new FakeIpcRenderer());
    expect(Object.keys(api).sort()).toEqual(['files', 'invoke', 'onEvent']);
    expect(Object.keys(api.files).sort()).toEqual([
      'chooseFolder',
      'openFile',
      'openFolder',
      'restoreBackup',
      'saveFile',
      'saveFolder',
      'savePdf',
      'showInFolder',
    ]);
  });

  it('sends each file operation on the files channel: its name, then its plain arguments', async () => {
    const ipc = new FakeIpcRenderer();
    const { files } = createPreloadApi(ipc);
    const archive = [{ path: 'entries/a.md', content: '# A' }];
    await expect(files.saveFile({ fileName: 'brag.md', content: '# Brag' })).resolves.toEqual({ ok: true, value: 'pong' });
    await files.saveFolder('Chronicle archive', archive);
    await files.openFile();
    await files.openFolder();
    await files.showInFolder('/home/me/Documents/brag.md');
    await files.chooseFolder('backups');
    await files.restoreBackup('chronicle-2026-03-04.db');
    expect(ipc.calls).toEqual([
      [FILES_CHANNEL, 'saveFile', { fileName: 'brag.md', content: '# Brag' }],
      [FILES_CHANNEL, 'saveFolder', 'Chronicle archive', archive],
      [FILES_CHANNEL, 'openFile'],
      [FILES_CHANNEL, 'openFolder'],
      [FILES_CHANNEL, 'showInFolder', '/home/me/Documents/brag.md'],
      [FILES_CHANNEL, 'chooseFolder', 'backups'],
      [FILES_CHANNEL, 'restoreBackup', 'chronicle-2026-03-04.db'],
    ]);
  });

  it('sends calls on the invoke channel and returns the backend’s answer', async () => {
    const ipc = new FakeIpcRenderer();
    const api = createPreloadApi(ipc);
    await expect(api.invoke('themes.list', {})).resolves.toEqual({ ok: true, value: 'pong' });
    expect(ipc.calls).toEqual([[INVOKE_CHANNEL, 'themes.list', {}]]);
  });

  it('passes pushed events to listeners without the IPC event, and stops on unsubscribe', () => {
    const ipc = new FakeIpcRenderer();
    const api = createPreloadApi(ipc);
    const received: unknown[][] = [];
    const stop = api.onEvent((...args: unknown[]) => received.push(args));
    const changed: BackendEvent = { type: 'changed', source: 'external' };
    ipc.push(changed);
    ipc.push('not an event');
    stop();
    ipc.push(changed);
    expect(received).toEqual([[changed]]);
    expect(ipc.listenerCount(EVENT_CHANNEL)).toBe(0);
  });

  it('passes on commands from the menu and notifications', () => {
    const ipc = new FakeIpcRenderer();
    const received: unknown[] = [];
    createPreloadApi(ipc).onEvent((event) => received.push(event));
    const command: CommandEvent = { type: 'command', command: 'week.open' };
    ipc.push(command);
    expect(received).toEqual([command]);
  });

  it('tells the main process once, after the page has started, that it listens', () => {
    const ipc = new FakeIpcRenderer();
    let started: (() => void) | undefined;
    const api = createPreloadApi(ipc, (callback) => (started = callback));
    api.onEvent(() => {});
    api.onEvent(() => {});
    expect(ipc.messages).toEqual([]);
    started?.();
    expect(ipc.messages).toEqual([[LISTENING_CHANNEL]]);
  });
});
