import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../shared/api/transport';

/**
 * The main entry point wired end to end, with Electron replaced by a recording fake (the binary
 * cannot run here) and everything else real: the backend opens a real journal in a temp folder.
 */
const fake = vi.hoisted(() => {
  const state = {
    userData: '',
    isPackaged: true,
    hasLock: true,
    appEvents: new Map<string, (...args: unknown[]) => void>(),
    windows: [] as Array<Record<string, unknown>>,
    handles: new Map<string, (...args: unknown[]) => unknown>(),
    privileged: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    errorBoxes: [] as Array<[string, string]>,
    exitCodes: [] as number[],
    quits: 0,
    permissionHandlers: [] as string[],
    menu: undefined as unknown,
    sent: [] as unknown[][],
    ready: undefined as undefined | (() => void),
  };
  return state;
});

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  class BrowserWindow extends EventEmitter {
    static getAllWindows = () => fake.windows.map((w) => w.instance);
    readonly options: unknown;
    readonly webContents = { send: (...args: unknown[]) => void fake.sent.push(args) };
    loadedUrl = '';
    focused = 0;
    constructor(options: unknown) {
      super();
      this.options = options;
      fake.windows.push({ options, instance: this });
    }
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    isDestroyed = () => false;
    isMinimized = () => true;
    restore() {}
    show() {}
    focus() {
      this.focused++;
    }
    maximize() {}
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 10, y: 40, width: 1000, height: 700 });
  }
  const display = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
  return {
    app: {
      get isPackaged() {
        return fake.isPackaged;
      },
      getPath: () => fake.userData,
      getAppPath: () => fake.userData,
      enableSandbox() {},
      requestSingleInstanceLock: () => fake.hasLock,
      quit: () => void fake.quits++,
      exit: (code: number) => void fake.exitCodes.push(code),
      on: (name: string, listener: (...args: unknown[]) => void) => void fake.appEvents.set(name, listener),
      whenReady: () => new Promise<void>((resolve) => (fake.ready = resolve)),
      setAppUserModelId() {},
    },
    BrowserWindow,
    dialog: { showErrorBox: (title: string, message: string) => void fake.errorBoxes.push([title, message]) },
    ipcMain: {
      handle: (channel: string, handler: (...args: unknown[]) => unknown) => void fake.handles.set(channel, handler),
      removeHandler: (channel: string) => void fake.handles.delete(channel),
    },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => void (fake.menu = menu) },
    nativeTheme: { shouldUseDarkColors: false },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => void fake.privileged.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => void fake.protocolHandlers.set(scheme, handler),
    },
    screen: { getPrimaryDisplay: () => display, getAllDisplays: () => [display] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => void fake.permissionHandlers.push('request'),
        setPermissionCheckHandler: () => void fake.permissionHandlers.push('check'),
        setDevicePermissionHandler: () => void fake.permissionHandlers.push('device'),
      },
    },
    shell: { openExternal: () => Promise.resolve(), showItemInFolder() {} },
  };
});

async function launch(): Promise<void> {
  vi.resetModules();
  await import('../../electron/main/index');
  fake.ready?.();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

beforeEach(() => {
  fake.userData = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-main-'));
  Object.assign(fake, { isPackaged: true, hasLock: true, quits: 0, menu: undefined, ready: undefined });
  for (const list of [fake.windows, fake.privileged, fake.errorBoxes, fake.exitCodes, fake.permissionHandlers, fake.sent]) list.length = 0;
  for (const map of [fake.appEvents, fake.handles, fake.protocolHandlers]) map.clear();
});
afterEach(() => {
  fake.appEvents.get('will-quit')?.();
  fs.rmSync(fake.userData, { recursive: true, force: true });
});

describe('starting Chronicle', () => {
  it('opens the journal in userData and one secure window on the app scheme', async () => {
    await launch();
    expect(fake.errorBoxes).toEqual([]);
    expect(fs.existsSync(path.join(fake.userData, 'chronicle.db'))).toBe(true);
    expect(fake.privileged).toMatchObject([{ scheme: 'app', privileges: { standard: true, secure: true } }]);
    expect(fake.protocolHandlers.has('app')).toBe(true);
    expect(fake.permissionHandlers.sort()).toEqual(['check', 'device', 'request']);
    expect(fake.menu).toBeInstanceOf(Array);
    expect(fake.windows).toHaveLength(1);
    const window = fake.windows[0]?.instance as { options: { webPreferences: Record<string, unknown> }; loadedUrl: string };
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(String(window.options.webPreferences.preload)).toMatch(/preload[/\\]index\.cjs$/);
    expect(window.loadedUrl).toBe('app://chronicle/index.html');
  });

  it('answers the renderer on the one invoke channel and pushes changes back', async () => {
    await launch();
    expect([...fake.handles.keys()]).toEqual([INVOKE_CHANNEL]);
    const handler = fake.handles.get(INVOKE_CHANNEL);
    const fromApp = { senderFrame: { url: 'app://chronicle/index.html', parent: null } };
    const result = handler?.(fromApp, 'entries.create', { date: '2026-05-01', title: 'Cut build time in half' });
    expect(result).toMatchObject({ ok: true, value: { title: 'Cut build time in half' } });
    expect(fake.sent).toContainEqual([EVENT_CHANNEL, { type: 'changed', source: 'local' }]);
    expect(handler?.({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'themes.list', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  it('focuses the existing window when launched a second time', async () => {
    await launch();
    fake.appEvents.get('second-instance')?.();
    expect((fake.windows[0]?.instance as { focused: number }).focused).toBe(1);
  });

  it('quits at once when another Chronicle already runs', async () => {
    fake.hasLock = false;
    await launch();
    expect(fake.quits).toBe(1);
    expect(fake.windows).toEqual([]);
  });

  it('remembers the window’s place when it closes', async () => {
    await launch();
    (fake.windows[0]?.instance as EventEmitter).emit('close');
    expect(JSON.parse(fs.readFileSync(path.join(fake.userData, 'window-state.json'), 'utf8'))).toEqual({
      x: 10,
      y: 40,
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  it('refuses a journal from a newer Chronicle with a dialog, and leaves it untouched', async () => {
    const file = path.join(fake.userData, 'chronicle.db');
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    const bytes = fs.readFileSync(file);
    await launch();
    expect(fake.errorBoxes.map(([title]) => title)).toEqual(['Chronicle needs an update']);
    expect(fake.exitCodes).toEqual([1]);
    expect(fake.windows).toEqual([]);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('in development, explains how to build the Electron database driver when it is missing', async () => {
    fake.isPackaged = false;
    await launch();
    expect(fake.errorBoxes[0]?.[1]).toContain('node scripts/electron-native.mjs');
    expect(fake.exitCodes).toEqual([1]);
    expect(fs.existsSync(path.join(fake.userData, 'chronicle.db'))).toBe(false);
  });
});
