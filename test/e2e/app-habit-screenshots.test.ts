/**
 * Screenshots of the weekly habit and the template's structure at 1280×800, in light and dark:
 * the welcome, the week (entries, reflection, a due follow-up, the streak), goals, a theme page,
 * people, the calendar, settings, quick capture and the fuller entry editor. Each also checks
 * that the screen is the one it claims to be.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, MOD } from './app-seed';
import { type AppHarness, launchApp, screenshot } from './harness';

for (const scheme of ['light', 'dark'] as const) {
  describe(`habit screens in ${scheme} mode`, () => {
    let app: AppHarness;

    beforeAll(async () => {
      app = await launchApp({ colorScheme: scheme, viewport: { width: 1280, height: 800 } });
    });
    afterAll(async () => {
      await app?.close();
    });

    it('the welcome', async () => {
      await app.page.getByRole('heading', { name: 'Your brag document starts here' }).waitFor();
      await app.page.getByRole('button', { name: 'Load example entries' }).waitFor();
      await screenshot(app.page, `habit-welcome-${scheme}`);
    });

    it('the week with entries, a reflection, a due follow-up and the streak', async () => {
      await app.page.getByRole('button', { name: 'Load example entries' }).click();
      await app.page.getByRole('region', { name: 'Example entries notice' }).waitFor();
      await app.page
        .getByRole('navigation')
        .getByRole('button', { name: /^This week/ })
        .click();
      await app.page.getByRole('heading', { name: 'This week', level: 1 }).waitFor();
      await app.page.getByRole('heading', { name: 'What happened next?' }).waitFor();
      const reflection = app.page.getByRole('textbox', { name: 'Reflection on the week' });
      await reflection.click();
      await app.page.keyboard.press(`${MOD}+End`);
      if (((await reflection.textContent()) ?? '').trim() === '') {
        await app.page.keyboard.insertText('Proud of running planning on my own. More design reviews, less firefighting.');
      }
      await eventually(async () => expect(await app.page.locator('.streak-note').textContent()).toMatch(/week/));
      await app.page.mouse.click(5, 790);
      await screenshot(app.page, `habit-week-${scheme}`);
    });

    it('goals', async () => {
      await app.page
        .getByRole('navigation')
        .getByRole('button', { name: /^Goals/ })
        .click();
      await app.page.getByRole('heading', { name: /Goals for this year/ }).waitFor();
      await app.page.getByRole('list', { name: /Evidence for Grow into the tech lead role/ }).waitFor();
      await screenshot(app.page, `habit-goals-${scheme}`);
    });

    it('a theme page', async () => {
      await app.page
        .getByRole('navigation')
        .getByRole('button', { name: /^leadership/ })
        .click();
      await app.page
        .getByRole('region', { name: 'Theme: leadership' })
        .or(app.page.locator('[aria-label="Theme: leadership"]'))
        .first()
        .waitFor();
      await app.page.locator('.theme-page canvas').first().waitFor();
      await screenshot(app.page, `habit-theme-${scheme}`);
    });

    it('people', async () => {
      await app.page
        .getByRole('navigation')
        .getByRole('button', { name: /^People/ })
        .click();
      await app.page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
      await app.page.getByRole('list', { name: /^Entries with/ }).waitFor();
      await screenshot(app.page, `habit-people-${scheme}`);
    });

    it('the calendar with a day chosen', async () => {
      await app.page
        .getByRole('navigation')
        .getByRole('button', { name: /^Calendar/ })
        .click();
      await app.page.getByRole('heading', { name: 'Calendar', level: 1 }).waitFor();
      await app.page.getByLabel('Show a day').fill('2026-11-27');
      await app.page.getByRole('heading', { name: 'Friday 27 November 2026' }).waitFor();
      await screenshot(app.page, `habit-calendar-${scheme}`);
    });

    it('settings', async () => {
      await app.page.keyboard.press(`${MOD}+,`);
      await app.page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
      await screenshot(app.page, `habit-settings-${scheme}`);
    });

    it('quick capture', async () => {
      await app.page.keyboard.press(`${MOD}+Shift+N`);
      const dialog = app.page.getByRole('dialog', { name: 'Quick capture' });
      await dialog.waitFor();
      await app.page.keyboard.type('Reviewed the on-call handbook with Sam');
      await screenshot(app.page, `habit-capture-${scheme}`);
      await app.page.keyboard.press('Escape');
      await eventually(async () => expect(await dialog.count()).toBe(0));
    });

    it('the entry editor with kind, people, goals and a follow-up', async () => {
      await app.page
        .getByRole('navigation')
        .getByRole('button', { name: /^Journal/ })
        .click();
      await app.page.getByRole('option', { name: /Added evaluation gates/ }).click();
      await app.page.getByRole('textbox', { name: 'Entry text' }).waitFor();
      await app.page.getByText('Chronicle will ask you on').waitFor();
      await screenshot(app.page, `habit-entry-${scheme}`);
      await app.page.getByText('Chronicle will ask you on').scrollIntoViewIfNeeded();
      await screenshot(app.page, `habit-entry-details-${scheme}`);
    });
  });
}
