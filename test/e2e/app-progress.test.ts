/**
 * Long work shows a progress bar, in a real browser against the real bridge and its backend hosts:
 * importing a jrnl file of 12,000 entries shows "Importing…" with a determinate bar that counts
 * entries as the backend writes them, and goes away when the import is done. Screenshots in light
 * and dark while the bar is up (test/integration/bridgeHosts.test.ts shows cheap calls answered meanwhile).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MOD } from './app-seed';
import { type AppHarness, launchApp, SCREENSHOT_DIR } from './harness';

const ENTRIES = 12_000;

function jrnlFile(count: number): Buffer {
  const entries = Array.from({ length: count }, (_, i) => ({
    title: `Reviewed the rollout plan number ${i} @work`,
    body: `Walked the team through step ${i} of the migration.`,
    date: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    time: '09:00',
    tags: ['@work'],
    starred: false,
  }));
  return Buffer.from(JSON.stringify({ tags: {}, entries }));
}

async function openTransfer(page: Page): Promise<void> {
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^Journal/ })
    .waitFor();
  await page.keyboard.press(`${MOD}+Shift+E`);
  await page.getByRole('heading', { name: 'Export & import', level: 1 }).waitFor();
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`progress of long work in ${scheme} mode`, () => {
    let app: AppHarness;
    beforeAll(async () => {
      app = await launchApp({ colorScheme: scheme });
      app.page.setDefaultTimeout(120_000);
    }, 120_000);
    afterAll(async () => {
      await app?.close();
    });

    it('counts an import of 12,000 entries as it is written, above the import dialog', async () => {
      const { page } = app;
      await openTransfer(page);
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Choose a file…' }).click()]);
      await chooser.setFiles({ name: 'journal.json', mimeType: 'application/json', buffer: jrnlFile(ENTRIES) });

      const dialog = page.getByRole('dialog', { name: /^Import / });
      await dialog.getByRole('button', { name: /^Import [\d,]+ entries$/ }).click();

      const work = page.getByRole('region', { name: 'Work in progress' });
      const bar = work.getByRole('progressbar', { name: 'Importing' });
      // Determinate: the backend has reported a count, and the bar says it.
      await bar.and(page.locator('[aria-valuenow]')).waitFor();
      expect(Number(await bar.getAttribute('aria-valuemax'))).toBe(ENTRIES);
      const done = Number(await bar.getAttribute('aria-valuenow'));
      expect(done).toBeGreaterThan(0);
      await work.getByText(new RegExp(`of ${ENTRIES.toLocaleString('en-US')} entries`)).waitFor();
      // In the top layer (a popover shown after the dialog), so it is not dimmed behind the modal import dialog.
      expect(await work.evaluate((element) => element.matches(':popover-open'))).toBe(true);
      // Taken at once, not after the page is still: the bar moves until the import is done.
      fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `progress-import-${scheme}.png`) });

      await page
        .getByRole('status')
        .getByText(new RegExp(`Imported ${ENTRIES.toLocaleString('en-US')}|Imported ${ENTRIES}`))
        .waitFor();
      // The import's own bar goes when it is done (the window then reads the journal again).
      await bar.waitFor({ state: 'detached' });
    }, 300_000);
  });
}
