/**
 * Review season, end to end on the example year: the dashboard's charts and counts, the
 * readiness check fixed in place, a summary draft edited, kept across a reload, regenerated
 * without losing the edit and restored, résumé bullets accepted, edited and reordered, and a
 * packet for a peer reviewer.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, MOD } from './app-seed';
import { type AppHarness, launchApp } from './harness';

interface Draft {
  id: string;
  kind: string;
  reader: string | null;
  title: string;
  version: { number: number; origin: string; markdown: string; bullets: { id: string; text: string; accepted: boolean }[] | null };
  versions: { number: number; origin: string }[];
}

let app: AppHarness;
let page: Page;
const year = new Date().getFullYear();

beforeAll(async () => {
  app = await launchApp();
  page = app.page;
  page.setDefaultTimeout(10_000);
  await app.rpc('samples.load');
  await page.reload();
});
afterAll(async () => {
  await app?.close();
});

const tab = (name: string) => page.getByRole('tab', { name });
async function openReview(): Promise<void> {
  await page
    .getByRole('navigation')
    .getByRole('button', { name: /^Review/ })
    .waitFor();
  await page.keyboard.press(`${MOD}+8`);
  await page.getByRole('heading', { name: 'Review', level: 1 }).waitFor();
}
const latestDraft = async (kind: string) => {
  const list = await app.rpc<{ id: string; kind: string }[]>('drafts.list', { kind });
  if (!list[0]) throw new Error(`No ${kind} draft`);
  return app.rpc<Draft>('drafts.get', { id: list[0].id });
};
const score = async () => Number(await page.getByTestId('readiness-score').textContent());

describe('the review dashboard', () => {
  it('opens with Mod+8 on this year and draws its charts with the counts', async () => {
    await openReview();
    await eventually(async () =>
      expect(await page.locator('.review-period-line').textContent()).toContain(`${year} · 1 Jan ${year} – 31 Dec ${year}`),
    );
    const totals = page.getByRole('region', { name: 'Totals' });
    await totals.waitFor();
    expect(await totals.textContent()).toMatch(/10\s*entries/);
    await eventually(async () => expect(await page.locator('.dashboard canvas').count()).toBeGreaterThanOrEqual(4));
    expect(await page.getByRole('list', { name: 'Highlights' }).getByRole('button').count()).toBeGreaterThan(0);
    expect(await page.getByRole('img', { name: /Entries by section: Projects \d+/ }).count()).toBe(1);
  });

  it('shows an empty state for a period without entries, and remembers the period', async () => {
    await page.getByRole('button', { name: `Previous year (${year - 1})` }).click();
    await page.getByRole('heading', { name: `Nothing written for ${year - 1} yet` }).waitFor();
    await page.reload();
    await openReview();
    await page.getByRole('heading', { name: `Nothing written for ${year - 1} yet` }).waitFor();
    await page.getByRole('button', { name: 'This year' }).click();
    await page.getByRole('region', { name: 'Totals' }).waitFor();
  });
});

describe('the readiness check', () => {
  it('fixes a missing impact in place: the gap leaves the list and the score rises', async () => {
    // One vague entry of this year (a weak verb and no outcome): the check must flag it.
    await app.rpc('entries.create', { date: `${year}-01-15`, title: 'Helped with the deployment' });
    await tab('Readiness check').click();
    // Issue 12: the check flags highlights without a result and vague entries (not every entry
    // without an impact field); either is fixed the same way, by saying what changed.
    const group = page.getByRole('region', { name: /^(Highlights without a result|Vague entries)$/ }).first();
    await group.waitFor();
    const before = await score();
    const item = group.getByRole('listitem').first();
    const message = (await item.getAttribute('aria-label')) ?? '';
    await item.getByRole('button', { name: /^(Add impact|Say what changed)$/ }).click();
    const editor = item.getByRole('textbox', { name: /^Impact of/ });
    await editor.waitFor();
    await editor.click();
    await page.keyboard.insertText('Kept the account, which made the renewal a formality: 2 more years signed.');
    await item.getByRole('button', { name: 'Save impact' }).click();
    await eventually(async () => expect(await page.getByRole('listitem', { name: message, exact: true }).count()).toBe(0));
    await eventually(async () => expect(await score()).toBeGreaterThan(before));
    await page.getByRole('status').filter({ hasText: 'since your last fix' }).waitFor();
  });
});

describe('a summary draft', () => {
  it('is written for the period, edited, and kept across a reload', async () => {
    await tab('Drafts').click();
    await page.getByRole('button', { name: `Write a summary of ${year}` }).click();
    const editor = page.getByRole('textbox', { name: 'Draft text' });
    await editor.waitFor();
    // The title is the page title above the editor; the text being edited does not repeat it.
    await expect(page.getByRole('textbox', { name: 'Draft title' }).inputValue()).resolves.toBe(`Looking back on ${year}`);
    await eventually(async () => expect((await editor.textContent())?.length ?? 0).toBeGreaterThan(50));
    expect(await editor.textContent()).not.toContain(`Looking back on ${year}`);
    expect(await page.getByRole('list', { name: 'Sources' }).getByRole('button').count()).toBeGreaterThan(3);
    await editor.click();
    await page.keyboard.press(`${MOD}+End`);
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('Written by me, in my own words.');
    await page.getByRole('status').filter({ hasText: 'Saved · version 2 (your edits)' }).waitFor();
    // The saved Markdown keeps the title as its first heading, once, for exports and Copy Markdown.
    const saved = (await latestDraft('summary')).version.markdown;
    expect(saved.startsWith(`# Looking back on ${year}\n\n`)).toBe(true);
    expect(saved.split(`Looking back on ${year}`).length - 1).toBe(1);
    expect(saved).toContain('Written by me, in my own words.');

    await page.reload();
    await openReview();
    await tab('Drafts').click();
    await page.getByRole('button', { name: new RegExp(`^Looking back on ${year}`) }).click();
    await eventually(async () =>
      expect(await page.getByRole('textbox', { name: 'Draft text' }).textContent()).toContain('Written by me, in my own words.'),
    );
  });

  it('reads with its sources as links to the entries', async () => {
    await page.getByRole('radio', { name: 'Read with sources' }).click();
    const article = page.getByRole('article', { name: 'Draft, read with sources' });
    await article.waitFor();
    expect(await article.locator('.footnote-ref').count()).toBeGreaterThan(3);
    expect(await article.textContent()).not.toContain('(entry:');
    // The title is in the header above: the text does not repeat it as a heading.
    await expect(page.getByRole('textbox', { name: 'Draft title' }).inputValue()).resolves.toMatch(/^Looking back on/);
    expect(await article.getByRole('heading', { name: /^Looking back on/ }).count()).toBe(0);
    await page.getByRole('radio', { name: 'Edit' }).click();
  });

  it('regenerates as a new version, keeps the edited one, and restores it', async () => {
    await page.getByRole('button', { name: 'Regenerate' }).click();
    const notice = page.getByRole('status').filter({ hasText: 'Your edited version 2 is kept in the history' });
    await notice.waitFor();
    const versions = page.getByRole('list', { name: 'Versions' }).getByRole('listitem');
    await eventually(async () => expect(await versions.count()).toBe(3));
    // The editor shows the new version once it has loaded it, a moment after the list of versions.
    await eventually(async () =>
      expect(await page.getByRole('textbox', { name: 'Draft text' }).textContent()).not.toContain('Written by me'),
    );

    await notice.getByRole('button', { name: 'View version 2' }).click();
    const older = page.getByRole('article', { name: 'Version 2' });
    await older.waitFor();
    expect(await older.textContent()).toContain('Written by me, in my own words.');
    await page.getByRole('button', { name: 'Restore this version' }).click();
    await page.getByRole('status').filter({ hasText: 'Version 2 restored as version 4' }).waitFor();
    await eventually(async () =>
      expect(await page.getByRole('textbox', { name: 'Draft text' }).textContent()).toContain('Written by me, in my own words.'),
    );
    const stored = await latestDraft('summary');
    expect(stored.versions.map((v) => v.origin)).toEqual(['generated', 'edited', 'generated', 'edited']);
    expect(stored.version.markdown).toContain('Written by me, in my own words.');
  });
});

describe('résumé bullets', () => {
  it('are drafted for the period, accepted, edited and reordered, and kept across a reload', async () => {
    await page.getByRole('button', { name: /^Drafts$/ }).click();
    await page.getByRole('button', { name: 'Draft résumé bullets…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Draft résumé bullets' });
    await dialog.getByRole('button', { name: 'Draft bullets' }).click();
    const list = page.getByRole('list', { name: 'Bullets' });
    await list.waitFor();
    expect(await list.locator(':scope > li').count()).toBeGreaterThan(2);
    const secondText = (await app.rpc<Draft>('drafts.get', { id: (await latestDraft('bullets')).id })).version.bullets?.[1]?.text;

    await page.getByRole('checkbox', { name: 'Accept bullet 1', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Accept bullet 2', exact: true }).check();
    await page.getByRole('button', { name: /^Edit bullet 1:/ }).click();
    const input = page.getByRole('textbox', { name: 'Text of bullet 1' });
    await input.fill('Cut model evaluation from 3 hours to 22 minutes by sharding the harness.');
    await input.press('Enter');
    // Keyboard reorder: the edited bullet moves down one place.
    await page.getByRole('button', { name: 'Move bullet 1 (Alt+↑ or Alt+↓)' }).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await eventually(async () =>
      expect(await page.getByRole('button', { name: /^Edit bullet 2:/ }).textContent()).toContain('Cut model evaluation from 3 hours'),
    );
    await page.getByRole('status').filter({ hasText: 'Saved · version 2' }).waitFor();

    await page.reload();
    await openReview();
    await tab('Drafts').click();
    await page
      .getByRole('button', { name: /^Résumé bullets:/ })
      .first()
      .click();
    await page.getByRole('list', { name: 'Bullets' }).waitFor();
    expect(await page.getByRole('button', { name: /^Edit bullet 1:/ }).textContent()).toBe(secondText);
    expect(await page.getByRole('button', { name: /^Edit bullet 2:/ }).textContent()).toBe(
      'Cut model evaluation from 3 hours to 22 minutes by sharding the harness.',
    );
    expect(await page.getByRole('checkbox', { name: 'Accept bullet 1', exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Accept bullet 2', exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Accept bullet 3', exact: true }).isChecked()).toBe(false);
    const stored = (await latestDraft('bullets')).version.bullets ?? [];
    expect(stored.slice(0, 2).map((b) => b.accepted)).toEqual([true, true]);
  });

  it('marks a missing number and copies the accepted bullets as Markdown', async () => {
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.baseUrl });
    await page.getByRole('button', { name: 'Copy accepted bullets' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied 2 accepted bullets as Markdown' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')).toHaveLength(2);
    expect(copied.split('\n')[1]).toBe('- Cut model evaluation from 3 hours to 22 minutes by sharding the harness.');
  });
});

describe('a review packet', () => {
  it('is written for a peer reviewer and opens in the draft editor', async () => {
    await page.getByRole('button', { name: /^Drafts$/ }).click();
    await page.getByRole('button', { name: 'For a peer reviewer' }).click();
    await page.getByRole('textbox', { name: 'Draft text' }).waitFor();
    expect(await page.locator('.draft-kicker').textContent()).toContain('for a peer reviewer');
    const packet = await latestDraft('packet');
    expect(packet.reader).toBe('peer');
    expect(packet.title).toContain('peer reviewers');
  });
});
