/**
 * Screenshots of review season at 1280×800, in light and dark, on a realistic year (the
 * examples plus a year of entries): the dashboard, the readiness check, a summary draft with
 * its versions, résumé bullets and a packet for a peer reviewer. Each also checks that the
 * screen is the one it claims to be.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, MOD, seedJournal } from './app-seed';
import { type AppHarness, launchApp, screenshot } from './harness';

const year = new Date().getFullYear();

for (const scheme of ['light', 'dark'] as const) {
  describe(`review screens in ${scheme} mode`, () => {
    let app: AppHarness;

    beforeAll(async () => {
      app = await launchApp({ colorScheme: scheme, viewport: { width: 1280, height: 800 } });
      app.page.setDefaultTimeout(10_000);
      await app.rpc('samples.load');
      await seedJournal(app);
      await app.page.reload();
      await app.page
        .getByRole('navigation')
        .getByRole('button', { name: /^Review/ })
        .waitFor();
      await app.page.keyboard.press(`${MOD}+8`);
      await app.page.getByRole('heading', { name: 'Review', level: 1 }).waitFor();
    });
    afterAll(async () => {
      await app?.close();
    });

    it('the dashboard', async () => {
      await app.page.getByRole('region', { name: 'Totals' }).waitFor();
      await eventually(async () => expect(await app.page.locator('.dashboard canvas').count()).toBeGreaterThanOrEqual(4));
      await screenshot(app.page, `review-dashboard-${scheme}`);
      await app.page.locator('.page').evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await screenshot(app.page, `review-dashboard-lower-${scheme}`);
    });

    it('the readiness check with an impact being added', async () => {
      // A vague entry of this year (a weak verb and no outcome), which the check flags (issue 12).
      await app.rpc('entries.create', { date: `${year}-01-15`, title: 'Helped with the deployment' });
      await app.page.getByRole('tab', { name: 'Readiness check' }).click();
      const group = app.page.getByRole('region', { name: /^(Highlights without a result|Vague entries)$/ }).first();
      await group.waitFor();
      await group
        .getByRole('button', { name: /^(Add impact|Say what changed)$/ })
        .first()
        .click();
      await app.page.getByRole('textbox', { name: /^Impact of/ }).waitFor();
      await screenshot(app.page, `review-check-${scheme}`);
      await app.page.getByRole('button', { name: 'Cancel' }).first().click();
    });

    it('the summary draft with its versions', async () => {
      await app.page.getByRole('tab', { name: 'Drafts' }).click();
      await app.page.getByRole('button', { name: `Write a summary of ${year}` }).click();
      const editor = app.page.getByRole('textbox', { name: 'Draft text' });
      await editor.waitFor();
      await editor.click();
      await app.page.keyboard.press(`${MOD}+Home`);
      await app.page.keyboard.press('End');
      await app.page.keyboard.insertText(': the year I became a tech lead');
      await app.page.getByRole('status').filter({ hasText: 'Saved · version 2' }).waitFor();
      await app.page.getByRole('button', { name: 'Regenerate' }).click();
      await app.page.getByRole('status').filter({ hasText: 'is kept in the history' }).waitFor();
      await app.page.mouse.click(5, 790);
      await screenshot(app.page, `review-summary-${scheme}`);
      await app.page.getByRole('button', { name: 'View version 2' }).click();
      await app.page.getByRole('article', { name: 'Version 2' }).waitFor();
      await screenshot(app.page, `review-summary-version-${scheme}`);
    });

    it('résumé bullets', async () => {
      await app.page.getByRole('button', { name: /^Drafts$/ }).click();
      await app.page.getByRole('button', { name: 'Draft résumé bullets…' }).click();
      const dialog = app.page.getByRole('dialog', { name: 'Draft résumé bullets' });
      await dialog.getByRole('radio', { name: 'Entries I pick' }).click();
      await dialog.getByRole('list', { name: 'Entries to draft from' }).waitFor();
      await screenshot(app.page, `review-bullets-pick-${scheme}`);
      await dialog.getByRole('radio', { name: /^Everything in/ }).click();
      await dialog.getByRole('button', { name: 'Draft bullets' }).click();
      await app.page.getByRole('list', { name: 'Bullets' }).waitFor();
      await app.page.getByRole('checkbox', { name: 'Accept bullet 1', exact: true }).check();
      await app.page.getByRole('checkbox', { name: 'Accept bullet 3', exact: true }).check();
      await app.page.mouse.click(5, 790);
      await screenshot(app.page, `review-bullets-${scheme}`);
    });

    it('a packet for a peer reviewer', async () => {
      await app.page.getByRole('button', { name: /^Drafts$/ }).click();
      await app.page.getByRole('button', { name: 'For a peer reviewer' }).click();
      await app.page.getByRole('textbox', { name: 'Draft text' }).waitFor();
      await app.page.getByRole('radio', { name: 'Read with sources' }).click();
      await app.page.mouse.click(5, 790);
      await screenshot(app.page, `review-packet-${scheme}`);
      await app.page.getByRole('button', { name: /^Drafts$/ }).click();
      await app.page.getByRole('region', { name: 'Review packets' }).waitFor();
      await screenshot(app.page, `review-drafts-${scheme}`);
    });
  });
}
