import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EVENT_CHANNEL, FILES_CHANNEL, INVOKE_CHANNEL } from '../../shared/api/transport';
import { LISTENING_CHANNEL } from '../../shared/api/transport';

/**
 * The main entry point wired end to end, with Electron replaced by a recording fake (the binary
 * cannot run here) and everything else real: the backend opens a real journal in a temp folder.
 * The fake utilityProcess.fork runs the real backend host (electron/host/host.ts) on the other end
 * of a real MessageChannel, in this process so that fake timers reach its clock too; the host as
 * a separate process is tested in test/integration/backendHost.test.ts and builtMain.test.ts.
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
    ipcListeners: new Map<string, (...args: unknown[]) => void>(),
    powerEvents: new Map<string, () => void>(),
    shortcuts: new Map<string, () => void>(),
    shortcutsTaken: new Set<string>(),
    notificationsSupported: true,
    notifications: [] as Array<{
      options: { title: string; body: string; actions?: unknown[] };
      shown: number;
      emit(name: string): boolean;
    }>,
    /** What the next native dialog answers, and the dialogs opened: [kind, parent window or null, options]. */
    dialogAnswers: [] as Array<{ canceled: boolean; filePath?: string; filePaths?: string[] }>,
    dialogs: [] as unknown[][],
    shownInFolder: [] as string[],
    openedExternally: [] as string[],
    forks: [] as Array<{ modulePath: string; options: unknown; child: EventEmitter & { kill(): void } }>,
    spellCheckerUrls: [] as string[],
    messageBoxes: [] as unknown[],
  };
  return state;
});

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  const { MessageChannel } = await import('node:worker_threads');
  const { runHost } = await import('../../electron/host/host');
  type Port = InstanceType<typeof MessageChannel>['port1'];
  class UtilityProcess extends EventEmitter {
    constructor(private readonly port: Port) {
      super();
    }
    postMessage(message: unknown) {
      this.port.postMessage(message);
    }
    kill() {
      this.port.close();
    }
  }
  let nextContentsId = 1;
  class WebContents extends EventEmitter {
    readonly id = nextContentsId++;
    send(...args: unknown[]) {
      fake.sent.push([...args, this.id]);
    }
  }
  class BrowserWindow extends EventEmitter {
    static getAllWindows = () => fake.windows.map((w) => w.instance);
    static fromWebContents = (contents: unknown) =>
      BrowserWindow.getAllWindows().find((w) => (w as BrowserWindow).webContents === contents) ?? null;
    readonly options: unknown;
    readonly webContents = new WebContents();
    loadedUrl = '';
    focused = 0;
    menuRemoved = false;
    isFocused = () => false;
    removeMenu() {
      this.menuRemoved = true;
    }
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
  class Notification extends EventEmitter {
    static isSupported = () => fake.notificationsSupported;
    shown = 0;
    constructor(readonly options: { title: string; body: string }) {
      super();
      fake.notifications.push(this);
    }
    show() {
      this.shown++;
    }
  }
  return {
    utilityProcess: {
      fork(modulePath: string, _args: string[], options: unknown) {
        const { port1, port2 } = new MessageChannel();
        const child = new UtilityProcess(port1);
        let exited = false;
        const exit = (code: number | null) => {
          if (exited) return;
          exited = true;
          child.emit('exit', code);
        };
        port1.on('message', (message) => child.emit('message', message));
        // A closed port is the process gone: killed (null) or closed after 'close' (0).
        port1.on('close', () => exit(null));
        runHost(
          { post: (message) => port2.postMessage(message), onMessage: (listener) => port2.on('message', listener) },
          { onClosed: () => setImmediate(() => (port2.close(), exit(0))) },
        );
        fake.forks.push({ modulePath, options, child });
        return child;
      },
    },
    app: {
      get isPackaged() {
        return fake.isPackaged;
      },
      getPath: (name: string) => (name === 'documents' ? path.join(fake.userData, 'Documents') : fake.userData),
      getAppPath: () => fake.userData,
      setPath() {},
      enableSandbox() {},
      requestSingleInstanceLock: () => fake.hasLock,
      quit: () => void fake.quits++,
      exit: (code: number) => void fake.exitCodes.push(code),
      on: (name: string, listener: (...args: unknown[]) => void) => void fake.appEvents.set(name, listener),
      whenReady: () => new Promise<void>((resolve) => (fake.ready = resolve)),
      setAppUserModelId() {},
      focus() {},
    },
    Notification,
    globalShortcut: {
      register(accelerator: string, callback: () => void) {
        if (fake.shortcutsTaken.has(accelerator)) return false;
        fake.shortcuts.set(accelerator, callback);
        return true;
      },
      unregister: (accelerator: string) => void fake.shortcuts.delete(accelerator),
    },
    powerMonitor: { on: (name: string, listener: () => void) => void fake.powerEvents.set(name, listener) },
    BrowserWindow,
    dialog: {
      showMessageBox: (...args: unknown[]) => (fake.messageBoxes.push(args), Promise.resolve({ response: 0 })),
      showErrorBox: (title: string, message: string) => void fake.errorBoxes.push([title, message]),
      showSaveDialog: (window: unknown, options: unknown) => {
        fake.dialogs.push(['save', window, options]);
        const answer = fake.dialogAnswers.shift() ?? { canceled: true };
        return Promise.resolve({ canceled: answer.canceled, filePath: answer.filePath ?? '' });
      },
      showOpenDialog: (window: unknown, options: unknown) => {
        fake.dialogs.push(['open', window, options]);
        const answer = fake.dialogAnswers.shift() ?? { canceled: true };
        return Promise.resolve({ canceled: answer.canceled, filePaths: answer.filePaths ?? [] });
      },
    },
    ipcMain: {
      handle: (channel: string, handler: (...args: unknown[]) => unknown) => void fake.handles.set(channel, handler),
      removeHandler: (channel: string) => void fake.handles.delete(channel),
      on: (channel: string, listener: (...args: unknown[]) => void) => void fake.ipcListeners.set(channel, listener),
      removeListener: (channel: string) => void fake.ipcListeners.delete(channel),
    },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => void (fake.menu = menu) },
    nativeTheme: { shouldUseDarkColors: false },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => void fake.privileged.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => void fake.protocolHandlers.set(scheme, handler),
    },
    screen: {
      getPrimaryDisplay: () => display,
      getAllDisplays: () => [display],
      getCursorScreenPoint: () => ({ x: 100, y: 100 }),
      getDisplayNearestPoint: () => display,
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => void fake.permissionHandlers.push('request'),
        setPermissionCheckHandler: () => void fake.permissionHandlers.push('check'),
        setDevicePermissionHandler: () => void fake.permissionHandlers.push('device'),
        setSpellCheckerDictionaryDownloadURL: (url: string) => void fake.spellCheckerUrls.push(url),
      },
    },
    shell: {
      openExternal: (url: string) => (fake.openedExternally.push(url), Promise.resolve()),
      showItemInFolder: (target: string) => void fake.shownInFolder.push(target),
    },
  };
});

/** Waits (real time, or fake time advancing) until `check` passes. */
async function eventually(check: () => void | Promise<void>): Promise<void> {
  await vi.waitFor(check, { timeout: 60_000, interval: 20 });
}

/** Starts main and waits until it has opened its window, or quit. */
async function launch(): Promise<void> {
  vi.resetModules();
  await import('../../electron/main/index');
  fake.ready?.();
  await eventually(() => expect(fake.windows.length + fake.exitCodes.length + fake.quits).toBeGreaterThan(0));
}

beforeEach(() => {
  fake.userData = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-main-'));
  Object.assign(fake, { isPackaged: true, hasLock: true, quits: 0, menu: undefined, ready: undefined, notificationsSupported: true });
  for (const list of [
    fake.windows,
    fake.privileged,
    fake.errorBoxes,
    fake.exitCodes,
    fake.permissionHandlers,
    fake.sent,
    fake.notifications,
    fake.dialogAnswers,
    fake.dialogs,
    fake.shownInFolder,
    fake.openedExternally,
    fake.forks,
    fake.spellCheckerUrls,
    fake.messageBoxes,
  ]) {
    list.length = 0;
  }
  for (const map of [fake.appEvents, fake.handles, fake.protocolHandlers, fake.ipcListeners, fake.powerEvents, fake.shortcuts]) map.clear();
  fake.shortcutsTaken.clear();
});
afterEach(() => {
  fake.appEvents.get('will-quit')?.();
  vi.useRealTimers();
  fs.rmSync(fake.userData, { recursive: true, force: true });
});

interface FakeWindow extends EventEmitter {
  options: { webPreferences: Record<string, unknown> } & Record<string, unknown>;
  loadedUrl: string;
  focused: number;
  menuRemoved: boolean;
  webContents: EventEmitter & { id: number };
}
function windowAt(index: number): FakeWindow {
  const window = fake.windows[index]?.instance;
  if (!window) throw new Error(`no window ${index}`);
  return window as FakeWindow;
}
/** The page in that window subscribed to pushes (what the preload announces). */
function pageListens(index: number, url = 'app://chronicle/index.html'): void {
  fake.ipcListeners.get(LISTENING_CHANNEL)?.({ senderFrame: { url, parent: null }, sender: { id: windowAt(index).webContents.id } });
}
function invoke(method: string, input: unknown, url = 'app://chronicle/index.html'): Promise<unknown> {
  return Promise.resolve(fake.handles.get(INVOKE_CHANNEL)?.({ senderFrame: { url, parent: null } }, method, input));
}
function commandsSentTo(index: number): unknown[] {
  const id = windowAt(index).webContents.id;
  return fake.sent
    .filter(([channel, event, to]) => channel === EVENT_CHANNEL && to === id && (event as { type: string }).type === 'command')
    .map(([, event]) => event);
}

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
    // The journal is the backend host's: one for quick calls, one for long work.
    expect(fake.forks.map((fork) => path.basename(fork.modulePath))).toEqual(['index.ts', 'index.ts']);
    expect(fake.forks[0]?.options).toMatchObject({ serviceName: 'Chronicle backend' });
    // Nothing is sent anywhere: dictionaries are never downloaded.
    expect(fake.spellCheckerUrls).toEqual(['http://127.0.0.1:9/']);
  });

  it('answers the renderer on the one invoke channel and pushes changes back', async () => {
    await launch();
    expect([...fake.handles.keys()].sort()).toEqual([FILES_CHANNEL, INVOKE_CHANNEL].sort());
    const handler = fake.handles.get(INVOKE_CHANNEL);
    const fromApp = { senderFrame: { url: 'app://chronicle/index.html', parent: null } };
    const result = await handler?.(fromApp, 'entries.create', { date: '2026-05-01', title: 'Cut build time in half' });
    expect(result).toMatchObject({ ok: true, value: { title: 'Cut build time in half' } });
    pageListens(0);
    await eventually(() =>
      expect(fake.sent).toContainEqual([EVENT_CHANNEL, { type: 'changed', source: 'local' }, windowAt(0).webContents.id]),
    );
    expect(await handler?.({ senderFrame: { url: 'https://evil.example/', parent: null } }, 'themes.list', {})).toMatchObject({
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

  it('in development too, opens the journal with the same prebuilt driver as Node', async () => {
    fake.isPackaged = false;
    await launch();
    expect(fake.errorBoxes).toEqual([]);
    expect(fake.exitCodes).toEqual([]);
    expect(await invoke('entries.create', { date: '2026-05-01', title: 'Started without a compiler' })).toMatchObject({ ok: true });
    expect(fs.existsSync(path.join(fake.userData, 'chronicle.db'))).toBe(true);
  });

  it('tells the user when the backend crashed, restarts it, and keeps answering', async () => {
    await launch();
    pageListens(0);
    expect(await invoke('entries.create', { date: '2026-05-01', title: 'Saved before the crash' })).toMatchObject({ ok: true });
    fake.forks[0]?.child.kill();
    await eventually(() => expect(fake.forks).toHaveLength(3));
    expect(fake.notifications.map((n) => n.options.title)).toEqual(['Chronicle restarted its backend']);
    expect(fake.notifications[0]).toMatchObject({ shown: 1 });
    expect(fake.notifications[0]?.options.body).toMatch(/confirmed as saved is still there/);
    // Windows read again, and the journal is whole.
    await eventually(() =>
      expect(fake.sent).toContainEqual([EVENT_CHANNEL, { type: 'changed', source: 'external' }, windowAt(0).webContents.id]),
    );
    expect(await invoke('entries.list', {})).toMatchObject({ ok: true, value: { items: [{ title: 'Saved before the crash' }] } });
  });
});

describe('commands from the menu', () => {
  it('reach the page once it listens, even when chosen while it was still loading', async () => {
    await launch();
    const menu = fake.menu as Array<{ submenu?: Array<{ label?: string; click?: () => void }> }>;
    const week = menu.flatMap((top) => top.submenu ?? []).find((item) => item.label === 'This Week');
    week?.click?.();
    expect(commandsSentTo(0)).toEqual([]);
    pageListens(0);
    expect(commandsSentTo(0)).toEqual([{ type: 'command', command: 'week.open' }]);
  });
});

describe('the weekly reminder', () => {
  // Monday 4 May 2026; the default reminder is Friday 16:00.
  async function launchOnMonday(): Promise<void> {
    vi.useFakeTimers({ now: new Date(2026, 4, 4, 9, 0) });
    await launch();
    pageListens(0);
  }
  async function wakeOnFridayAfternoon(): Promise<void> {
    vi.setSystemTime(new Date(2026, 4, 8, 16, 0, 30));
    fake.powerEvents.get('resume')?.();
    await vi.advanceTimersByTimeAsync(1_000);
  }

  it('appears as a notification when due, and is recorded so it is not repeated', async () => {
    await launchOnMonday();
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(fake.notifications).toEqual([]);
    await wakeOnFridayAfternoon();
    await eventually(() => expect(fake.notifications).toHaveLength(1));
    expect(fake.notifications[0]).toMatchObject({ shown: 1, options: { title: 'What did you do this week?' } });
    expect(fake.notifications[0]?.options.body).toContain('the week of May 4');
    await eventually(() =>
      invoke('reminders.check', {}).then((result) => expect(result).toMatchObject({ ok: true, value: { kind: 'wait' } })),
    );
    await vi.advanceTimersByTimeAsync(3 * 60 * 60_000);
    expect(fake.notifications).toHaveLength(1);
  });

  it('when clicked, brings the window forward and opens the week', async () => {
    await launchOnMonday();
    await wakeOnFridayAfternoon();
    await eventually(() => expect(fake.notifications).toHaveLength(1));
    fake.notifications[0]?.emit('click');
    expect(windowAt(0).focused).toBe(1);
    expect(commandsSentTo(0)).toEqual([{ type: 'command', command: 'week.open' }]);
  });

  it('when clicked after the window was closed, opens a new one on the week', async () => {
    await launchOnMonday();
    await wakeOnFridayAfternoon();
    await eventually(() => expect(fake.notifications).toHaveLength(1));
    windowAt(0).emit('closed');
    fake.notifications[0]?.emit('click');
    expect(fake.windows).toHaveLength(2);
    expect(commandsSentTo(1)).toEqual([]);
    pageListens(1);
    expect(commandsSentTo(1)).toEqual([{ type: 'command', command: 'week.open' }]);
  });

  it('without notifications, waits for the user to be in the app instead of popping up', async () => {
    fake.notificationsSupported = false;
    await launchOnMonday();
    await wakeOnFridayAfternoon();
    expect(commandsSentTo(0)).toEqual([]);
    expect(await invoke('reminders.check', {})).toMatchObject({ ok: true, value: { kind: 'due' } });
  });
});

describe('quick capture', () => {
  const enable = (accelerator = 'CommandOrControl+Shift+J') => invoke('settings.update', { quickCapture: { enabled: true, accelerator } });

  it('has no global shortcut until the user turns it on', async () => {
    await launch();
    expect([...fake.shortcuts.keys()]).toEqual([]);
    expect(await enable()).toMatchObject({ ok: true });
    await eventually(() => expect([...fake.shortcuts.keys()]).toEqual(['CommandOrControl+Shift+J']));
  });

  it('opens one small capture window on the capture route, which may use the backend', async () => {
    await launch();
    await enable();
    await eventually(() => expect(fake.shortcuts.has('CommandOrControl+Shift+J')).toBe(true));
    fake.shortcuts.get('CommandOrControl+Shift+J')?.();
    expect(fake.windows).toHaveLength(2);
    const capture = windowAt(1);
    expect(capture.loadedUrl).toBe('app://chronicle/index.html#/capture');
    expect(capture.options).toMatchObject({ width: 560, height: 420, resizable: false, alwaysOnTop: true });
    expect(capture.options.webPreferences).toEqual(windowAt(0).options.webPreferences);
    // macOS has one menu bar for all windows; elsewhere the little window gets none.
    expect(capture.menuRemoved).toBe(process.platform !== 'darwin');
    const saved = await invoke('entries.create', { date: '2026-05-06', title: 'Paired with Sam on the parser' }, capture.loadedUrl);
    expect(saved).toMatchObject({ ok: true });

    fake.shortcuts.get('CommandOrControl+Shift+J')?.();
    expect(fake.windows).toHaveLength(2);
    expect(capture.focused).toBe(1);
  });

  it('moves to new keys when the setting changes, and lets go of them on quit', async () => {
    await launch();
    await enable();
    await enable('Alt+Shift+N');
    await eventually(() => expect([...fake.shortcuts.keys()]).toEqual(['Alt+Shift+N']));
    await invoke('settings.update', { quickCapture: { enabled: false, accelerator: 'Alt+Shift+N' } });
    await eventually(() => expect([...fake.shortcuts.keys()]).toEqual([]));
    await enable();
    await eventually(() => expect([...fake.shortcuts.keys()]).toEqual(['CommandOrControl+Shift+J']));
    fake.appEvents.get('will-quit')?.();
    expect([...fake.shortcuts.keys()]).toEqual([]);
  });

  it('says once, in a notification, that keys taken by another app cannot be used', async () => {
    fake.shortcutsTaken.add('CommandOrControl+Shift+J');
    await launch();
    expect(await enable()).toMatchObject({ ok: true });
    await eventually(() => expect(fake.notifications.some((n) => n.options.title === 'Quick capture shortcut unavailable')).toBe(true));
    await invoke('entries.create', { date: '2026-05-06', title: 'Another change to the journal' });
    // The change's own settings check was asked before this call, so it has been answered by now.
    await invoke('settings.get', {});
    const notices = fake.notifications.filter((n) => n.options.title === 'Quick capture shortcut unavailable');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.options.body).toMatch(/(Ctrl|Cmd)\+Shift\+J/);
  });
});

describe('files on the user’s disk', () => {
  function callFiles(operation: string, ...args: unknown[]): Promise<unknown> {
    const event = { senderFrame: { url: 'app://chronicle/index.html', parent: null }, sender: windowAt(0).webContents };
    return fake.handles.get(FILES_CHANNEL)?.(event, operation, ...args) as Promise<unknown>;
  }

  it('saves an export where the user chooses, in a dialog over the app’s window, and can show it', async () => {
    await launch();
    const chosen = path.join(fake.userData, 'brag.md');
    fake.dialogAnswers.push({ canceled: false, filePath: chosen });
    expect(await callFiles('saveFile', { fileName: 'brag.md', content: '# Brag\n' })).toEqual({ ok: true, value: { path: chosen } });
    expect(fs.readFileSync(chosen, 'utf8')).toBe('# Brag\n');
    expect(fake.dialogs).toEqual([
      [
        'save',
        windowAt(0),
        {
          defaultPath: path.join(fake.userData, 'Documents', 'brag.md'),
          filters: [{ name: 'Markdown', extensions: ['md'] }],
          properties: ['createDirectory', 'showOverwriteConfirmation'],
        },
      ],
    ]);
    expect(await callFiles('showInFolder', chosen)).toEqual({ ok: true, value: null });
    expect(await callFiles('showInFolder', path.join(fake.userData, 'chronicle.db'))).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(fake.shownInFolder).toEqual([chosen]);
  });

  it('refuses the files channel to a page from elsewhere', async () => {
    await launch();
    const forged = { senderFrame: { url: 'https://evil.example/', parent: null }, sender: windowAt(0).webContents };
    expect(await fake.handles.get(FILES_CHANNEL)?.(forged, 'openFile')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(fake.dialogs).toEqual([]);
  });

  it('does not navigate the window to a file dropped on it', async () => {
    await launch();
    const contents = new EventEmitter() as EventEmitter & { setWindowOpenHandler(handler: unknown): void };
    contents.setWindowOpenHandler = () => {};
    fake.appEvents.get('web-contents-created')?.({}, contents);
    const navigation = {
      url: 'file:///home/me/Downloads/brag.md',
      prevented: false,
      preventDefault: () => void (navigation.prevented = true),
    };
    contents.emit('will-navigate', navigation);
    expect(navigation.prevented).toBe(true);
    expect(fake.openedExternally).toEqual([]);
  });
});
