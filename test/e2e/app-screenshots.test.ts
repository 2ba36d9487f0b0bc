/**
 * Screenshots of the main screens at 1280×800 in light and dark, for people to look at: the
 * empty journal, a year of entries, an open entry, search and themes. Each also checks the
 * screen is the one it claims to be.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, MOD, seedJournal } from './app-seed';
import { type AppHarness, launchApp, screenshot } from './harness';

for (const scheme of ['light', 'dark'] as const) {
  describe(`screens in ${scheme} mode`, () => {
    let app: AppHarness;

    beforeAll(async () => {
      app = await launchApp({ colorScheme: scheme, viewport: { width: 1280, height: 800 } });
    });
    afterAll(async () => {
      await app?.close();
    });

    it('the empty journal', async () => {
      await app.page.getByRole('heading', { name: 'Your brag document starts here' }).waitFor();
      await screenshot(app.page, `empty-journal-${scheme}`);
    });

    it('the timeline with a season of entries', async () => {
      await seedJournal(app);
      await app.page.reload();
      const list = app.page.getByRole('listbox', { name: 'Entries' });
      await list.waitFor();
      expect(await list.getByRole('option').count()).toBeGreaterThanOrEqual(10);
      await screenshot(app.page, `timeline-${scheme}`);
    });

    it('the editor with a rich entry', async () => {
      await app.page.getByRole('option', { name: /Cut model evaluation time/ }).click();
      await app.page.getByRole('textbox', { name: 'Entry text' }).waitFor();
      await eventually(async () => expect(await app.page.locator('.save-indicator').textContent()).toContain('Saved'));
      await screenshot(app.page, `entry-editor-${scheme}`);
    });

    it('the search overlay with results', async () => {
      await app.page.keyboard.press(`${MOD}+k`);
      await app.page.keyboard.type('enterprise');
      const results = app.page.getByRole('listbox', { name: 'Results' }).getByRole('option');
      await eventually(async () => expect(await results.count()).toBeGreaterThanOrEqual(3));
      await screenshot(app.page, `search-${scheme}`);
      await app.page.keyboard.press('Escape');
    });

    it('the themes page', async () => {
      await app.page.getByRole('navigation').getByRole('button', { name: 'Manage' }).click();
      await app.page.getByRole('heading', { name: 'Themes', level: 1 }).waitFor();
      await screenshot(app.page, `themes-${scheme}`);
    });

    it('the empty trash', async () => {
      await app.page.getByRole('button', { name: /^Trash/ }).click();
      await app.page.getByRole('heading', { name: 'The trash is empty' }).waitFor();
      await screenshot(app.page, `trash-empty-${scheme}`);
    });
  });
}
