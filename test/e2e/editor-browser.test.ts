/**
 * The entry editor in real headless Chromium: a one-page build of the component, driven by
 * keyboard and mouse the way a user writes, checking the exact Markdown the app would save.
 */
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from './browser';

const FIXTURE = resolve(import.meta.dirname, 'fixtures/editor-page');
const SCREENSHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const MOD = process.platform === 'darwin' ? 'Meta' : 'Control';

type ProbeWindow = {
  editorProbe: {
    body: string | null;
    impact: string | null;
    changes: number;
    submits: number;
    openedLinks: string[];
    getBodyMarkdown: () => string;
    unmountBody: () => void;
    shortcutsReachingApp: string[];
    focusedLabel: () => string | null;
    horizontalOverflow: (selector: string) => number;
  };
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

let outDir = '';
let server: Server;
let baseUrl = '';
let browser: Browser;
let sharedPage: Page;
const pageErrors: Error[] = [];

function serve(root: string): Promise<Server> {
  const httpServer = createServer((request, response) => void respond(request, response));
  async function respond(request: IncomingMessage, response: ServerResponse) {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end(); // A missing asset shows up as a failed page load in the test.
    }
  }
  return new Promise((done) => httpServer.listen(0, '127.0.0.1', () => done(httpServer)));
}

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'chronicle-editor-page-'));
  await build({
    root: FIXTURE,
    configFile: false,
    logLevel: 'warn',
    base: './',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, minify: false, reportCompressedSize: false },
  });
  server = await serve(outDir);
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // One page for the file, reloaded per test: a fresh page costs about a second on a busy machine.
  sharedPage = await browser.newPage({ viewport: { width: 800, height: 900 } });
  sharedPage.on('pageerror', (error) => pageErrors.push(error));
});

afterEach(() => {
  expect(pageErrors).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
  if (outDir !== '') {
    await rm(outDir, { recursive: true, force: true });
  }
});

async function openEditor(initialBody = '', colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = sharedPage;
  await page.emulateMedia({ colorScheme });
  await page.goto(`${baseUrl}?body=${encodeURIComponent(initialBody)}`);
  await page.getByRole('textbox', { name: 'Entry text' }).waitFor();
  return page;
}

const body = (page: Page) => page.getByRole('textbox', { name: 'Entry text' });
const savedBody = (page: Page) => page.evaluate(() => (globalThis as unknown as ProbeWindow).editorProbe.body);
/** Plain text arrives as one input event: quicker than key-by-key, and no Markdown shortcut hides in it. */
const write = (page: Page, text: string) => page.keyboard.insertText(text);
/** The blocks the editor shows, counted in its rendered DOM: what a reader of the editor sees. */
const blocksShown = (page: Page) =>
  body(page).evaluate((root) => ({
    paragraphs: [...root.querySelectorAll(':scope > p')].filter((p) => (p.textContent ?? '') !== '').length,
    headings: root.querySelectorAll(':scope > h1, :scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > h6').length,
    listItems: [...root.querySelectorAll('li')].filter((li) => li.querySelector(':scope > ul, :scope > ol') === null).length,
    quotes: root.querySelectorAll(':scope > blockquote').length,
    codeBlocks: root.querySelectorAll(':scope > code, :scope > pre').length,
  }));
const button = (page: Page, name: string) =>
  page.getByRole('toolbar', { name: 'Entry text formatting' }).getByRole('button', { name, exact: true });

describe('the entry editor in a browser', () => {
  it('turns Markdown typed as shortcuts into formatting and saves it as the same Markdown', async () => {
    const page = await openEditor();
    await body(page).focus();
    const keyboard = page.keyboard;
    await keyboard.type('# ');
    await write(page, 'Weekly wins');
    await keyboard.press('Enter');
    await write(page, 'Shipped ');
    await keyboard.type('**billing**');
    await write(page, ' with ');
    await keyboard.type('*zero*');
    await write(page, ' downtime and ');
    await keyboard.type('`v2` ~~late~~');
    await write(page, '.');
    await keyboard.press('Enter');
    await keyboard.type('- first');
    await keyboard.press('Enter');
    await keyboard.type('second');
    await keyboard.press('Enter');
    await keyboard.press('Enter');
    await keyboard.type('1. one');
    await keyboard.press('Enter');
    await keyboard.type('two');
    await keyboard.press('Enter');
    await keyboard.press('Enter');
    await keyboard.type('[] todo');
    await keyboard.press('Enter');
    await keyboard.press('Enter');
    await keyboard.type('> kudos');
    await keyboard.press('Enter');
    await keyboard.type('```ts ');
    await write(page, 'const a = 1;');
    await expect
      .poll(() => savedBody(page))
      .toBe(
        [
          '# Weekly wins',
          '',
          'Shipped **billing** with *zero* downtime and `v2` ~~late~~.',
          '',
          '- first',
          '- second',
          '',
          '1. one',
          '2. two',
          '',
          '- [ ] todo',
          '',
          '> kudos',
          '',
          '```ts',
          'const a = 1;',
          '```',
        ].join('\n'),
      );
  });

  it('applies formatting from the toolbar, shows it as pressed, and saves it as Markdown', async () => {
    const page = await openEditor();
    await body(page).focus();
    await write(page, 'Led the review');
    await page.keyboard.press('Shift+Home');
    await button(page, 'Bold').click();
    await expect.poll(() => button(page, 'Bold').getAttribute('aria-pressed')).toBe('true');
    await button(page, 'Italic').click();
    await expect.poll(() => savedBody(page)).toBe('***Led the review***');
    await button(page, 'Italic').click();
    await button(page, 'Bold').click();
    await button(page, 'Strikethrough').click();
    await expect.poll(() => savedBody(page)).toBe('~~Led the review~~');
    await button(page, 'Strikethrough').click();
    await button(page, 'Inline code').click();
    await expect.poll(() => savedBody(page)).toBe('`Led the review`');
    await button(page, 'Inline code').click();

    await button(page, 'Heading 2').click();
    await expect.poll(() => savedBody(page)).toBe('## Led the review');
    expect(await button(page, 'Heading 2').getAttribute('aria-pressed')).toBe('true');
    await button(page, 'Heading 2').click();
    await button(page, 'Bulleted list').click();
    await expect.poll(() => savedBody(page)).toBe('- Led the review');
    await button(page, 'Numbered list').click();
    await expect.poll(() => savedBody(page)).toBe('1. Led the review');
    await button(page, 'Checklist').click();
    await expect.poll(() => savedBody(page)).toBe('- [ ] Led the review');
    await button(page, 'Checklist').click();
    await button(page, 'Quote').click();
    await expect.poll(() => savedBody(page)).toBe('> Led the review');
    await button(page, 'Quote').click();
    await button(page, 'Code block').click();
    await expect.poll(() => savedBody(page)).toBe('```\nLed the review\n```');
    await button(page, 'Code block').click();
    await expect.poll(() => savedBody(page)).toBe('Led the review');

    await button(page, 'Undo').click();
    await expect.poll(() => savedBody(page)).toBe('```\nLed the review\n```');
    await button(page, 'Redo').click();
    await expect.poll(() => savedBody(page)).toBe('Led the review');
  });

  it('formats with keyboard shortcuts, refuses underline, and leaves Mod+K to the app', async () => {
    const page = await openEditor();
    await body(page).focus();
    const press = (keys: string) => page.keyboard.press(keys.replaceAll('Mod', MOD));
    await press('Mod+b');
    await write(page, 'bold');
    await press('Mod+b');
    await write(page, ' ');
    await press('Mod+i');
    await write(page, 'italic');
    await press('Mod+i');
    await write(page, ' ');
    await press('Mod+Shift+x');
    await write(page, 'gone');
    await press('Mod+Shift+x');
    await write(page, ' ');
    await press('Mod+e');
    await write(page, 'code');
    await press('Mod+e');
    await write(page, ' ');
    await press('Mod+u');
    await write(page, 'plain');
    await expect.poll(() => savedBody(page)).toBe('**bold** *italic* ~~gone~~ `code` plain');

    await press('Mod+k');
    expect(await page.evaluate(() => (globalThis as unknown as ProbeWindow).editorProbe.shortcutsReachingApp)).toEqual(['k']);

    await press('Mod+Enter');
    expect(await page.evaluate(() => (globalThis as unknown as ProbeWindow).editorProbe.submits)).toBe(1);
    await expect.poll(() => savedBody(page)).toBe('**bold** *italic* ~~gone~~ `code` plain');

    await press('Mod+Alt+1');
    await expect.poll(() => savedBody(page)).toBe('# **bold** *italic* ~~gone~~ `code` plain');
    await press('Mod+Alt+0');
    await press('Mod+Shift+8');
    await expect.poll(() => savedBody(page)).toBe('- **bold** *italic* ~~gone~~ `code` plain');
  });

  it('nests list items with Tab and keeps Tab for focus outside lists', async () => {
    const page = await openEditor();
    await body(page).focus();
    await page.keyboard.type('- parent');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await write(page, 'child');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Tab');
    await write(page, 'sibling');
    await expect.poll(() => savedBody(page)).toBe('- parent\n    - child\n- sibling');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await write(page, 'after');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (globalThis as unknown as ProbeWindow).editorProbe.focusedLabel())).not.toBe('Entry text');
  });

  it('adds, edits and removes a link through the inline prompt, refusing unsafe addresses', async () => {
    const page = await openEditor('See the design doc');
    // Select "design doc" with the keyboard; on a loaded machine a key can land before the click's
    // caret settles, so the selection is checked and made again until it is exactly right.
    await expect
      .poll(async () => {
        await body(page).click();
        await page.keyboard.press('End');
        for (let i = 0; i < 'design doc'.length; i++) await page.keyboard.press('Shift+ArrowLeft');
        return page.evaluate(() => window.getSelection()?.toString());
      })
      .toBe('design doc');
    // Lexical reads the new selection on the next selectionchange task: let it land first.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))));
    await page.keyboard.press(`${MOD}+Shift+k`);
    const address = page.getByRole('textbox', { name: 'Link address' });
    await address.fill('javascript:alert(1)');
    await address.press('Enter');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('web address');
    await address.fill('example.com/design');
    await address.press('Enter');
    await expect.poll(() => savedBody(page)).toBe('See the [design doc](https://example.com/design)');

    await page.getByText('design doc').click();
    await expect.poll(() => button(page, 'Edit link').getAttribute('aria-pressed')).toBe('true');
    await button(page, 'Edit link').click();
    await expect.poll(() => address.inputValue()).toBe('https://example.com/design');
    await address.fill('https://example.org/v2');
    await address.press('Enter');
    await expect.poll(() => savedBody(page)).toBe('See the [design doc](https://example.org/v2)');

    await page.getByText('design doc').click({ modifiers: [MOD === 'Meta' ? 'Meta' : 'Control'] });
    expect(await page.evaluate(() => (globalThis as unknown as ProbeWindow).editorProbe.openedLinks)).toEqual(['https://example.org/v2']);
    expect(page.url()).toContain('127.0.0.1');

    await button(page, 'Edit link').click();
    await page.getByRole('button', { name: 'Remove link' }).click();
    await expect.poll(() => savedBody(page)).toBe('See the design doc');
  });

  it('saves two typed paragraphs as two Markdown paragraphs separated by a blank line', async () => {
    const page = await openEditor();
    await body(page).focus();
    await write(page, 'First paragraph');
    await page.keyboard.press('Enter');
    await write(page, 'Second paragraph');
    await expect.poll(() => savedBody(page)).toBe('First paragraph\n\nSecond paragraph');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await write(page, 'After a gap');
    await expect.poll(() => savedBody(page)).toBe('First paragraph\n\nSecond paragraph\n\nAfter a gap');
  });

  it('saves Shift+Enter as a hard line break in paragraphs, lists and quotes, and starts a paragraph after a heading', async () => {
    const page = await openEditor();
    await body(page).focus();
    await write(page, 'line one');
    await page.keyboard.press('Shift+Enter');
    await write(page, 'line two');
    await expect.poll(() => savedBody(page)).toBe('line one\\\nline two');
    expect(await blocksShown(page)).toMatchObject({ paragraphs: 1 });
    expect(await body(page).locator('p br').count()).toBe(1);

    await page.keyboard.press('Enter');
    await page.keyboard.type('- item');
    await page.keyboard.press('Shift+Enter');
    await write(page, 'more');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('> said');
    await page.keyboard.press('Shift+Enter');
    await write(page, 'twice');
    await page.keyboard.press('Enter');
    await page.keyboard.type('## Title');
    await page.keyboard.press('Shift+Enter');
    await write(page, 'body');
    await expect.poll(() => savedBody(page)).toBe('line one\\\nline two\n\n- item\\\nmore\n\n> said\\\n> twice\n\n## Title\n\nbody');
  });

  it('loads Markdown with blank lines between blocks without empty paragraphs, and saves it unchanged', async () => {
    const page = await openEditor('Intro\n\n- item\n\nOutro');
    expect(await blocksShown(page)).toEqual({ paragraphs: 2, headings: 0, listItems: 1, quotes: 0, codeBlocks: 0 });
    expect(await body(page).locator(':scope > p').count()).toBe(2);
    await page.getByText('Outro').click();
    await page.keyboard.press('End');
    await write(page, '!');
    await expect.poll(() => savedBody(page)).toBe('Intro\n\n- item\n\nOutro!');
  });

  it('keeps a soft break in loaded Markdown inside one paragraph and saves it unchanged', async () => {
    const page = await openEditor('one line\nnext line');
    expect(await blocksShown(page)).toMatchObject({ paragraphs: 1 });
    await page.getByText('next line').click();
    await page.keyboard.press('End');
    await write(page, '.');
    await expect.poll(() => savedBody(page)).toBe('one line\nnext line.');
  });

  it('loads the initial Markdown, ticks a checklist item by clicking its box, and flushes the last keystroke on unmount', async () => {
    const page = await openEditor('# Plan\n- [ ] write it\n- [x] ship it');
    expect(await page.locator('h1').textContent()).toBe('Plan');
    const item = page.locator('li', { hasText: 'write it' });
    const box = await item.boundingBox();
    expect(box).not.toBeNull();
    await page.mouse.click((box?.x ?? 0) + 6, (box?.y ?? 0) + (box?.height ?? 0) / 2);
    await expect.poll(() => savedBody(page)).toBe('# Plan\n\n- [x] write it\n- [x] ship it');

    await page.locator('h1').click();
    await page.keyboard.press('End');
    await page.keyboard.type('!');
    expect(await page.evaluate(() => (globalThis as unknown as ProbeWindow).editorProbe.getBodyMarkdown())).toBe(
      '# Plan!\n\n- [x] write it\n- [x] ship it',
    );
    await page.evaluate(() => (globalThis as unknown as ProbeWindow).editorProbe.unmountBody());
    expect(await savedBody(page)).toBe('# Plan!\n\n- [x] write it\n- [x] ship it');
  });

  it('looks right in light and dark themes', async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    const rich = [
      '# Week 12: billing migration',
      '',
      'Shipped the **billing migration** with *zero* downtime; see [the runbook](https://example.com/runbook) and `migrate.ts`. ~~Blocked on finance~~ unblocked.',
      '',
      '## Highlights',
      '',
      '- Cut invoice generation from `4h` to `20m`',
      '    - measured over two weeks',
      '',
      '1. Wrote the plan',
      '2. Rolled out behind a flag',
      '',
      '- [x] Post-mortem written',
      '- [ ] Share with the org',
      '',
      '> Best launch this year. — VP Engineering',
      '',
      '```sql',
      'select count(*) from invoices where created_at > now() - interval 7 day;',
      '```',
      '',
      'تم إطلاق الميزة بنجاح ✅',
      '',
      'averyveryveryverylongunbrokenwordthatwouldotherwiseoverflowtheeditorcontainerandbreakthelayoutcompletely',
    ].join('\n');
    for (const scheme of ['light', 'dark'] as const) {
      const page = await openEditor(rich, scheme);
      await page.getByRole('textbox', { name: 'Impact' }).waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, `editor-${scheme}.png`), fullPage: true });
      expect(await blocksShown(page)).toEqual({ paragraphs: 3, headings: 2, listItems: 6, quotes: 1, codeBlocks: 1 });
      expect((await savedBody(page)) ?? rich).toBe(rich); // Loading changes nothing: the text is already canonical.
      expect(await page.evaluate(() => (globalThis as unknown as ProbeWindow).editorProbe.getBodyMarkdown())).toBe(rich);
      expect(
        await page.evaluate(() => (globalThis as unknown as ProbeWindow).editorProbe.horizontalOverflow('[aria-label="Entry text"]')),
      ).toBe(0);

      await page.getByText('the runbook').click();
      await button(page, 'Edit link').click();
      await page.getByRole('textbox', { name: 'Link address' }).fill('not a link');
      await page.getByRole('button', { name: 'Save link' }).click();
      await page.getByRole('alert').waitFor();
      await page.screenshot({ path: join(SCREENSHOTS, `editor-${scheme}-link-prompt.png`), clip: { x: 0, y: 0, width: 800, height: 260 } });
    }
  });

  it('keeps undo and redo on the first toolbar row when the editor is narrow', async () => {
    await mkdir(SCREENSHOTS, { recursive: true });
    try {
      for (const width of [480, 640, 760]) {
        await sharedPage.setViewportSize({ width, height: 700 });
        const page = await openEditor('Narrow window');
        const top = async (name: string) => (await button(page, name).boundingBox())?.y ?? Number.NaN;
        expect(await top('Undo')).toBe(await top('Bold'));
        expect(await top('Redo')).toBe(await top('Bold'));
        const toolbar = await page.getByRole('toolbar', { name: 'Entry text formatting' }).boundingBox();
        const redo = await button(page, 'Redo').boundingBox();
        expect((redo?.x ?? 0) + (redo?.width ?? 0)).toBeLessThanOrEqual((toolbar?.x ?? 0) + (toolbar?.width ?? 0));
        await page.screenshot({ path: join(SCREENSHOTS, `editor-toolbar-${width}.png`), clip: { x: 0, y: 0, width, height: 200 } });
      }
    } finally {
      await sharedPage.setViewportSize({ width: 800, height: 900 });
    }
  });
});
