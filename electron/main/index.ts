import fs from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, screen, session, shell } from 'electron';
import type { BackendEvent } from '../../shared/api/contract';
import { EVENT_CHANNEL } from '../../shared/api/transport';
import { type Backend, openBackend } from '../core/backend';
import { DATABASE_FILE } from '../core/paths';
import { APP_SCHEME, devServerUrlFrom, rendererEntryUrl, trustedOrigins } from './appOrigin';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './appProtocol';
import { contentSecurityPolicy } from './contentSecurityPolicy';
import { openExternalSafely } from './externalLinks';
import { createInvokeHandler, registerInvokeHandler } from './ipc';
import { type MenuEvent, menuTemplate } from './menu';
import { electronNativeBindingPath } from './nativeBinding';
import { guardWebContents } from './navigationGuards';
import { describeMissingNativeBinding, describeOpenFailure, type FailureDialog } from './openFailure';
import { denyPermissions } from './permissions';
import { mainWindowOptions } from './windowOptions';
import { captureWindowState, fitToDisplays, loadWindowState, saveWindowState, WINDOW_STATE_FILE } from './windowState';

const APP_NAME = 'Chronicle';
const devServerUrl = devServerUrlFrom(process.env, app.isPackaged);
const origins = trustedOrigins(devServerUrl);
const preloadPath = path.join(import.meta.dirname, '../preload/index.cjs');
const rendererDir = path.join(import.meta.dirname, '../renderer');

let mainWindow: BrowserWindow | null = null;
let backend: Backend | null = null;

// Both must happen before 'ready'.
protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

// One journal, one process: a second launch brings the open window forward instead.
if (app.requestSingleInstanceLock()) {
  start();
} else {
  app.quit();
}

function start(): void {
  app.on('second-instance', () => {
    if (!mainWindow) {
      // macOS: the app was running with its window closed.
      if (backend) mainWindow = createMainWindow();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  // Every webContents, not only our window: whatever gets created obeys the same rules.
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, { trustedOrigins: origins, openExternal: openInBrowser });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  app.on('will-quit', () => {
    backend?.close();
    backend = null;
  });

  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) =>
      fail({ title: 'Chronicle could not start', message: error instanceof Error ? error.message : String(error) }),
    );
}

function onReady(): void {
  const opened = openJournal();
  if (!opened) return;
  backend = opened;

  if (process.platform === 'win32') app.setAppUserModelId('app.chronicle.desktop');
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: rendererDir, contentSecurityPolicy: contentSecurityPolicy() }));
  denyPermissions(session.defaultSession, origins);
  registerInvokeHandler(ipcMain, createInvokeHandler(opened.dispatch, origins));
  opened.subscribe(push);

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate({
        platform: process.platform,
        appName: APP_NAME,
        isDevelopment: !app.isPackaged,
        actions: {
          sendCommand: (command) => push({ type: 'menu', command }),
          openExternal: openInBrowser,
          showJournalFile: () => shell.showItemInFolder(databasePath()),
        },
      }),
    ),
  );

  mainWindow = createMainWindow();
  app.on('activate', () => {
    // macOS keeps the app running with no window; clicking the Dock icon brings one back.
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
  });
}

function databasePath(): string {
  return path.join(app.getPath('userData'), DATABASE_FILE);
}

/** Opens the journal, or explains in a dialog why not and quits. The file is left as it was. */
function openJournal(): Backend | null {
  let nativeBinding: string | undefined;
  if (!app.isPackaged) {
    // Development: node_modules holds the Node build of better-sqlite3 (for tests and the CLI).
    nativeBinding = electronNativeBindingPath(app.getAppPath(), process.versions.electron, process.platform, process.arch);
    if (!fs.existsSync(nativeBinding)) {
      fail(describeMissingNativeBinding(nativeBinding));
      return null;
    }
  }
  try {
    return openBackend({ databasePath: databasePath(), ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (error) {
    fail(describeOpenFailure(error, databasePath()));
    return null;
  }
}

function fail(failure: FailureDialog): void {
  dialog.showErrorBox(failure.title, failure.message);
  app.exit(1);
}

function createMainWindow(): BrowserWindow {
  const stateFile = path.join(app.getPath('userData'), WINDOW_STATE_FILE);
  const primary = screen.getPrimaryDisplay();
  const workAreas = [primary, ...screen.getAllDisplays().filter((display) => display.id !== primary.id)].map(
    (display) => display.workArea,
  );
  const state = fitToDisplays(loadWindowState(stateFile), workAreas);

  const window = new BrowserWindow(
    mainWindowOptions({
      preloadPath,
      state,
      title: APP_NAME,
      backgroundColor: nativeTheme.shouldUseDarkColors ? '#1d1c1a' : '#faf9f6',
    }),
  );
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
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

/** Backend changes and menu commands reach the renderer on the one event channel. */
function push(event: BackendEvent | MenuEvent): void {
  if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(EVENT_CHANNEL, event);
}

function openInBrowser(url: string): void {
  openExternalSafely(url, (safe) => shell.openExternal(safe));
}
