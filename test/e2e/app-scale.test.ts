/**
 * Ten years of entries: the timeline opens at once, draws only what is on screen, and pages in
 * older entries as you scroll, down to the very first one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticEntries } from '../../bench/synthetic';
import { openBackend } from '../../electron/core/backend';
import { eventually } from './app-seed';
import { type AppHarness, launchApp } from './harness';

const COUNT = 3650;
let app: AppHarness;
let dir: string;
let oldest: { id: string; date: string } | undefined;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-scale-'));
  const dbPath = path.join(dir, 'journal.db');
  // Written straight through the backend in one transaction: seeding is not what is under test.
  const backend = openBackend({ databasePath: dbPath, externalPollMs: 0 });
  const entries = syntheticEntries(COUNT);
  backend.db.transaction(() => {
    for (const { themes, ...fields } of entries) {
      const result = backend.dispatch('entries.create', { ...fields, newThemes: themes });
      if (!result.ok) throw new Error(result.error.message);
      const entry = result.value as { id: string; date: string };
      if (!oldest || entry.date < oldest.date) oldest = entry;
    }
  })();
  backend.close();
  app = await launchApp({ dbPath });
});
afterAll(async () => {
  await app?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a journal of ten years', () => {
  it('opens with the newest entries and draws only a screenful of rows', async () => {
    const list = app.page.getByRole('listbox', { name: 'Entries' });
    await list.getByRole('option').first().waitFor({ timeout: 5000 });
    expect(
      await app.page
        .getByRole('navigation')
        .getByRole('button', { name: /^Journal/ })
        .textContent(),
    ).toContain('3,650');
    const drawn = await list.getByRole('option').count();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(60);
  });

  it('scrolls to the oldest entry, paging in as it goes', async () => {
    const list = app.page.getByRole('listbox', { name: 'Entries' });
    await list.focus();
    await app.page.keyboard.press('Home');
    // End selects the last loaded entry; each press reaches further as pages arrive.
    await eventually(async () => {
      await app.page.keyboard.press('End');
      expect(await list.getAttribute('aria-activedescendant')).toBe(`timeline-option-${oldest?.id}`);
    }, 30_000);
    expect(await list.getByRole('option').count()).toBeLessThan(60);
  }, 60_000);
});
