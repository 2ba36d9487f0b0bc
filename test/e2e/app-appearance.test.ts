/**
 * The palette is written once, as light-dark() pairs (renderer/styles/theme.css): the window must
 * open in the system's colours before any script runs, follow a chosen appearance over the
 * system's, and the charts (which read colours from script, for a canvas) must draw in them too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, MOD, seedJournal } from './app-seed';
import { type AppHarness, launchApp, screenshot, untilStill } from './harness';

/** --color-bg and --color-text of each palette, as the browser computes them. */
const PALETTE = {
  light: { bg: 'rgb(251, 250, 248)', text: [31, 35, 40] },
  dark: { bg: 'rgb(27, 28, 31)', text: [231, 230, 227] },
} as const;

for (const scheme of ['light', 'dark'] as const) {
  describe(`appearance on a ${scheme} system`, () => {
    let app: AppHarness;
    const other = scheme === 'light' ? 'dark' : 'light';

    beforeAll(async () => {
      app = await launchApp({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
      await seedJournal(app);
      await app.rpc('settings.update', { welcomeDone: true });
      await app.page.reload();
    }, 120_000);
    afterAll(async () => {
      await app?.close();
    });

    it('opens in the system’s colours before any script has run', async () => {
      const page = await app.context.newPage();
      await page.route('**/*.js', (route) => route.abort());
      await page.goto(app.url);
      await page.waitForLoadState('load');
      const seen = await page.evaluate(() => ({
        ran: document.documentElement.hasAttribute('data-appearance') || document.querySelector('nav') !== null,
        background: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle(document.body).color,
      }));
      await page.close();
      expect(seen.ran).toBe(false);
      expect(seen.background).toBe(PALETTE[scheme].bg);
      expect(seen.text).toBe(`rgb(${PALETTE[scheme].text.join(', ')})`);
    }, 60_000);

    it('a chosen appearance wins over the system’s, charts included', async () => {
      const page = app.page;
      await page.keyboard.press(`${MOD}+,`);
      const choice = page.getByRole('radiogroup', { name: 'Appearance' });
      await choice.getByRole('radio', { name: other === 'dark' ? 'Dark' : 'Light' }).click();
      await eventually(async () =>
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(PALETTE[other].bg),
      );

      await page
        .getByRole('navigation')
        .getByRole('button', { name: /^Review/ })
        .click();
      await page.getByRole('tab', { name: 'Readiness check' }).click();
      const gauge = page.getByRole('img', { name: /^Readiness score \d+ out of 100$/ });
      await gauge.waitFor();
      await untilStill(page);
      // The score is drawn on a canvas in the palette's text colour: count the pixels that are it.
      const pixelsOf = (rgb: readonly number[]) =>
        gauge.locator('canvas').evaluate((canvas: HTMLCanvasElement, [r, g, b]) => {
          const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
          let count = 0;
          for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b) count++;
          return count;
        }, rgb);
      expect(await pixelsOf(PALETTE[other].text)).toBeGreaterThan(20);
      expect(await pixelsOf(PALETTE[scheme].text)).toBe(0);
      await screenshot(page, `appearance-readiness-${other}-over-${scheme}`);

      await page.keyboard.press(`${MOD}+,`);
      await page.getByRole('radiogroup', { name: 'Appearance' }).getByRole('radio', { name: 'System' }).click();
      await eventually(async () =>
        expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(PALETTE[scheme].bg),
      );
    }, 90_000);
  });
}
