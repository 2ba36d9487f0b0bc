/**
 * Importing a folder or a .zip of Markdown notes in the app, in real headless Chromium: a zip of
 * an Obsidian vault through the file chooser, a Jekyll folder through the folder chooser.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOD } from './app-seed';
import { type AppHarness, launchApp, ROOT, screenshot } from './harness';

const FIXTURES = path.join(ROOT, 'test/fixtures/imports');

/** A real zip of the vault, as a person would make it: everything, under the vault's own folder. */
async function zipVault(): Promise<Buffer> {
  const vault = path.join(FIXTURES, 'obsidian-vault');
  const files: Record<string, Uint8Array> = {};
  for (const name of await fs.readdir(vault, { recursive: true, withFileTypes: true })) {
    if (!name.isFile()) continue;
    const full = path.join(name.parentPath, name.name);
    files[`My Vault/${path.relative(vault, full).split(path.sep).join('/')}`] = await fs.readFile(full);
  }
  return Buffer.from(zipSync(files));
}

async function openTransfer(page: Page): Promise<void> {
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^Journal/ })
    .waitFor();
  await page.keyboard.press(`${MOD}+Shift+E`);
  await page.getByRole('heading', { name: 'Export & import', level: 1 }).waitFor();
}

const importDialog = (page: Page) => page.getByRole('dialog', { name: /^Import / });

for (const scheme of ['light', 'dark'] as const) {
  describe(`importing notes, ${scheme}`, () => {
    let app: AppHarness;
    beforeAll(async () => {
      app = await launchApp({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
      app.page.setDefaultTimeout(10_000);
    });
    afterAll(async () => {
      await app?.close();
    });

    it('imports a zipped Obsidian vault: one entry per note, attachments named, a day asked for the undated note', async () => {
      const { page } = app;
      await openTransfer(page);
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Choose a file…' }).click()]);
      await chooser.setFiles({ name: 'My Vault.zip', mimeType: 'application/zip', buffer: await zipVault() });
      const dialog = importDialog(page);
      await dialog.getByText('Markdown notes (one entry per note)').waitFor();
      await dialog.getByText('Skipped 2 files that are not Markdown: attachments/latency.png, attachments/slides.pdf.').waitFor();
      await dialog.getByText('Rewrote the search indexer').waitFor();
      await dialog.getByLabel('Day for the items without a date').fill('2024-12-31');
      await dialog.getByRole('button', { name: 'Import 4 entries' }).waitFor();
      await screenshot(page, `import-notes-zip-${scheme}`);
      await dialog.getByRole('button', { name: 'Import 4 entries' }).click();
      await expect.poll(async () => (await app.rpc<{ entryCount: number }>('system.info')).entryCount).toBe(4);
      const titles = (await app.rpc<{ items: { title: string; date: string }[] }>('entries.list', {})).items.map(
        (e) => `${e.date} ${e.title}`,
      );
      expect(titles.sort()).toEqual([
        '2024-03-05 Rewrote the search indexer',
        '2024-04-02 2024-04-02',
        '2024-06-12 Wrote the on-call handbook',
        '2024-12-31 Idea: a flaky-test dashboard',
      ]);
    });

    it('imports a Jekyll site chosen with the folder chooser', async () => {
      const { page } = app;
      await page.keyboard.press('Escape');
      await openTransfer(page);
      const [chooser] = await Promise.all([
        page.waitForEvent('filechooser'),
        page.getByRole('button', { name: 'Choose a folder…' }).click(),
      ]);
      await chooser.setFiles(path.join(FIXTURES, 'jekyll-site'));
      const dialog = importDialog(page);
      await dialog.getByText('Markdown notes (one entry per note)').waitFor();
      await dialog.getByText('Skipped 1 file that is not Markdown: _config.yml.').waitFor();
      await dialog.getByRole('button', { name: 'Import 2 entries' }).click();
      await expect.poll(async () => (await app.rpc<{ entryCount: number }>('system.info')).entryCount).toBe(6);
    });
  });
}
