/**
 * Issue 16's last gaps in the real renderer: the folder picker and restoring a backup from
 * Settings. The page runs as in the desktop app, with `window.chronicle` standing in for the
 * Electron preload: calls go to the real backend (through the bridge), and the two file
 * operations answer as the main process would (its side is tested in test/integration/journalRestore).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { type AppHarness, launchApp, SCREENSHOT_DIR } from './harness';

/**
 * The harness's screenshot waits with page-evaluated text, which this page's CSP refuses once an
 * init script stands in for the preload; the caller waits for the text it shows instead.
 */
async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, animations: 'disabled' });
  return file;
}

const CHOSEN_FOLDER = '/home/ada/Dropbox/Chronicle backups';

for (const scheme of ['light', 'dark'] as const) {
  describe(`restoring from Settings in the desktop app, ${scheme}`, () => {
    let app: AppHarness;
    const restoreCalls: string[] = [];

    beforeAll(async () => {
      app = await launchApp({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
      await app.rpc('settings.update', { welcomeDone: true });
      await app.rpc('entries.create', {
        date: '2026-03-04',
        datePrecision: 'day',
        dateEnd: null,
        title: 'Shipped search',
        body: 'Search answers in 40 ms.',
        section: 'projects',
        impact: '',
        themeIds: [],
        newThemes: [],
        kind: 'accomplishment',
        people: [],
        goalIds: [],
        starred: false,
        links: [],
      });
      await app.page.exposeFunction('chronicleTestRestore', (name: string) => {
        restoreCalls.push(name);
        return { ok: true, value: { kept: `${app.dbPath}.before-restore-2026-03-06T09-00-00-000Z.bak` } };
      });
      await app.page.addInitScript(
        ({ baseUrl, token, folder }) => {
          const rpc = async (method: string, input: unknown) => {
            const response = await fetch(`${baseUrl}/rpc/${method}`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
              body: JSON.stringify(input),
            });
            return (await response.json()) as unknown;
          };
          const restore = (window as unknown as { chronicleTestRestore: (name: string) => Promise<unknown> }).chronicleTestRestore;
          Object.assign(window, {
            chronicle: {
              invoke: rpc,
              onEvent: () => () => undefined,
              files: {
                chooseFolder: () => Promise.resolve({ ok: true, value: { path: folder } }),
                restoreBackup: (name: string) => restore(name),
              },
            },
          });
        },
        { baseUrl: app.baseUrl, token: app.token, folder: CHOSEN_FOLDER },
      );
      await app.page.reload();
    }, 120_000);
    afterAll(async () => {
      await app?.close();
    });

    it('chooses the backup folder in a dialog, then restores a picked backup after a confirm', async () => {
      const page = app.page;
      await page
        .getByRole('navigation')
        .getByRole('button', { name: /^Settings/ })
        .click();
      await page.getByRole('heading', { name: 'Backups' }).scrollIntoViewIfNeeded();
      const backupsSection = page.getByRole('region', { name: 'Backups' });
      await backupsSection.getByRole('button', { name: 'Choose folder…' }).click();
      await expect
        .poll(async () => (await app.rpc<{ backup: { folder: string | null } }>('settings.get')).backup.folder)
        .toBe(CHOSEN_FOLDER);
      await expect.poll(() => page.getByLabel('Backup folder').inputValue()).toBe(CHOSEN_FOLDER);
      // The repository list has the same picker.
      await page.getByRole('region', { name: 'Suggestions from your commits' }).getByRole('button', { name: 'Choose folder…' }).waitFor();

      // Back to a folder the bridge can write, and a backup in it.
      await app.rpc('settings.update', { backup: { folder: null } });
      await page.reload();
      await page
        .getByRole('navigation')
        .getByRole('button', { name: /^Settings/ })
        .click();
      await page.getByRole('heading', { name: 'Backups' }).scrollIntoViewIfNeeded();
      await page.getByRole('button', { name: 'Back up now' }).click();
      await page.getByText(/^Last backup .* 1 entry$/).waitFor();
      const list = page.getByRole('list', { name: 'Backups' });
      await list.getByRole('radio').first().check();
      const region = page.getByRole('region', { name: 'Restore this backup' });
      await region.getByText('This backup holds 1 entry').waitFor();
      expect(await region.getByText('chronicle restore').count()).toBe(0);
      await region.getByRole('button', { name: 'Restore this backup…' }).click();
      await region.getByRole('button', { name: 'Replace the journal with 1 entry' }).waitFor();
      await screenshot(page, `restore-confirm-${scheme}`);
      await region.getByRole('button', { name: 'Replace the journal with 1 entry' }).click();
      await page.getByText(/^Restored\. The journal as it was is kept at .*before-restore/).waitFor();
      const backupName = await list.getByRole('radio').first().getAttribute('value');
      expect(restoreCalls).toEqual([backupName]);
      await screenshot(page, `restore-done-${scheme}`);
    }, 90_000);
  });
}
