/**
 * Writing in the journal, end to end: the real renderer in headless Chromium, the real backend
 * behind the loopback bridge, and the real command line on the same file.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, MOD } from './app-seed';
import { type AppHarness, launchApp } from './harness';

interface StoredEntry {
  id: string;
  title: string;
  body: string;
  impact: string;
  section: string;
  starred: boolean;
  themes: { name: string }[];
  links: { url: string; title: string }[];
  deletedAt: string | null;
}

let app: AppHarness;
let page: Page;

beforeAll(async () => {
  app = await launchApp();
  page = app.page;
});
afterAll(async () => {
  await app?.close();
});

const titleBox = () => page.getByRole('textbox', { name: 'Title' });
const bodyBox = () => page.getByRole('textbox', { name: 'Entry text' });
const impactBox = () => page.getByRole('textbox', { name: 'Impact — what happened because of it?' });
const saveStatus = () => page.locator('.save-indicator');
const option = (name: string | RegExp) => page.getByRole('listbox', { name: 'Entries' }).getByRole('option', { name });

async function waitUntilSaved(): Promise<void> {
  await eventually(async () => expect(await saveStatus().textContent()).toContain('Saved'));
}

/** Reads an entry the way the user would check it from a terminal: the CLI finds it, the backend returns it. */
async function storedEntry(title: string): Promise<StoredEntry> {
  const listed = await app.cli(['list', '--json']);
  expect(listed.code, listed.stderr).toBe(0);
  const items = JSON.parse(listed.stdout) as { id: string; title: string }[];
  const item = items.find((i) => i.title === title);
  if (!item) throw new Error(`"${title}" is not in: ${items.map((i) => i.title).join(', ')}`);
  return app.rpc<StoredEntry>('entries.get', { id: item.id });
}

describe('the journal', () => {
  it('greets an empty journal with what a brag document is and how to start', async () => {
    await page.getByRole('heading', { name: 'Your brag document starts here' }).waitFor();
    await page.getByText('running record of what you did at work').waitFor();
    await page.getByRole('button', { name: 'Write your first entry' }).waitFor();
    expect(await page.getByText(/press\s*Ctrl\+N/).count()).toBeGreaterThan(0);
  });

  it('creates an entry with formatting, themes and impact, and stores exactly what was typed', async () => {
    await page.getByRole('button', { name: 'Write your first entry' }).click();
    // Nothing is stored until there is something in it.
    await eventually(async () => expect(await saveStatus().textContent()).toContain('saved once you start writing'));
    expect((await app.rpc<{ entryCount: number }>('system.info')).entryCount).toBe(0);

    await eventually(async () => expect(await page.locator('.entry-title:focus').count()).toBe(1));
    await page.keyboard.type('Shipped the CSV importer');

    await bodyBox().click();
    await page.keyboard.insertText('Rewrote the parser so ');
    await page.keyboard.type('**every**');
    await page.keyboard.insertText(' upload streams.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('- three formats');
    await page.keyboard.press('Enter');
    await page.keyboard.type('half the memory');

    const themes = page.getByRole('combobox', { name: 'Add theme' });
    await themes.click();
    await page.keyboard.type('lead');
    await page.getByRole('option', { name: /leadership/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.type('data-quality');
    await page.getByRole('option', { name: 'Create theme “data-quality”' }).waitFor();
    await page.keyboard.press('Enter');

    await impactBox().click();
    await page.keyboard.insertText('Import support tickets dropped by 40%.');

    await waitUntilSaved();
    const stored = await eventually(async () => {
      const entry = await storedEntry('Shipped the CSV importer');
      expect(entry.impact).toBe('Import support tickets dropped by 40%.');
      return entry;
    });
    expect(stored.body).toBe('Rewrote the parser so **every** upload streams.\n\n- three formats\n- half the memory');
    expect(stored.themes.map((t) => t.name)).toEqual(['leadership', 'data-quality']);
    expect(stored.section).toBe('projects');

    // It is in the timeline, under its week, with its themes.
    const row = option(/Shipped the CSV importer/);
    await row.waitFor();
    expect(await row.textContent()).toContain('data-quality');
    expect(await page.locator('.timeline-week').first().textContent()).toMatch(/^Week of \d{1,2} \w{3} \d{4}$/);
    // The new theme is in the sidebar with its count.
    await eventually(async () =>
      expect(
        await page
          .getByRole('navigation')
          .getByRole('button', { name: /data-quality/ })
          .textContent(),
      ).toContain('1'),
    );
  });

  it('edits the entry, and a reload shows it exactly as it was saved', async () => {
    await titleBox().click();
    await page.keyboard.press('End');
    await page.keyboard.insertText(' for enterprise accounts');
    await page.getByRole('button', { name: 'Star', exact: true }).click();
    await page.getByRole('combobox', { name: 'Section', exact: true }).selectOption('design');
    await waitUntilSaved();
    const edited = await eventually(async () => {
      const entry = await storedEntry('Shipped the CSV importer for enterprise accounts');
      expect(entry.starred).toBe(true);
      expect(entry.section).toBe('design');
      return entry;
    });
    expect(edited.body).toBe('Rewrote the parser so **every** upload streams.\n\n- three formats\n- half the memory');

    await page.reload();
    await option(/Shipped the CSV importer for enterprise accounts/).click();
    await eventually(async () => expect(await titleBox().inputValue()).toBe('Shipped the CSV importer for enterprise accounts'));
    expect(await bodyBox().locator('strong, b, .md-bold, [class*="bold"]').first().textContent()).toBe('every');
    expect(await bodyBox().locator('li').allTextContents()).toEqual(['three formats', 'half the memory']);
    expect(await impactBox().textContent()).toBe('Import support tickets dropped by 40%.');
    expect(await page.getByRole('combobox', { name: 'Section', exact: true }).inputValue()).toBe('design');
    expect(await page.getByRole('button', { name: 'Star', exact: true }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Remove theme leadership' }).waitFor();
    await page.getByRole('button', { name: 'Remove theme data-quality' }).waitFor();

    // Opening and closing an entry without touching it writes nothing.
    const before = await storedEntry('Shipped the CSV importer for enterprise accounts');
    await page.reload();
    await option(/Shipped the CSV importer/).click();
    await titleBox().waitFor();
    await page.reload();
    const after = await storedEntry('Shipped the CSV importer for enterprise accounts');
    expect(after).toEqual(before);
  });

  it('saves the last keystrokes when switching entries before the autosave delay', async () => {
    await app.rpc('entries.create', { date: '2026-01-05', title: 'An older entry' });
    await option(/An older entry/).waitFor({ timeout: 5000 });
    await option(/Shipped the CSV importer/).click();
    await impactBox().click();
    await page.keyboard.press('End');
    await page.keyboard.insertText(' Saved at once.');
    // Switch straight away: the pending save must not be lost.
    await option(/An older entry/).click();
    await eventually(async () =>
      expect((await storedEntry('Shipped the CSV importer for enterprise accounts')).impact).toBe(
        'Import support tickets dropped by 40%. Saved at once.',
      ),
    );
  });

  it('moves the open entry to the trash with an Undo that brings it back', async () => {
    await option(/Shipped the CSV importer/).click();
    await titleBox().waitFor();
    await page.keyboard.press(`${MOD}+Delete`);
    const toast = page.getByRole('status').filter({ hasText: 'to the trash' });
    await toast.waitFor();
    expect(await toast.textContent()).toContain('Moved “Shipped the CSV importer for enterprise accounts” to the trash');
    await eventually(async () => expect(await option(/Shipped the CSV importer/).count()).toBe(0));
    expect((await storedEntry('An older entry')).deletedAt).toBeNull();

    await toast.getByRole('button', { name: 'Undo' }).click();
    await option(/Shipped the CSV importer/).waitFor();
    expect((await storedEntry('Shipped the CSV importer for enterprise accounts')).deletedAt).toBeNull();
  });

  it('restores from the trash, and deletes forever only after asking', async () => {
    await option(/An older entry/).click();
    await page.getByRole('button', { name: 'Move to trash' }).click();
    await eventually(async () => expect(await option(/An older entry/).count()).toBe(0));

    await page.getByRole('button', { name: /^Trash/ }).click();
    await page.getByRole('heading', { name: 'Trash' }).waitFor();
    await page.getByRole('button', { name: 'Restore An older entry' }).click();
    await page.getByRole('heading', { name: 'The trash is empty' }).waitFor();
    await page.getByRole('button', { name: /^Journal/ }).click();
    await option(/An older entry/).waitFor();

    // Trash it again and delete it for good; cancelling first keeps it.
    await option(/An older entry/).click();
    await page.getByRole('button', { name: 'Move to trash' }).click();
    await page.getByRole('button', { name: /^Trash/ }).click();
    await page.getByRole('button', { name: 'Delete An older entry forever' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this entry forever?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Delete An older entry forever' }).waitFor();
    await page.getByRole('button', { name: 'Delete An older entry forever' }).click();
    await dialog.getByRole('button', { name: 'Delete forever' }).click();
    await page.getByRole('heading', { name: 'The trash is empty' }).waitFor();
    const info = await app.rpc<{ entryCount: number; trashedCount: number }>('system.info');
    expect(info).toMatchObject({ entryCount: 1, trashedCount: 0 });
  });

  it('shows an entry added with the CLI while the window is open', async () => {
    await page.getByRole('button', { name: /^Journal/ }).click();
    const added = await app.cli(['add', 'Paired with the data team on backfills', '--theme', 'leadership', '--date', '2026-03-02']);
    expect(added.code, added.stderr).toBe(0);
    await option(/Paired with the data team on backfills/).waitFor({ timeout: 5000 });
    await eventually(async () =>
      expect(
        await page
          .getByRole('navigation')
          .getByRole('button', { name: /^Journal/ })
          .textContent(),
      ).toContain('2'),
    );
  });

  it('helps when a theme has no entries yet, and a new entry there gets that theme', async () => {
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /^growth/ })
      .click();
    await page.getByRole('heading', { name: 'No entries with “growth” yet' }).waitFor();
    await page.keyboard.press(`${MOD}+n`);
    await titleBox().waitFor();
    await page.getByRole('button', { name: 'Remove theme growth' }).waitFor();
    await page.keyboard.type('Started a reading group on distributed systems');
    await waitUntilSaved();
    await option(/Started a reading group/).waitFor();
    expect((await storedEntry('Started a reading group on distributed systems')).themes.map((t) => t.name)).toEqual(['growth']);
  });

  it('leaves nothing behind when a new entry is abandoned empty', async () => {
    const before = await app.rpc<{ entryCount: number }>('system.info');
    const creates: string[] = [];
    const onRequest = (request: { url(): string }) => {
      if (request.url().includes('/rpc/entries.create')) creates.push(request.url());
    };
    page.on('request', onRequest);
    await page.keyboard.press(`${MOD}+n`);
    await titleBox().waitFor();
    // An empty new entry says it is not saved yet, and why.
    await page.getByRole('status').filter({ hasText: 'New entry: saved once you start writing' }).waitFor();
    await page.getByRole('button', { name: /^Journal/ }).click();
    await option(/Paired with the data team/).click();
    // Leaving saves at once (no delay) whatever there is to save, so by the time the other entry
    // is open, a create for the empty one would already have been sent.
    await eventually(async () => expect(await titleBox().inputValue()).toMatch(/Paired with the data team/));
    page.off('request', onRequest);
    expect(creates).toEqual([]);
    expect(await option(/^Untitled/).count()).toBe(0);
    expect((await app.rpc<{ entryCount: number }>('system.info')).entryCount).toBe(before.entryCount);
  });

  it('explains a field the backend would refuse, and still saves the rest', async () => {
    await option(/Paired with the data team/).click();
    await page.getByRole('button', { name: 'Add link' }).click();
    await page.getByRole('textbox', { name: 'Link 1 address' }).fill('wiki/backfills');
    await bodyBox().click();
    await page.keyboard.insertText('Wrote the backfill runbook.');
    const problem = page.getByRole('alert').filter({ hasText: 'A link must be an http, https or mailto address' });
    await problem.waitFor();
    await eventually(async () =>
      expect((await storedEntry('Paired with the data team on backfills')).body).toBe('Wrote the backfill runbook.'),
    );

    await page.getByRole('textbox', { name: 'Link 1 address' }).fill('https://wiki.example.com/backfills');
    await page.getByRole('textbox', { name: 'Link 1 title' }).fill('Backfill runbook');
    await eventually(async () => expect(await problem.count()).toBe(0));
    await eventually(async () =>
      expect((await storedEntry('Paired with the data team on backfills')).links).toEqual([
        { url: 'https://wiki.example.com/backfills', title: 'Backfill runbook' },
      ]),
    );
  });

  it('moves through the timeline with the keyboard', async () => {
    await page
      .getByRole('navigation')
      .getByRole('button', { name: /^Journal/ })
      .click();
    const list = page.getByRole('listbox', { name: 'Entries' });
    await list.focus();
    await page.keyboard.press('Home');
    const selected = () => list.getByRole('option', { selected: true }).textContent();
    const nth = (i: number) => list.getByRole('option').nth(i).textContent();
    // Home selects the first entry of the timeline; j is the next one down, k back up.
    const first = await eventually(async () => {
      const text = await selected();
      expect(text).toBeTruthy();
      expect(text).toBe(await nth(0));
      return text;
    });
    const second = await nth(1);
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    await page.keyboard.press('j');
    await eventually(async () => expect(await selected()).toBe(second));
    await page.keyboard.press('k');
    await eventually(async () => expect(await selected()).toBe(first));
    await page.keyboard.press('ArrowDown');
    await eventually(async () => expect(await selected()).toBe(second));
    await page.keyboard.press('Enter');
    await eventually(async () => expect(await page.locator('.entry-title:focus').count()).toBe(1));
  });
});
