import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH, type Rect, type WindowState } from './windowState';

/**
 * What every Chronicle window runs with. The renderer is untrusted as far as the OS is concerned:
 * no Node, a separate JavaScript world for the preload, and Chromium's sandbox. `webSecurity` is
 * left at its default (on). One builder, so a second window cannot drift from the first.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    spellcheck: true,
  };
}

/** The main window. It is shown once its first paint is ready, so it never flashes white. */
export function mainWindowOptions(options: {
  preloadPath: string;
  state: WindowState;
  title: string;
  backgroundColor: string;
}): BrowserWindowConstructorOptions {
  const { state } = options;
  return {
    title: options.title,
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    show: false,
    backgroundColor: options.backgroundColor,
    webPreferences: secureWebPreferences(options.preloadPath),
  };
}

export const CAPTURE_WINDOW_WIDTH = 560;
export const CAPTURE_WINDOW_HEIGHT = 420;

/**
 * The quick-capture window: small, fixed-size and above other apps, because it is summoned by a
 * global shortcut over whatever the user was doing, and centred on the screen they are looking at
 * (the one with the pointer). Same secure preferences and preload as the main window.
 */
export function captureWindowOptions(options: {
  preloadPath: string;
  workArea: Rect;
  title: string;
  backgroundColor: string;
}): BrowserWindowConstructorOptions {
  const { workArea } = options;
  const width = Math.min(CAPTURE_WINDOW_WIDTH, workArea.width);
  const height = Math.min(CAPTURE_WINDOW_HEIGHT, workArea.height);
  return {
    title: options.title,
    width,
    height,
    x: Math.round(workArea.x + (workArea.width - width) / 2),
    y: Math.round(workArea.y + (workArea.height - height) / 2),
    resizable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    alwaysOnTop: true,
    show: false,
    backgroundColor: options.backgroundColor,
    webPreferences: secureWebPreferences(options.preloadPath),
  };
}
