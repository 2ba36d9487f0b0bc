/**
 * Screenshots of export and import at 1280×800, in light and dark, on the example year with saved
 * drafts: the export page, the preview of a hand-written brag document, the preview of an archive
 * merged into a journal, and the drop target over the window. Each also checks that the screen is
 * the one it claims to be.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOD } from './app-seed';
import { dragAway, dragFileOver } from './app-transfer-drop';
import { type AppHarness, launchApp, ROOT, screenshot } from './harness';

const year = new Date().getFullYear();
const JULIA = path.join(ROOT, 'test/fixtures/imports/julia-template.md');

for (const scheme of ['light', 'dark'] as const) {
  describe(`export and import in ${scheme} mode`, () => {
    let app: AppHarness;

    beforeAll(async () => {
      app = await launchApp({ colorScheme: scheme, viewport: { width: 1280, height: 800 } });
      app.page.setDefaultTimeout(10_000);
      await app.rpc('samples.load');
      await app.rpc('drafts.create', { kind: 'summary', period: { kind: 'year', year } });
      await app.rpc('drafts.create', { kind: 'packet', period: { kind: 'year', year }, reader: 'manager' });
      await app.page.reload();
      await app.page
        .getByRole('navigation')
        .getByRole('button', { name: /^Journal/ })
        .waitFor();
      await app.page.keyboard.press(`${MOD}+Shift+E`);
      await app.page.getByRole('heading', { name: 'Export & import', level: 1 }).waitFor();
    });
    afterAll(async () => {
      await app?.close();
    });

    it('the export page', async () => {
      const blog = app.page.getByRole('region', { name: 'Blog post' });
      await blog.getByRole('combobox').waitFor();
      // The tags are prefilled from the period's biggest themes.
      await expect.poll(() => blog.getByPlaceholder('Separated by commas').inputValue()).not.toBe('');
      await screenshot(app.page, `transfer-export-${scheme}`);
      await app.page.locator('.transfer-page').evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await app.page.getByRole('region', { name: 'Chronicle archive' }).getByRole('radio', { name: 'A folder' }).click();
      await screenshot(app.page, `transfer-export-lower-${scheme}`);
      await app.page.locator('.transfer-page').evaluate((el) => el.scrollTo(0, 0));
    });

    it('the preview of a hand-written brag document', async () => {
      const [chooser] = await Promise.all([
        app.page.waitForEvent('filechooser'),
        app.page.getByRole('button', { name: 'Choose a file…' }).click(),
      ]);
      // With an undated item (the template's introduction is a note now), so the preview asks for a day.
      const julia = `${await fs.readFile(JULIA, 'utf8')}\n## Projects\n\n- Something I did but forgot when\n`;
      await chooser.setFiles({ name: 'julia-template.md', mimeType: 'text/markdown', buffer: Buffer.from(julia) });
      const dialog = app.page.getByRole('dialog', { name: 'Import julia-template.md' });
      await dialog.getByText('A brag document written by hand').waitFor();
      await dialog.getByText(/no date: use/).waitFor();
      await screenshot(app.page, `transfer-import-preview-${scheme}`);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
    });

    it('the preview of an archive merged into a journal', async () => {
      const exported = await app.rpc<{ fileName: string; content: string }>('export.file', { kind: 'archive', format: 'markdown' });
      const file = path.join(await fs.mkdtemp(path.join(ROOT, 'test-results/transfer-')), exported.fileName);
      await fs.writeFile(file, exported.content);
      const [chooser] = await Promise.all([
        app.page.waitForEvent('filechooser'),
        app.page.getByRole('button', { name: 'Choose a file…' }).click(),
      ]);
      await chooser.setFiles(file);
      const dialog = app.page.getByRole('dialog', { name: `Import ${exported.fileName}` });
      await dialog.getByText(/merged into it/).waitFor();
      await screenshot(app.page, `transfer-import-archive-${scheme}`);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await fs.rm(path.dirname(file), { recursive: true, force: true });
    });

    it('the drop target over the window', async () => {
      await app.page
        .getByRole('navigation')
        .getByRole('button', { name: /^Journal/ })
        .click();
      await dragFileOver(app.page, { name: 'brag.md', type: 'text/markdown', base64: Buffer.from('# 2026\n').toString('base64') });
      await app.page.getByTestId('drop-overlay').waitFor();
      await screenshot(app.page, `transfer-drop-${scheme}`);
      await dragAway(app.page);
      await app.page.getByTestId('drop-overlay').waitFor({ state: 'detached' });
    });
  });
}
