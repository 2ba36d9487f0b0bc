import { contextBridge, ipcRenderer } from 'electron';
import { type AfterPageStart, createPreloadApi } from './api';

/** The bits of the page's window the preload touches (main and preload compile without DOM types). */
interface PageWindow {
  document: { readyState: string };
  addEventListener(type: 'load', listener: () => void, options: { once: true }): void;
}
const page = globalThis as unknown as PageWindow;

// After the load event, plus one task: by then the app has normally rendered once and subscribed
// everything it subscribes at start, so commands kept for this page reach their handler.
const afterPageStart: AfterPageStart = (callback) => {
  const soon = () => setTimeout(callback, 0);
  if (page.document.readyState === 'complete') soon();
  else page.addEventListener('load', soon, { once: true });
};

// Sandboxed preload: bundled to CommonJS, and 'electron' is the only module it may require.
contextBridge.exposeInMainWorld('chronicle', createPreloadApi(ipcRenderer, afterPageStart));
