import { describe, expect, it } from 'vitest';
import { type PdfWindow, pdfOptions, printToPdf, type PrintDeps } from '../../electron/main/printToPdf';

/** A fake BrowserWindow whose page becomes ready after `readyAfter` looks. */
function fakeWindow(readyAfter: number, finalState = 'true') {
  const calls: string[] = [];
  let looks = 0;
  const window: PdfWindow = {
    loadURL(url) {
      calls.push(`load ${url}`);
      return Promise.resolve();
    },
    webContents: {
      executeJavaScript() {
        looks += 1;
        return Promise.resolve(looks > readyAfter ? finalState : '');
      },
      printToPDF(options) {
        calls.push(
          `print ${typeof options.pageSize === 'string' ? options.pageSize : JSON.stringify(options.pageSize)} css:${String(options.preferCSSPageSize)}`,
        );
        return Promise.resolve(Buffer.from('%PDF-1.7'));
      },
    },
    destroy() {
      calls.push('destroy');
    },
  };
  return { window, calls, looks: () => looks };
}

function deps(window: PdfWindow, options: Partial<PrintDeps> = {}): PrintDeps & { created: unknown[] } {
  const created: unknown[] = [];
  return {
    created,
    createWindow(opts) {
      created.push(opts);
      return window;
    },
    pageUrl: 'app://chronicle/index.html',
    webPreferences: { sandbox: true, contextIsolation: true },
    pause: async () => {},
    ...options,
  };
}

describe('printing a page to PDF from a hidden window', () => {
  it('loads the print route in a hidden window, waits until the page is ready, prints, and closes the window', async () => {
    const fake = fakeWindow(3);
    const d = deps(fake.window);
    const pdf = await printToPdf(d, '#/print?draft=abc&paper=letter', 'letter');
    expect(pdf.toString()).toBe('%PDF-1.7');
    expect(d.created).toEqual([expect.objectContaining({ show: false, webPreferences: { sandbox: true, contextIsolation: true } })]);
    expect(fake.calls).toEqual(['load app://chronicle/index.html#/print?draft=abc&paper=letter', 'print Letter css:true', 'destroy']);
    expect(fake.looks()).toBe(4);
  });

  it('refuses anything that is not a print route, without opening a window', async () => {
    const fake = fakeWindow(0);
    const d = deps(fake.window);
    await expect(printToPdf(d, '#/journal', 'a4')).rejects.toThrow('That is not a page Chronicle can print.');
    await expect(printToPdf(d, '#/print?x=<script>', 'a4')).rejects.toThrow('That is not a page Chronicle can print.');
    expect(d.created).toEqual([]);
  });

  it('says so when the page cannot be prepared, or takes too long, and still closes the window', async () => {
    const failing = fakeWindow(0, 'error');
    await expect(printToPdf(deps(failing.window), '#/print?draft=abc', 'a4')).rejects.toThrow(
      'The document could not be prepared for printing.',
    );
    expect(failing.calls).toEqual(['load app://chronicle/index.html#/print?draft=abc', 'destroy']);
    const slow = fakeWindow(1_000_000);
    await expect(printToPdf(deps(slow.window, { timeoutMs: 500 }), '#/print?draft=abc', 'a4')).rejects.toThrow('took too long');
    expect(slow.calls.at(-1)).toBe('destroy');
  });

  it('asks for A4 or Letter, with the page’s own @page size and margins', () => {
    expect(pdfOptions('a4')).toMatchObject({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true });
    expect(pdfOptions('letter').pageSize).toBe('Letter');
  });
});
