import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  globalShortcut,
  ipcMain,
  Menu,
  nativeTheme,
  powerMonitor,
  protocol,
  screen,
  session,
  shell,
  utilityProcess,
} from 'electron';
import type { AppCommand, PushEvent } from '../../shared/api/contract';
import { EVENT_CHANNEL } from '../../shared/api/transport';
import { DATABASE_FILE } from '../core/paths';
import { APP_SCHEME, captureEntryUrl, devServerUrlFrom, rendererEntryUrl, trustedOrigins } from './appOrigin';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './appProtocol';
import { callHost } from './backendCalls';
import { contentSecurityPolicy } from './contentSecurityPolicy';
import { openExternalSafely } from './externalLinks';
import { createFilesHandler, electronDialogs, registerFilesHandler } from './fileDialogs';
import { restorableBackend, type RestorableBackend } from './journalRestore';
import { printToPdf } from './printToPdf';
import { createInvokeHandler, registerInvokeHandler, registerListeningHandler } from './ipc';
import { menuTemplate } from './menu';
import { guardWebContents } from './navigationGuards';
import { type NotificationRequest, notificationsSupported, showNotification } from './notifications';
import { describeOpenFailure, type FailureDialog } from './openFailure';
import { denyPermissions } from './permissions';
import { createPushQueue, type PushQueue } from './pushQueue';
import { createQuickCaptureShortcut, type QuickCaptureShortcut, shortcutUnavailableNotification } from './quickCaptureShortcut';
import { presentReminder } from './reminderNotification';
import { type ReminderScheduler, startReminderScheduler } from './reminderScheduler';
import { createSmokeTest, SMOKE_TEST_FLAG, type SmokeTest } from './smokeTest';
import { keepSpellCheckerLocal } from './spellChecker';
import { captureWindowOptions, mainWindowOptions, secureWebPreferences } from './windowOptions';
import { type BackendHosts, superviseBackendHosts } from '../host/longWork';
import type { HostProcess } from '../host/supervisor';
import { captureWindowState, fitToDisplays, loadWindowState, saveWindowState, WINDOW_STATE_FILE } from './windowState';

const APP_NAME = 'Chronicle';
const devServerUrl = devServerUrlFrom(process.env, app.isPackaged);
const origins = trustedOrigins(devServerUrl);
const preloadPath = path.join(import.meta.dirname, '../preload/index.cjs');
const rendererDir = path.join(import.meta.dirname, '../renderer');
// Built, the host is out/main/host.js next to this file; from sources (tests) it is electron/host.
const hostEntry = import.meta.url.endsWith('.ts')
  ? path.join(import.meta.dirname, '../host/index.ts')
  : path.join(import.meta.dirname, 'host.js');

let mainWindow: BrowserWindow | null = null;
let captureWindow: BrowserWindow | null = null;
let backend: RestorableBackend | null = null;
let smokeTest: SmokeTest | null = null;
let reminders: ReminderScheduler | null = null;
let quickCapture: QuickCaptureShortcut | null = null;
/** Each open window's pushes, by webContents id (what an IPC message names its sender by). */
const pushQueues = new Map<number, PushQueue>();

// `--smoke-test` (CI): a throwaway journal, so the real one is never touched; set before the lock,
// which is per userData folder.
if (process.argv.includes(SMOKE_TEST_FLAG)) {
  app.setPath('userData', fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-smoke-')));
}

// Both must happen before 'ready'.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

// One journal, one process: a second launch brings the open window forward instead.
/** The quit backup is asked for once; the quit it delayed then goes on. */
let quitBackupDone = false;

if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}

function start(): void {
  app.on('second-instance', () => {
    // Before the journal is open there is nothing to show yet; the window comes when it is.
    if (backend) showMainWindow();
  });

  // Every webContents, not only our windows: whatever gets created obeys the same rules.
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, { trustedOrigins: origins, openExternal: openInBrowser });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('before-quit', (event) => {
    // The quit backup (core decides whether one is due) runs once, then quitting goes on.
    if (!backend || quitBackupDone) return;
    quitBackupDone = true;
    event.preventDefault();
    // The host takes it while closing the journal (electron/host/host.ts).
    const closing = backend;
    backend = null;
    void closing.close().finally(() => app.quit());
  });

  app.on('will-quit', () => {
    // Timers and shortcuts first: neither may reach the backend once it is closed.
    reminders?.stop();
    reminders = null;
    quickCapture?.dispose();
    quickCapture = null;
    // Every answered call is already committed; closing lets the host finish its last one.
    void backend?.close();
    backend = null;
  });

  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) =>
      fail({ title: 'Chronicle could not start', message: error instanceof Error ? error.message : String(error) }),
    );
}

async function onReady(): Promise<void> {
  const first = await openJournal();
  if (!first) return;
  const opened = restorableBackend({
    first,
    open: startHosts,
    journalPath: databasePath(),
    // Loaded on first use: the main process opens no journal at start-up (the hosts do).
    check: async (source) => (await import('../core/backup')).checkJournalFile(source),
    restore: async (journalPath, source) => (await import('../core/backup')).restoreJournal(journalPath, source),
    changed: () => pushToAll({ type: 'changed', source: 'external' }),
  });
  backend = opened;
  if (process.argv.includes(SMOKE_TEST_FLAG))
    smokeTest = createSmokeTest({ backend: opened, log: (line) => console.log(line), exit: (code) => app.exit(code) });

  if (process.platform === 'win32') app.setAppUserModelId('app.chronicle.desktop');
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: rendererDir, contentSecurityPolicy: contentSecurityPolicy() }));
  denyPermissions(session.defaultSession, origins);
  keepSpellCheckerLocal(session.defaultSession);
  registerInvokeHandler(
    ipcMain,
    createInvokeHandler(async (method, input) => {
      const result = await opened.call(method, input);
      if (result.ok) smokeTest?.rendererCalled();
      return result;
    }, origins),
  );
  registerFilesHandler(
    ipcMain,
    createFilesHandler({
      trustedOrigins: origins,
      dialogs: electronDialogs(dialog, BrowserWindow),
      documentsFolder: () => app.getPath('documents'),
      showItemInFolder: (target) => shell.showItemInFolder(target),
      log,
      restoreBackup: (backupName) => opened.restore(backupName),
      printPdf: (route, paper) =>
        printToPdf(
          {
            createWindow: (options) => new BrowserWindow(options),
            pageUrl: rendererEntryUrl(devServerUrl).replace(/#.*$/, ''),
            webPreferences: secureWebPreferences(preloadPath),
          },
          route,
          paper,
        ),
    }),
  );
  registerListeningHandler(ipcMain, origins, (webContentsId) => {
    pushQueues.get(webContentsId)?.pageListening();
    if (webContentsId === mainWindow?.webContents.id) smokeTest?.rendererListening();
  });

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        platform: process.platform,
        appName: APP_NAME,
        isDevelopment: !app.isPackaged,
        actions: {
          sendCommand: runCommand,
          openExternal: openInBrowser,
          showJournalFile: () => shell.showItemInFolder(databasePath()),
        },
      }),
    ),
  );

  mainWindow = createMainWindow();
  app.on('activate', () => {
    // macOS keeps the app running with no main window; clicking the Dock icon brings one back.
    if (!mainWindow) mainWindow = createMainWindow();
  });

  reminders = startReminderScheduler({
    check: () => callHost(opened, 'reminders.check', {}),
    markShown: () => callHost(opened, 'reminders.shown', {}),
    present: (reminder) =>
      presentReminder(reminder, {
        platform: process.platform,
        notificationsSupported,
        showNotification: notify,
        isWindowFocused: () => mainWindow?.isFocused() ?? false,
        openWeek: () => runCommand('week.open'),
        snooze: snoozeReminder,
      }),
    now: () => new Date(),
    log,
  });
  // After sleep the clock has jumped: a timer set before may be hours late or early.
  powerMonitor.on('resume', () => reminders?.recheck());

  quickCapture = createQuickCaptureShortcut({
    registry: globalShortcut,
    onPress: openCaptureWindow,
    onUnavailable(accelerator, error) {
      log(`The quick capture shortcut ${accelerator} could not be registered.`, error);
      if (notificationsSupported()) {
        notify(
          shortcutUnavailableNotification(accelerator, { platform: process.platform, openSettings: () => runCommand('settings.open') }),
        );
      }
    },
  });
  applyQuickCaptureSetting();
}

function databasePath(): string {
  return path.join(app.getPath('userData'), DATABASE_FILE);
}

/** Starts the backend host as an Electron utility process (see electron/host/index.ts). */
function spawnHost(): HostProcess {
  const child = utilityProcess.fork(hostEntry, [], { serviceName: 'Chronicle backend', stdio: 'inherit' });
  return {
    send: (message) => child.postMessage(message),
    onMessage: (listener) => void child.on('message', listener),
    onExit: (listener) => void child.on('exit', listener),
    kill: () => void child.kill(),
    get pid() {
      return child.pid;
    },
  };
}

/**
 * Opens the journal in the backend host, or explains in a dialog why not and quits. The file is
 * left as it was. The main process itself never opens it: a slow call cannot freeze the app. Two
 * hosts run: one answers the quick calls, the other does the long work (see electron/host/longWork).
 */
async function openJournal(): Promise<BackendHosts | null> {
  const host = startHosts();
  try {
    await host.opened;
    return host;
  } catch (error) {
    void host.close();
    fail(describeOpenFailure(error, databasePath()));
    return null;
  }
}

/** The two backend hosts on the journal: at start-up, and again after a restore. */
function startHosts(): BackendHosts {
  return superviseBackendHosts({
    spawn: spawnHost,
    databasePath: databasePath(),
    automaticBackups: true,
    onEvent: (event) => {
      pushToAll(event);
      // Settings may have changed (here, in another window, or from the CLI).
      reminders?.recheck();
      applyQuickCaptureSetting();
    },
    onCrash: reportCrashedBackend,
  });
}

/** The backend process died: say so, and once it is back, have every window read again. */
function reportCrashedBackend(report: { code: number | null; restarting: boolean; host: string }): void {
  log(`Chronicle's backend (${report.host}) stopped (exit code ${String(report.code)}).`);
  if (!report.restarting) {
    fail({
      title: 'Chronicle stopped working',
      message:
        'Chronicle’s backend stopped several times in a row. Everything it confirmed as saved is in your journal; reopen Chronicle to continue.',
    });
    return;
  }
  const message =
    'Chronicle’s backend stopped unexpectedly and was restarted. Everything it confirmed as saved is still there; an action that was in progress may need repeating.';
  if (notificationsSupported()) notify({ title: 'Chronicle restarted its backend', body: message, onClick: () => void showMainWindow() });
  else if (mainWindow)
    void dialog.showMessageBox(mainWindow, { type: 'warning', message: 'Chronicle restarted its backend', detail: message });
  pushToAll({ type: 'changed', source: 'external' });
}

function fail(failure: FailureDialog): void {
  // A smoke test runs unattended: a modal dialog would hang it.
  if (process.argv.includes(SMOKE_TEST_FLAG)) console.error(`Smoke test failed: ${failure.title}. ${failure.message}`);
  else dialog.showErrorBox(failure.title, failure.message);
  app.exit(1);
}

function windowBackground(): string {
  return nativeTheme.shouldUseDarkColors ? '#1d1c1a' : '#faf9f6';
}

function createMainWindow(): BrowserWindow {
  const stateFile = path.join(app.getPath('userData'), WINDOW_STATE_FILE);
  const primary = screen.getPrimaryDisplay();
  const workAreas = [primary, ...screen.getAllDisplays().filter((display) => display.id !== primary.id)].map((display) => display.workArea);
  const state = fitToDisplays(loadWindowState(stateFile), workAreas);

  const window = new BrowserWindow(mainWindowOptions({ preloadPath, state, title: APP_NAME, backgroundColor: windowBackground() }));
  trackPushes(window);
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  window.on('focus', () => {
    // Without notifications a due reminder waits for the user to be in the app (see presentReminder).
    if (!notificationsSupported()) reminders?.recheck();
  });
  window.on('close', () => {
    try {
      saveWindowState(stateFile, captureWindowState(window.getNormalBounds(), window.isMaximized()));
    } catch (error) {
      console.error('Could not remember the window position:', error);
    }
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(rendererEntryUrl(devServerUrl)).catch((error: unknown) => console.error('Could not load the app page:', error));
  return window;
}

/** Brings the main window to the front, creating it if it was closed (macOS). */
function showMainWindow(): BrowserWindow {
  if (!mainWindow) {
    // Shown by its 'ready-to-show'.
    mainWindow = createMainWindow();
    return mainWindow;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
  return mainWindow;
}

/** A menu item or a notification asks the app to do something: the main window does it, in front. */
function runCommand(command: AppCommand): void {
  if (!backend) return;
  const window = showMainWindow();
  pushQueues.get(window.webContents.id)?.push({ type: 'command', command });
}

/**
 * The small always-on-top window the global shortcut opens, on the screen with the pointer. The
 * renderer shows its capture form at `#/capture` and closes the window itself (window.close())
 * after saving or on Escape. A second press brings the open one back.
 */
function openCaptureWindow(): void {
  if (!backend) return;
  // The user pressed our shortcut while in another app: taking focus is what they asked for.
  if (process.platform === 'darwin') app.focus({ steal: true });
  if (captureWindow) {
    if (captureWindow.isMinimized()) captureWindow.restore();
    captureWindow.show();
    captureWindow.focus();
    return;
  }
  const display = screen.getDisplayNearestPoint(screen.getCursorScreenPoint());
  const window = new BrowserWindow(
    captureWindowOptions({
      preloadPath,
      workArea: display.workArea,
      title: `Quick Capture – ${APP_NAME}`,
      backgroundColor: windowBackground(),
    }),
  );
  // Windows and Linux would give the little window its own menu bar; macOS has one menu for all.
  if (process.platform !== 'darwin') window.removeMenu();
  trackPushes(window);
  window.once('ready-to-show', () => {
    window.show();
    window.focus();
  });
  window.on('closed', () => {
    if (captureWindow === window) captureWindow = null;
  });
  window
    .loadURL(captureEntryUrl(rendererEntryUrl(devServerUrl)))
    .catch((error: unknown) => console.error('Could not load the quick capture page:', error));
  captureWindow = window;
}

/** Gives a window its push queue, reset whenever a new page loads in it (a reload). */
function trackPushes(window: BrowserWindow): void {
  const id = window.webContents.id;
  const queue = createPushQueue((event) => {
    if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, event);
  });
  pushQueues.set(id, queue);
  window.webContents.on('did-navigate', () => queue.pageLoading());
  window.on('closed', () => pushQueues.delete(id));
}

/** Backend changes reach every window: the capture window's saves must show up in the journal. */
function pushToAll(event: PushEvent): void {
  for (const queue of pushQueues.values()) queue.push(event);
}

/** Re-reads the quick-capture setting and (re-)registers the global shortcut if it changed. */
function applyQuickCaptureSetting(): void {
  if (!backend || !quickCapture) return;
  const capture = quickCapture;
  void callHost(backend, 'settings.get', {}).then((settings) => {
    // The app may be quitting by the time the answer comes.
    if (quickCapture !== capture) return;
    if (settings.ok) capture.apply(settings.value.quickCapture);
    else log('Could not read the quick capture setting.', settings.error);
  });
}

function snoozeReminder(minutes: number): void {
  if (!backend) return;
  void callHost(backend, 'reminders.snooze', { minutes }).then((result) => {
    if (!result.ok) log('Could not snooze the weekly reminder.', result.error);
    reminders?.recheck();
  });
}

function notify(request: NotificationRequest): void {
  showNotification(request, log);
}

function log(message: string, detail?: unknown): void {
  console.error(message, ...(detail === undefined ? [] : [detail]));
}

function openInBrowser(url: string): void {
  openExternalSafely(url, (safe) => shell.openExternal(safe));
}
