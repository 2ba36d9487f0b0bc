/** Quick search (Mod+K): search as you type, highlighted matches, keyboard only. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, MOD, seedJournal } from './app-seed';
import { type AppHarness, launchApp } from './harness';

let app: AppHarness;
let page: Page;

beforeAll(async () => {
  app = await launchApp();
  page = app.page;
  await seedJournal(app);
  await app.rpc('entries.create', {
    date: '2026-06-01',
    title: 'Wrote up the <b>markup</b> incident',
    body: 'The page showed <img src=x onerror=alert(1)> as text, which is right.',
  });
  await page.reload();
  await page.getByRole('listbox', { name: 'Entries' }).waitFor();
});
afterAll(async () => {
  await app?.close();
});

const dialog = () => page.getByRole('dialog', { name: 'Search entries' });
const searchBox = () => dialog().getByRole('combobox', { name: 'Search' });
const results = () => dialog().getByRole('listbox', { name: 'Results' }).getByRole('option');

async function openSearch(): Promise<void> {
  await page.keyboard.press(`${MOD}+k`);
  await searchBox().waitFor();
}

describe('search', () => {
  it('finds entries as you type and highlights the matching words', async () => {
    await openSearch();
    await page.keyboard.type('evalu'); // a prefix: results come before the word is finished
    await eventually(async () => expect(await results().count()).toBeGreaterThan(0));
    const titles = await dialog().locator('.search-hit-title').allTextContents();
    expect(titles).toContain('Cut model evaluation time from 3 hours to 22 minutes');
    expect(titles).toContain('Talk at the Bay Area MLOps meetup: "Evaluation is a build step"');
    const marks = await dialog().locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m.toLowerCase().startsWith('evalu'))).toBe(true);
  });

  it('moves with the arrow keys, opens with Enter and closes', async () => {
    expect(await results().count()).toBeGreaterThanOrEqual(2);
    expect(await results().nth(0).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await results().nth(1).getAttribute('aria-selected')).toBe('true');
    expect(await results().nth(0).getAttribute('aria-selected')).toBe('false');
    const second = await results().nth(1).locator('.search-hit-title').textContent();
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await dialog().count()).toBe(0));
    await eventually(async () => expect(await page.getByRole('textbox', { name: 'Title', exact: true }).inputValue()).toBe(second));
    // The opened entry is selected in the timeline too.
    expect(await page.getByRole('listbox', { name: 'Entries' }).getByRole('option', { selected: true }).textContent()).toContain(second);
  });

  it('closes with Escape', async () => {
    await openSearch();
    await page.keyboard.press('Escape');
    await eventually(async () => expect(await dialog().count()).toBe(0));
  });

  it('says so when nothing matches', async () => {
    await openSearch();
    await page.keyboard.type('kubernetes');
    await dialog().getByText('No entries match “kubernetes”').waitFor();
    expect(await results().count()).toBe(0);
    await page.keyboard.press('Escape');
  });

  it('explains a search it cannot understand instead of failing', async () => {
    await openSearch();
    await page.keyboard.type('"unclosed quote');
    const problem = dialog().getByRole('alert');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('A quote is not closed');
    // Fixing the query brings results back.
    await page.keyboard.type('"');
    await eventually(async () => expect(await dialog().getByRole('alert').count()).toBe(0));
    await page.keyboard.press('Escape');
  });

  it('shows stored text as text, never as HTML', async () => {
    await openSearch();
    await page.keyboard.type('markup');
    await eventually(async () => expect(await results().count()).toBe(1));
    expect(await results().first().textContent()).toContain('Wrote up the <b>markup</b> incident');
    expect(await dialog().locator('b, img').count()).toBe(0);
    await page.keyboard.press('Escape');
  });

  it('searches theme names too', async () => {
    await openSearch();
    await page.keyboard.type('enterprise');
    await eventually(async () => expect(await results().count()).toBeGreaterThanOrEqual(4));
    await page.keyboard.press('Escape');
  });
});
