/**
 * The import preview of a brag document as its author meant it (issue 11), at 1280×800 in light
 * and dark: dates in the author's terms, kinds, people with roles, impact, goal links and the notes.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { MOD } from './app-seed';
import { type AppHarness, launchApp, ROOT, screenshot } from './harness';

const PRIYA = path.join(ROOT, 'test/fixtures/imports/authors/julia-template-priya.md');

for (const scheme of ['light', 'dark'] as const) {
  describe(`the import preview in ${scheme} mode`, () => {
    let app: AppHarness;

    beforeAll(async () => {
      app = await launchApp({ colorScheme: scheme, viewport: { width: 1280, height: 800 } });
      app.page.setDefaultTimeout(15_000);
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

    it('shows what was understood about each item before anything is written', async () => {
      const [chooser] = await Promise.all([
        app.page.waitForEvent('filechooser'),
        app.page.getByRole('button', { name: 'Choose a file…' }).click(),
      ]);
      await chooser.setFiles(PRIYA);
      const dialog = app.page.getByRole('dialog');
      await dialog.getByText('Churn model v2').first().waitFor();
      await dialog.getByText('Q2 2023', { exact: true }).waitFor();
      await dialog.getByText('(partner eng lead at the telecom)').waitFor();
      await dialog.getByText('AUC 0.71 → 0.78', { exact: false }).waitFor();
      await dialog.getByText('mid-May – early July 2023').waitFor();
      await dialog.getByText('Serves the goal “Mentor a junior data scientist”').waitFor();
      await dialog.getByText('Priya Raman — Senior Data Scientist, Growth').waitFor();
      await screenshot(app.page, `import-understanding-${scheme}`);
      await dialog.getByText('Notes (not entries)').scrollIntoViewIfNeeded();
      await screenshot(app.page, `import-understanding-lower-${scheme}`);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
    });
  });
}
