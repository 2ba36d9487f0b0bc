/** The Themes page: create, rename, recolour, describe, merge and delete, with conflicts in words. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from './app-seed';
import { type AppHarness, launchApp } from './harness';

interface StoredTheme {
  id: string;
  name: string;
  color: string;
  description: string;
  entryCount: number;
}

let app: AppHarness;
let page: Page;

beforeAll(async () => {
  app = await launchApp();
  page = app.page;
  await app.rpc('entries.create', { date: '2026-02-02', title: 'Quality work', newThemes: ['quality'] });
  await app.rpc('entries.create', { date: '2026-02-03', title: 'Led the incident review', newThemes: ['leadership', 'quality'] });
  await page.reload();
  await page.getByRole('navigation').getByRole('button', { name: 'Manage' }).click();
  await page.getByRole('heading', { name: 'Themes', level: 1 }).waitFor();
});
afterAll(async () => {
  await app?.close();
});

const themes = () => app.rpc<StoredTheme[]>('themes.list');
const theme = async (name: string) => (await themes()).find((t) => t.name === name);
const row = (name: string) => page.getByRole('list', { name: 'Themes' }).getByRole('listitem', { name, exact: true });

describe('themes', () => {
  it('lists every theme with its count', async () => {
    await row('quality').waitFor();
    await row('quality').getByRole('button', { name: '2 entries' }).waitFor();
    await row('growth').getByRole('button', { name: 'No entries' }).waitFor();
  });

  it('creates a theme with a chosen colour', async () => {
    await page.getByRole('textbox', { name: 'New theme name' }).fill('ml-engineering');
    await page.getByRole('radiogroup', { name: 'Colour of the new theme' }).getByRole('radio', { name: 'olive' }).click();
    await page.getByRole('button', { name: 'Create theme' }).click();
    await row('ml-engineering').waitFor();
    expect(await theme('ml-engineering')).toMatchObject({ color: '#5b7c1a' });
    expect(await page.getByRole('textbox', { name: 'New theme name' }).inputValue()).toBe('');
  });

  it('refuses a second theme with the same name, in words', async () => {
    await page.getByRole('textbox', { name: 'New theme name' }).fill('Leadership');
    await page.getByRole('button', { name: 'Create theme' }).click();
    const alert = page.getByRole('form', { name: 'New theme' }).getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('A theme named "Leadership" already exists.');
    await page.getByRole('textbox', { name: 'New theme name' }).fill('');
  });

  it('renames, recolours and describes a theme in place', async () => {
    const name = row('growth').getByRole('textbox', { name: 'Name of growth' });
    await name.fill('career-growth');
    await name.press('Enter');
    await row('career-growth').waitFor();
    await eventually(async () => expect(await theme('career-growth')).toBeTruthy());
    // The sidebar follows.
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /career-growth/ })
      .waitFor();

    await row('career-growth')
      .getByRole('button', { name: /Colour of career-growth/ })
      .click();
    await row('career-growth').getByRole('radio', { name: 'red' }).click();
    await eventually(async () => expect((await theme('career-growth'))?.color).toBe('#c0392b'));

    const description = row('career-growth').getByRole('textbox', { name: 'Description of career-growth' });
    await description.fill('Getting better at the job, on purpose.');
    await description.blur();
    await eventually(async () => expect((await theme('career-growth'))?.description).toBe('Getting better at the job, on purpose.'));
  });

  it('shows a rename conflict next to the theme', async () => {
    const name = row('career-growth').getByRole('textbox', { name: 'Name of career-growth' });
    await name.fill('quality');
    await name.press('Enter');
    const alert = row('career-growth').getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('A theme named "quality" already exists. Merge the two instead.');
    await name.press('Escape');
    expect(await name.inputValue()).toBe('career-growth');
  });

  it('merges one theme into another', async () => {
    await row('quality').getByRole('button', { name: 'Merge…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge “quality”' });
    await dialog.getByRole('combobox', { name: 'Merge into' }).selectOption({ label: 'leadership' });
    expect(await dialog.textContent()).toContain('Its 2 entries move to “leadership”');
    await dialog.getByRole('button', { name: 'Merge' }).click();
    await eventually(async () => expect(await row('quality').count()).toBe(0));
    expect((await theme('leadership'))?.entryCount).toBe(2);
  });

  it('deletes a theme after asking, and the entries stay', async () => {
    await row('leadership').getByRole('button', { name: 'Delete leadership' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete the theme “leadership”?' });
    expect(await dialog.textContent()).toContain('It is removed from 2 entries; the entries themselves stay.');
    await dialog.getByRole('button', { name: 'Delete theme' }).click();
    await eventually(async () => expect(await row('leadership').count()).toBe(0));
    expect((await app.rpc<{ entryCount: number }>('system.info')).entryCount).toBe(2);
  });

  it('opens the journal filtered to a theme from its count', async () => {
    await row('career-growth').getByRole('button', { name: 'No entries' }).click();
    await page.getByRole('heading', { name: 'No entries with “career-growth” yet' }).waitFor();
  });
});
