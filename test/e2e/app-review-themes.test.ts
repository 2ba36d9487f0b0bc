/**
 * Review season as a person orders it: beside a summary, the themes are reordered by button and
 * by keyboard, one is pinned as the lead, and saving writes the summary again in that order;
 * a suggested theme is accepted and its entries are tagged. Then résumé bullets: the best set
 * first with the rule and each bullet's reasons, the rest behind "Show all N", and the "needs a
 * number" count read from what was drafted. Screenshots in light and dark.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BULLET_RANK_RULE } from '../../shared/domain/review/bullets';
import { eventually, MOD, seedJournal } from './app-seed';
import { type AppHarness, launchApp, screenshot } from './harness';

interface Summary {
  themeOrder: { id: string | null; name: string }[];
  suggestions: { themeId: string | null; name: string; entryIds: string[] }[];
}
interface Draft {
  id: string;
  version: { number: number; markdown: string; bullets: { needsMeasure: boolean; inDefaultSet?: boolean }[] | null };
}
interface Entry {
  id: string;
  title: string;
  themes: { name: string }[];
}

const year = new Date().getFullYear();
const thisYear = { kind: 'year', year };

/** Untagged entries a workstream finder groups by a shared word across months. */
const FORECAST_ENTRIES = [
  { date: `${year}-03-10`, title: 'Forecast dashboard for the sales team', section: 'projects', impact: 'Sales planned Q2 from it.' },
  { date: `${year}-06-16`, title: 'Forecast accuracy checks in the nightly job', section: 'projects', impact: 'Caught two bad loads.' },
  { date: `${year}-09-08`, title: 'Forecast backfill for the new regions', section: 'projects', impact: 'Regions reported on time.' },
];

for (const scheme of ['light', 'dark'] as const) {
  describe(`theme order, suggestions and ranked bullets (${scheme})`, () => {
    let app: AppHarness;
    let page: Page;
    const forecastIds: string[] = [];

    beforeAll(async () => {
      app = await launchApp({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
      page = app.page;
      page.setDefaultTimeout(10_000);
      await app.rpc('samples.load');
      await seedJournal(app);
      for (const entry of FORECAST_ENTRIES) forecastIds.push((await app.rpc<Entry>('entries.create', entry)).id);
      await page.reload();
      await page
        .getByRole('navigation')
        .getByRole('button', { name: /^Review/ })
        .waitFor();
      await page.keyboard.press(`${MOD}+8`);
      await page.getByRole('heading', { name: 'Review', level: 1 }).waitFor();
    });
    afterAll(async () => {
      await app?.close();
    });

    const themeNames = async () =>
      (await page.getByRole('list', { name: 'Theme order' }).locator('.theme-order-text').allTextContents()).map((t) => t.trim());

    it('reorders the themes by button and keyboard, pins a lead, and regenerates the summary in that order', async () => {
      await page.getByRole('tab', { name: 'Drafts' }).click();
      await page.getByRole('button', { name: `Write a summary of ${year}` }).click();
      await page.getByRole('list', { name: 'Theme order' }).waitFor();
      const before = await themeNames();
      // The automatic order explains itself beside the list.
      await page.getByText(/^Until you save an order, themes are ordered by how much of the year they span/).waitFor();
      const fromBackend = (await app.rpc<Summary>('review.summary', { period: thisYear })).themeOrder.map((t) => t.name);
      expect(before).toEqual(fromBackend);
      expect(before.length).toBeGreaterThanOrEqual(3);
      const [first, second, third] = before as [string, string, string];

      // The second theme moves up by button, so the first is now second.
      await page.getByRole('button', { name: `Move ${second} up` }).click();
      expect((await themeNames()).slice(0, 2)).toEqual([second, first]);
      // Alt+↓ on the (now) first theme moves it back down, and the keyboard stays on it.
      await page.locator('.theme-order-name', { hasText: second }).focus();
      await page.keyboard.press('Alt+ArrowDown');
      expect((await themeNames()).slice(0, 2)).toEqual([first, second]);
      await page.keyboard.press('Alt+ArrowDown');
      expect((await themeNames()).slice(0, 3)).toEqual([first, third, second]);
      // The third theme is pinned as the lead.
      await page.getByRole('button', { name: `Pin ${third} as lead` }).click();
      const chosen = await themeNames();
      expect(chosen.slice(0, 3)).toEqual([third, first, second]);
      expect(await page.locator('.theme-order-item.is-lead .theme-order-text').textContent()).toBe(third);

      const versionBefore = (await page.locator('.draft-version-name').first().textContent()) ?? '';
      await page.getByRole('button', { name: 'Save order and rewrite' }).click();
      await page.getByRole('status').filter({ hasText: 'Generated again from your entries as version 2' }).waitFor();
      expect(versionBefore).toContain('Version 1');
      // Saved: the backend keeps the order, and the new version tells the lead theme first.
      const summary = await app.rpc<Summary>('review.summary', { period: thisYear });
      expect(summary.themeOrder.map((t) => t.name)).toEqual(chosen);
      const drafts = await app.rpc<{ id: string; kind: string }[]>('drafts.list', { kind: 'summary' });
      const draft = await app.rpc<Draft>('drafts.get', { id: drafts[0]?.id });
      const markdown = draft.version.markdown;
      expect(draft.version.number).toBe(2);
      expect(markdown.indexOf(third)).toBeGreaterThanOrEqual(0);
      expect(markdown.indexOf(third)).toBeLessThan(markdown.indexOf(first));
      expect(await page.getByRole('button', { name: 'Save order and rewrite' }).isDisabled()).toBe(true);
      await screenshot(page, `review-theme-order-${scheme}`);
    });

    it('accepts a suggested theme: its entries are tagged and the suggestion leaves the list', async () => {
      const suggestions = page.getByRole('list', { name: 'Suggested themes' });
      await suggestions.waitFor();
      const forecast = suggestions.getByRole('listitem', { name: /^Suggested theme forecast/i });
      await forecast.waitFor();
      for (const entry of FORECAST_ENTRIES) {
        await forecast.getByText(entry.title).waitFor();
      }
      const name = ((await forecast.locator('.theme-suggestion-name').textContent()) ?? '').trim();
      await screenshot(page, `review-theme-suggestions-${scheme}`);

      await forecast.getByRole('button', { name: `Accept ${name}` }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Tagged 3 entries with “${name}”` })
        .waitFor();
      await eventually(async () => expect(await suggestions.getByRole('listitem', { name: `Suggested theme ${name}` }).count()).toBe(0));
      // The summary now counts it as the user's own theme, no longer a suggestion.
      await eventually(async () => {
        const row = page.getByRole('list', { name: 'Theme order' }).locator('.theme-order-item', { hasText: name });
        expect(await row.locator('.theme-order-suggested').count()).toBe(0);
      });
      for (const id of forecastIds) {
        const stored = await app.rpc<Entry>('entries.get', { id });
        expect(stored.themes.map((t) => t.name)).toContain(name);
      }
      const after = await app.rpc<Summary>('review.summary', { period: thisYear });
      expect(after.suggestions.some((s) => s.name === name)).toBe(false);
    });

    it('shows the best bullets first with the rule and reasons, the rest behind Show all, and counts what needs a number', async () => {
      await page.getByRole('button', { name: 'Drafts', exact: true }).click();
      await page.getByRole('button', { name: 'Draft résumé bullets…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Draft résumé bullets' });
      await dialog.getByRole('button', { name: 'Draft bullets' }).click();
      await page.getByRole('list', { name: 'Bullets' }).waitFor();

      const drafts = await app.rpc<{ id: string; kind: string }[]>('drafts.list', { kind: 'bullets' });
      const bullets = (await app.rpc<Draft>('drafts.get', { id: drafts[0]?.id })).version.bullets ?? [];
      const inSet = bullets.filter((b) => b.inDefaultSet).length;
      const needNumber = bullets.filter((b) => b.needsMeasure).length;
      expect(bullets.length).toBeGreaterThan(inSet);
      expect(inSet).toBeGreaterThanOrEqual(8);
      expect(inSet).toBeLessThanOrEqual(12);
      expect(needNumber).toBeGreaterThan(0);

      await page.getByText(BULLET_RANK_RULE).waitFor();
      expect(await page.getByRole('list', { name: 'Bullets' }).locator(':scope > li').count()).toBe(inSet);
      const summaryLine = (await page.locator('.bullets-summary').textContent()) ?? '';
      expect(summaryLine).toContain(`${bullets.length} bullets`);
      expect(summaryLine).toContain(`${needNumber} still ${needNumber === 1 ? 'needs' : 'need'} a number`);
      expect(await page.getByLabel('Why bullet 1 ranks here').textContent()).toMatch(/^Ranked 1: \S/);
      await screenshot(page, `review-bullets-ranked-${scheme}`);

      await page.getByRole('button', { name: `Show all ${bullets.length}` }).click();
      await eventually(async () =>
        expect(await page.getByRole('list', { name: 'Bullets' }).locator(':scope > li').count()).toBe(bullets.length),
      );
      await page.getByRole('button', { name: `Show the best ${inSet} only` }).waitFor();
    });
  });
}
