import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';

/**
 * Prints one of Chronicle's own pages to PDF: a hidden window on the same app:// page, the print
 * route for the document (`#/print?…`), Chromium's PDF printer once the page says it is ready.
 * Electron is passed in, so this is tested without the Electron binary.
 */

export type Paper = 'a4' | 'letter';

/** The parts of a BrowserWindow used here. */
export interface PdfWindow {
  loadURL(url: string): Promise<void>;
  webContents: {
    executeJavaScript(code: string): Promise<unknown>;
    printToPDF(options: PrintToPDFOptions): Promise<Buffer>;
  };
  destroy(): void;
}

export interface PrintDeps {
  createWindow(options: BrowserWindowConstructorOptions): PdfWindow;
  /** The app's page, e.g. app://chronicle/index.html. */
  pageUrl: string;
  webPreferences: BrowserWindowConstructorOptions['webPreferences'];
  /** Waits between looks at the page; a real timer in the app. */
  pause?: (ms: number) => Promise<void>;
  timeoutMs?: number;
}

export class PrintError extends Error {}

/** A hidden window: never shown, never focused, the same secure preferences as the main one. */
export function pdfWindowOptions(webPreferences: BrowserWindowConstructorOptions['webPreferences']): BrowserWindowConstructorOptions {
  return { show: false, width: 900, height: 1200, focusable: false, skipTaskbar: true, webPreferences };
}

export function pdfOptions(paper: Paper): PrintToPDFOptions {
  return {
    pageSize: paper === 'letter' ? 'Letter' : 'A4',
    printBackground: true,
    // the page's @page rules set size, margins and the page numbers in the bottom margin
    preferCSSPageSize: true,
    generateDocumentOutline: true,
  };
}

/** `hash` is a print route made by the renderer (`#/print?draft=…`); anything else is refused. */
export async function printToPdf(deps: PrintDeps, hash: string, paper: Paper): Promise<Buffer> {
  if (!/^#\/print\?[\w%=&.:,{}"-]*$/.test(hash) || hash.length > 2000) throw new PrintError('That is not a page Chronicle can print.');
  const pause = deps.pause ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const timeoutMs = deps.timeoutMs ?? 30_000;
  const window = deps.createWindow(pdfWindowOptions(deps.webPreferences));
  try {
    await window.loadURL(`${deps.pageUrl}${hash}`);
    // The page marks itself ready once its document has loaded and its fonts are in.
    let state: unknown = '';
    for (let waited = 0; state !== 'true'; waited += 100) {
      state = await window.webContents.executeJavaScript('document.documentElement.dataset.printReady ?? ""');
      if (state === 'error') throw new PrintError('The document could not be prepared for printing.');
      if (state === 'true') break;
      if (waited >= timeoutMs) throw new PrintError('The document took too long to prepare for printing.');
      await pause(100);
    }
    return await window.webContents.printToPDF(pdfOptions(paper));
  } finally {
    window.destroy();
  }
}
