/**
 * The rough edges of issue 15, in the real renderer and backend in headless Chromium: rows sized
 * to their content, right-to-left titles, the theme list closing, quick capture, the appearance
 * setting, the favicon, reload, the sidebar, focus, the bullets export and the sticky toolbar.
 * Screenshots in light and dark for people to look at.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Draft, Entry } from '../../shared/domain/model';
import { eventually, MOD } from './app-seed';
import { type AppHarness, launchApp, screenshot } from './harness';

const LONG_TITLE =
  'Led the migration of every billing job from the old cron hosts to the queue, with a rollback plan for each and a runbook the on-call people actually use';
const RTL_TITLE = 'שיפרתי את זמן הבנייה של הצוות';

for (const scheme of ['light', 'dark'] as const) {
  describe(`issue 15 edges in ${scheme} mode`, () => {
    let app: AppHarness;
    const page = () => app.page;

    beforeAll(async () => {
      app = await launchApp({ colorScheme: scheme, viewport: { width: 1280, height: 800 } });
      await app.rpc('entries.create', {
        date: '2026-03-02',
        title: 'Wrote the feature-store design doc',
        body: '**Compared** three options:\n\n- latency\n- cost\n- ownership',
      });
      await app.rpc('entries.create', { date: '2026-03-03', title: LONG_TITLE, impact: 'Nobody was paged for billing in Q2' });
      await app.rpc('entries.create', { date: '2026-03-04', title: RTL_TITLE, body: 'זמן הבנייה ירד בחצי' });
      await app.rpc('settings.update', { welcomeDone: true }).catch(() => undefined);
      await page().reload();
      await page().getByRole('listbox', { name: 'Entries' }).waitFor();
    });
    afterAll(async () => {
      await app?.close();
    });

    it('sizes journal rows to their content: the whole title on two lines, the impact when there is no body', async () => {
      const row = page().getByRole('option', { name: /Led the migration of every billing job/ });
      await row.waitFor();
      await expect(row.textContent()).resolves.toContain('Nobody was paged for billing in Q2');
      const title = row.locator('.timeline-entry-title');
      const box = await title.evaluate((el) => ({
        lines: Math.round(el.clientHeight / parseFloat(getComputedStyle(el).lineHeight)),
        height: el.clientHeight,
      }));
      expect(box.lines).toBe(2);
      // Rows do not overlap: each starts where the one above ends.
      const tops = await page()
        .locator('.timeline-entry')
        .evaluateAll((rows) =>
          rows.map((r) => ({ top: r.getBoundingClientRect().top, bottom: r.getBoundingClientRect().bottom })).sort((a, b) => a.top - b.top),
        );
      for (let i = 1; i < tops.length; i++) expect(tops[i]!.top).toBeGreaterThanOrEqual(tops[i - 1]!.bottom - 1);
      const plain = page().getByRole('option', { name: /feature-store design doc/ });
      await expect(plain.locator('.timeline-entry-excerpt').textContent()).resolves.toBe(
        'Compared three options: latency · cost · ownership',
      );
      await screenshot(page(), `edges-timeline-${scheme}`);
    });

    it('aligns a right-to-left title to the right', async () => {
      const title = page()
        .getByRole('option', { name: new RegExp(RTL_TITLE) })
        .locator('.timeline-entry-title');
      await expect(title.evaluate((el) => el.matches(':dir(rtl)'))).resolves.toBe(true);
    });

    it('closes the theme list after a pick, so the People field can be reached', async () => {
      await page()
        .getByRole('option', { name: /feature-store design doc/ })
        .dblclick();
      const themes = page().getByRole('combobox', { name: 'Add theme' });
      await themes.click();
      await page().keyboard.type('quality');
      await page().getByRole('listbox', { name: 'Themes' }).waitFor();
      await page().keyboard.press('Enter');
      await page().getByRole('listbox', { name: 'Themes' }).waitFor({ state: 'detached' });
      const people = page().getByRole('combobox', { name: 'People involved' });
      await people.click({ timeout: 3000 });
      await expect(people.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    });

    it('shows where the keyboard is on the entry title', async () => {
      const title = page().getByRole('textbox', { name: 'Title' });
      await title.focus();
      await expect(title.evaluate((el) => getComputedStyle(el).boxShadow)).resolves.not.toBe('none');
    });

    it('keeps the formatting toolbar in reach while writing a long entry', async () => {
      const body = page().getByRole('textbox', { name: 'Entry text' });
      await body.click();
      await page().keyboard.press(`${MOD}+End`);
      for (let i = 0; i < 40; i++) await page().keyboard.press('Enter');
      await page().keyboard.type('The end of a long entry.');
      const scroller = page().locator('.entry-scroll');
      await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      const toolbar = page().locator('.md-toolbar-area').first();
      await eventually(async () => {
        const [bar, area] = await Promise.all([toolbar.boundingBox(), scroller.boundingBox()]);
        expect(bar && area && bar.y >= area.y - 1 && bar.y < area.y + 8).toBe(true);
      });
      await screenshot(page(), `edges-sticky-toolbar-${scheme}`);
    });

    it('reopens the open entry after a reload', async () => {
      await eventually(async () => expect(await page().locator('.save-indicator').textContent()).toContain('Saved'), 15_000);
      await page().reload();
      await expect(page().getByRole('textbox', { name: 'Title' }).inputValue({ timeout: 15_000 })).resolves.toBe(
        'Wrote the feature-store design doc',
      );
    });

    it('has Themes in the sidebar and a favicon', async () => {
      await page().getByRole('navigation').getByRole('button', { name: 'Themes', exact: true }).click();
      await page().getByRole('heading', { name: 'Themes', level: 1 }).waitFor();
      const icon = await page().locator('link[rel="icon"]').getAttribute('href');
      expect(icon).toBeTruthy();
      const response = await page().request.get(new URL(icon as string, page().url()).toString());
      expect(response.status()).toBe(200);
      expect(await response.text()).toContain('<svg');
    });

    it('captures a long title without hiding its start, as the kind chosen', async () => {
      await page().keyboard.press(`${MOD}+Shift+N`);
      const title = page().getByRole('textbox', { name: 'What did you do?' });
      await title.waitFor();
      await page().keyboard.type(`Ana praised ${LONG_TITLE}`);
      const shape = await title.evaluate((el) => ({
        scrollLeft: el.scrollLeft,
        fits: el.scrollHeight <= el.clientHeight + 1,
        tall: el.clientHeight > 40,
      }));
      expect(shape).toEqual({ scrollLeft: 0, fits: true, tall: true });
      await page().getByRole('radiogroup', { name: 'Kind' }).getByRole('radio', { name: 'Kudos received' }).click();
      await screenshot(page(), `edges-quick-capture-${scheme}`);
      await page().keyboard.press(`${MOD}+Enter`);
      await title.waitFor({ state: 'detached' });
      const listed = await app.rpc<{ items: Entry[] }>('entries.list', {});
      expect(listed.items.find((e) => e.title.startsWith('Ana praised'))?.kind).toBe('kudos');
    });

    it('explains instead of exporting an empty file when no bullet is accepted', async () => {
      await app.rpc<Draft>('drafts.create', { kind: 'bullets', period: { kind: 'year', year: 2026 }, format: 'short' });
      await page().keyboard.press(`${MOD}+Shift+E`);
      const exportButton = page().getByRole('button', { name: 'Export bullets' });
      await exportButton.waitFor();
      // The note appears once the drafts have loaded; the button is disabled from then on.
      await page()
        .getByText(/None of these \d+ bullets is accepted yet/)
        .waitFor();
      await expect(exportButton.isDisabled()).resolves.toBe(true);
      await exportButton.scrollIntoViewIfNeeded();
      await screenshot(page(), `edges-bullets-export-${scheme}`);
      await page().getByRole('checkbox', { name: 'Only the bullets I accepted' }).uncheck();
      await vi.waitFor(async () => expect(await exportButton.isDisabled()).toBe(false), { timeout: 10_000 });
    });

    it('offers Light, Dark and System, and keeps the choice over a reload', { timeout: 90_000 }, async () => {
      await page().keyboard.press(`${MOD}+,`);
      const choice = page().getByRole('radiogroup', { name: 'Appearance' });
      await choice.waitFor();
      const other = scheme === 'light' ? 'Dark' : 'Light';
      await choice.getByRole('radio', { name: other }).click();
      const background = () => page().evaluate(() => getComputedStyle(document.body).backgroundColor);
      const luminance = async () => {
        const [r, g, b] = ((await background()).match(/\d+/g) ?? []).map(Number);
        return ((r ?? 0) + (g ?? 0) + (b ?? 0)) / 3;
      };
      await eventually(async () => expect((await luminance()) > 128).toBe(other === 'Light'));
      await screenshot(page(), `edges-appearance-${other.toLowerCase()}-over-${scheme}`);
      await page().reload();
      await page().getByRole('navigation').waitFor();
      expect((await luminance()) > 128).toBe(other === 'Light');
      await page().keyboard.press(`${MOD}+,`);
      await page().getByRole('radiogroup', { name: 'Appearance' }).getByRole('radio', { name: 'System' }).click();
      await eventually(async () => expect((await luminance()) > 128).toBe(scheme === 'light'));
    });
  });
}
