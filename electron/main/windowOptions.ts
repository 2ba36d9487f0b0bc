import type { BrowserWindowConstructorOptions } from 'electron';
import { MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH, type WindowState } from './windowState';

/**
 * The main window. The renderer is untrusted as far as the OS is concerned: no Node, a separate
 * JavaScript world for the preload, and Chromium's sandbox. `webSecurity` is left at its default
 * (on). The window is shown once its first paint is ready, so it never flashes white.
 */
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
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      spellcheck: true,
    },
  };
}
