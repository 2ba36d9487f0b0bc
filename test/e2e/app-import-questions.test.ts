/**
 * Every guess of an import is a question answered in place (issue 11, item 8), in light and dark:
 * a year taken from the title, a name read as a person, a day for one undated item and the
 * default day for the rest. Nothing is written until Import is pressed; then the journal holds
 * the entries as answered.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntryPage } from '../../shared/domain/model';
import { eventually, MOD } from './app-seed';
import { type AppHarness, launchApp, ROOT, screenshot } from './harness';

const PRIYA = path.join(ROOT, 'test/fixtures/imports/authors/julia-template-priya.md');

for (const scheme of ['light', 'dark'] as const) {
  describe(`answering the import's questions in ${scheme} mode`, () => {
    let app: AppHarness;

    beforeAll(async () => {
      app = await launchApp({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
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

    const listed = async () => (await app.rpc<EntryPage>('entries.list', {})).items;

    it('applies each answer to its item, writes nothing before Import, and imports the entries as answered', async () => {
      const { page } = app;
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Choose a file…' }).click()]);
      await chooser.setFiles(PRIYA);
      const dialog = page.getByRole('dialog');
      const pricing = dialog.getByRole('group', { name: 'Questions about “Pricing experiment”' });
      const churn = dialog.getByRole('group', { name: 'Questions about “Churn model v2”' });
      const jonas = dialog.getByRole('group', { name: /^Questions about “thanks to Jonas/ });
      await pricing.waitFor();
      await dialog.getByText(/questions you can answer/).waitFor();

      // The year came from the title: answer 2022 and see the range move to 2022.
      await pricing.getByLabel('Year 2023 from the title “Brag document 2023” — right?').fill('2022');
      await dialog.getByText('mid-May – early July 2022').waitFor();

      // "Sam Okafor" is not a person, in this story: the row stops naming him.
      await dialog.getByText('(partner eng lead at the telecom)').waitFor();
      await churn.getByRole('radiogroup', { name: 'Is “Sam Okafor” a person?' }).getByRole('radio', { name: 'No' }).click();
      await eventually(async () => expect(await dialog.getByText('(partner eng lead at the telecom)').count()).toBe(0));

      // One undated item gets its own day; the others take the default day.
      await jonas.getByLabel(/before saving/).fill('2023-06-02');
      await jonas.getByText('answered').waitFor();
      const importButton = dialog.getByRole('button', { name: /^Import \d+ entries$/ });
      expect(await importButton.isDisabled()).toBe(true);
      await dialog.getByLabel('Day for the items without a date').fill('2023-12-15');
      await eventually(async () => expect(await importButton.isDisabled()).toBe(false));

      // A note made an entry asks for its own day; kept as a note again, its answers go with it.
      const notes = dialog.getByRole('region', { name: 'Notes' });
      const started = notes.getByRole('radiogroup').nth(1);
      await started.getByRole('radio', { name: 'Make it an entry' }).click();
      const made = dialog.getByRole('group', { name: /^Questions about “Started this from Julia/ });
      await made.getByLabel(/which day/).fill('2023-01-06');
      await made.getByText('answered').waitFor();
      await dialog.getByRole('button', { name: 'Import 9 entries' }).waitFor();
      await started.getByRole('radio', { name: 'Keep as a note' }).click();
      await dialog.getByRole('button', { name: 'Import 8 entries' }).waitFor();
      expect(await dialog.getByRole('alert').count()).toBe(0);

      // Everything so far was a preview.
      expect(await listed()).toEqual([]);
      await churn.scrollIntoViewIfNeeded();
      await screenshot(page, `import-questions-${scheme}`);
      await jonas.scrollIntoViewIfNeeded();
      await screenshot(page, `import-questions-lower-${scheme}`);

      await importButton.click();
      await dialog.waitFor({ state: 'detached' });
      await page
        .getByRole('status')
        .getByText(/^Imported 8 entries/)
        .waitFor();

      const items = await listed();
      const byTitle = (title: string) => items.find((e) => e.title.startsWith(title));
      expect(byTitle('Pricing experiment')).toMatchObject({ date: '2022-05-11', datePrecision: 'part', dateEnd: '2022-07-10' });
      expect(byTitle('Churn model v2')?.people).toEqual([]);
      expect(byTitle('thanks to Jonas')).toMatchObject({ date: '2023-06-02', datePrecision: 'day' });
      expect(byTitle('how survival models')).toMatchObject({ date: '2023-12-15' });

      // And the journal shows it as answered.
      await page.getByRole('button', { name: 'Show in journal' }).click();
      const row = page.getByRole('listbox', { name: 'Entries' }).getByRole('option', { name: /Pricing experiment/ });
      await row.waitFor();
      expect(await row.textContent()).toContain('2022');
    });
  });
}
