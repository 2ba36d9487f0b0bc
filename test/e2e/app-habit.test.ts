/**
 * The weekly habit and the template as structure, end to end: the welcome with examples, the
 * week (reflection, due follow-ups), quick capture, goals with evidence, an entry's kind,
 * people, goals and follow-up, theme pages, people, the calendar and settings.
 */
import { addDays, format } from 'date-fns';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, MOD } from './app-seed';
import { heatmapCellCenter } from '../../renderer/ui/heatmapLayout';
import { type AppHarness, launchApp } from './harness';

interface StoredEntry {
  id: string;
  title: string;
  impact: string;
  kind: string;
  sample: boolean;
  people: { name: string }[];
  goals: { id: string; title: string }[];
  followUp: { due: string } | null;
}
interface Settings {
  weekStartsOn: number;
  reminder: { enabled: boolean; weekday: number; time: string };
  quickCapture: { enabled: boolean; accelerator: string };
  welcomeDone: boolean;
}

let app: AppHarness;
let page: Page;
const today = new Date();
const day = (date: Date) => format(date, 'yyyy-MM-dd');

beforeAll(async () => {
  app = await launchApp();
  page = app.page;
  // Fail with the locator that never appeared, well before the test's own timeout.
  page.setDefaultTimeout(8000);
});
afterAll(async () => {
  await app?.close();
});

const nav = (name: RegExp) => page.getByRole('navigation').getByRole('button', { name });
const entries = async () => (await app.rpc<{ items: StoredEntry[] }>('entries.list', { limit: 100 })).items;
const entryTitled = async (title: string) => {
  const found = (await entries()).find((e) => e.title === title);
  if (!found) throw new Error(`No entry "${title}"`);
  return app.rpc<StoredEntry>('entries.get', { id: found.id });
};

describe('the first run', () => {
  it('welcomes an empty journal with the template and the weekly habit, and loads examples', async () => {
    await page.getByRole('heading', { name: 'Your brag document starts here' }).waitFor();
    await page.getByRole('heading', { name: 'Julia Evans’ template' }).waitFor();
    await page.getByRole('heading', { name: 'Five minutes a week' }).waitFor();
    await page.getByRole('button', { name: 'Load example entries' }).click();
    await page.getByRole('region', { name: 'Example entries notice' }).waitFor();
    expect(await page.getByRole('region', { name: 'Example entries notice' }).textContent()).toContain('You’re looking at example entries');
    const list = page.getByRole('listbox', { name: 'Entries' });
    await list.waitFor();
    expect(await list.getByText('Example').count()).toBeGreaterThan(3);
    expect((await app.rpc<Settings>('settings.get')).welcomeDone).toBe(true);
  });
});

describe('the week', () => {
  it('answers a due follow-up, which adds a dated result to the entry’s impact', async () => {
    await nav(/^This week/).click();
    await page.getByRole('heading', { name: 'This week', level: 1 }).waitFor();
    const item = page.getByRole('listitem', { name: 'Follow-up: Took over the customer escalation for the largest account' });
    await item.waitFor();
    await item.getByRole('textbox').fill('The account renewed for two years; the index check is now in onboarding.');
    await item.getByRole('button', { name: 'Add to impact' }).click();
    await page.getByRole('status').filter({ hasText: 'Added to the impact of' }).waitFor();
    await eventually(async () => expect(await item.count()).toBe(0));
    const entry = await entryTitled('Took over the customer escalation for the largest account');
    expect(entry.impact).toBe(`**Result (${day(today)}):** The account renewed for two years; the index check is now in onboarding.`);
    expect(entry.followUp).toBeNull();
  });

  it('keeps a weekly reflection exactly as typed across a reload', async () => {
    // Start from a week of our own, without the example reflection in it.
    await page.getByRole('button', { name: 'Previous week' }).click();
    await page.getByRole('button', { name: 'Previous week' }).click();
    await page.getByRole('heading', { name: /^Week of / }).waitFor();
    const box = page.getByRole('textbox', { name: 'Reflection on the week' });
    await box.click();
    await page.keyboard.insertText('Proud of the planning doc. More pairing, fewer meetings.');
    await eventually(async () => expect(await page.locator('.reflection-status').textContent()).toContain('Saved'));
    const start = (await page.locator('.week-range').textContent()) ?? '';

    await page.reload();
    await nav(/^This week/).waitFor();
    await page.keyboard.press(`${MOD}+1`);
    await page.getByRole('heading', { name: 'This week', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Previous week' }).click();
    await page.getByRole('button', { name: 'Previous week' }).click();
    await eventually(async () => expect(await page.locator('.week-range').textContent()).toBe(start));
    await eventually(async () =>
      expect(await page.getByRole('textbox', { name: 'Reflection on the week' }).textContent()).toBe(
        'Proud of the planning doc. More pairing, fewer meetings.',
      ),
    );
    const reflections = await app.rpc<{ body: string }[]>('reflections.list', { period: 'week' });
    expect(reflections.map((r) => r.body)).toContain('Proud of the planning doc. More pairing, fewer meetings.');
    await page.getByRole('main').getByRole('button', { name: 'This week', exact: true }).click();
    await page.getByRole('heading', { name: 'This week', level: 1 }).waitFor();
  });

  it('quick capture adds an entry from anywhere and says which week it went to', async () => {
    await page.keyboard.press(`${MOD}+Shift+N`);
    const dialog = page.getByRole('dialog', { name: 'Quick capture' });
    await dialog.waitFor();
    await page.keyboard.press('Enter');
    await dialog.getByRole('alert').filter({ hasText: 'Give it a title' }).waitFor();
    await page.keyboard.type('Unblocked the data team on the backfill');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Added to this week' }).waitFor();
    expect(await dialog.count()).toBe(0);
    // The week shows it at once.
    await page.getByRole('list', { name: 'Entries this week' }).getByText('Unblocked the data team on the backfill').waitFor();
    expect((await entryTitled('Unblocked the data team on the backfill')).sample).toBe(false);

    await page.keyboard.press(`${MOD}+Shift+N`);
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await eventually(async () => expect(await dialog.count()).toBe(0));
  });
});

describe('goals', () => {
  it('links an entry to a goal from the goal page, and shows it as evidence that opens the entry', async () => {
    await nav(/^Goals/).click();
    const year = today.getFullYear();
    await page.getByRole('heading', { name: `Goals for this year (${year})` }).waitFor();
    const input = page.getByRole('textbox', { name: `New goal for ${year}` });
    await input.fill('Make on-call calmer');
    await input.press('Enter');
    const card = page.getByRole('listitem', { name: 'Make on-call calmer' });
    await card.waitFor();
    await card.getByRole('button', { name: 'Link an entry…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Link an entry to “Make on-call calmer”' });
    await dialog.getByRole('combobox', { name: 'Find an entry' }).fill('backfill');
    await dialog.getByRole('option', { name: /Unblocked the data team/ }).click();
    await dialog.getByText('Linked').waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();

    const evidence = card.getByRole('list', { name: 'Evidence for Make on-call calmer' });
    await evidence.getByText('Unblocked the data team on the backfill').waitFor();
    expect((await entryTitled('Unblocked the data team on the backfill')).goals.map((g) => g.title)).toEqual(['Make on-call calmer']);

    await card.getByRole('radio', { name: 'Achieved' }).click();
    await eventually(async () => {
      const goals = await app.rpc<{ title: string; status: string }[]>('goals.list', { year });
      expect(goals.find((g) => g.title === 'Make on-call calmer')?.status).toBe('achieved');
    });

    await evidence.getByText('Unblocked the data team on the backfill').click();
    await eventually(async () =>
      expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Unblocked the data team on the backfill'),
    );
  });
});

describe('the entry editor', () => {
  it('records kudos with who gave them, a goal it supports, and a follow-up that is not due yet', async () => {
    await page.getByRole('radiogroup', { name: 'Kind of entry' }).getByRole('radio', { name: 'Kudos' }).click();
    await page.getByText('Who gave the kudos?', { exact: true }).waitFor();
    const who = page.getByRole('combobox', { name: 'Who gave the kudos?' });
    await who.click();
    await page.keyboard.type('Ana Ruiz');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Remove Ana Ruiz' }).waitFor();
    await page.getByRole('combobox', { name: 'Link to a goal' }).selectOption({ label: 'Grow into the tech lead role' });
    await page.getByRole('button', { name: 'Unlink goal Grow into the tech lead role' }).waitFor();
    await eventually(async () => {
      const entry = await entryTitled('Unblocked the data team on the backfill');
      expect(entry.kind).toBe('kudos');
      expect(entry.people.map((p) => p.name)).toEqual(['Ana Ruiz']);
      expect(entry.goals.map((g) => g.title).sort()).toEqual(['Grow into the tech lead role', 'Make on-call calmer']);
    });

    await page.getByRole('group', { name: 'Ask me later what happened' }).getByRole('button', { name: '2 weeks' }).click();
    await page.getByText('Chronicle will ask you on').waitFor();
    const entry = await entryTitled('Unblocked the data team on the backfill');
    expect(entry.followUp?.due).toBe(day(addDays(today, 14)));
    const due = await app.rpc<{ entryId: string }[]>('followUps.due');
    expect(due.map((f) => f.entryId)).not.toContain(entry.id);

    await page.getByRole('button', { name: 'Clear' }).click();
    await eventually(async () => expect((await entryTitled('Unblocked the data team on the backfill')).followUp).toBeNull());
  });
});

describe('themes, people and the calendar', () => {
  it('opens a theme’s page with its description, a chart per month and its entries with impact', async () => {
    await nav(/^quality/).click();
    const themePage = page.locator('[aria-label="Theme: quality"]');
    await themePage.waitFor();
    const why = themePage.getByRole('textbox', { name: 'Why it matters' });
    await why.fill('Fewer regressions reach customers.');
    await why.blur();
    await eventually(async () => {
      const themes = await app.rpc<{ name: string; description: string }[]>('themes.list');
      expect(themes.find((t) => t.name === 'quality')?.description).toBe('Fewer regressions reach customers.');
    });
    expect(await themePage.getByRole('img', { name: 'Entries per month with the theme quality' }).locator('canvas').count()).toBe(1);
    await themePage.getByText('CI went from 38 minutes to 12').waitFor();
    await themePage.getByText('Cut CI time for the ranking repo').click();
    await eventually(async () =>
      expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Cut CI time for the ranking repo'),
    );
  });

  it('lists people with their counts and shows their entries', async () => {
    await page.keyboard.press(`${MOD}+6`);
    await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
    const ana = page.getByRole('list', { name: 'People' }).getByRole('button', { name: /Ana Ruiz/ });
    expect(await ana.textContent()).toContain('1 entry · 1 kudos');
    await ana.click();
    await page.getByRole('list', { name: 'Entries with Ana Ruiz' }).getByText('Unblocked the data team on the backfill').waitFor();
    const name = page.getByRole('textbox', { name: 'Name of Ana Ruiz' });
    await name.fill('Ana Ruiz-Park');
    await name.press('Enter');
    await eventually(async () => {
      const people = await app.rpc<{ name: string }[]>('people.list');
      expect(people.map((p) => p.name)).toContain('Ana Ruiz-Park');
    });
  });

  it('shows a year heatmap; clicking a day lists that day’s entries', async () => {
    await nav(/^Calendar/).click();
    await page.getByRole('heading', { name: 'Calendar', level: 1 }).waitFor();
    const chart = page.locator('.chart.heatmap[data-drawn="true"]');
    await chart.waitFor();
    const box = await chart.boundingBox();
    if (!box) throw new Error('The heatmap has no box');
    // Today's cell, from the heatmap's own layout (weeks start on Monday in this journal).
    const cell = heatmapCellCenter(box, today, 1);
    await page.mouse.move(box.x + cell.x, box.y + cell.y);
    // Pointing at the cell names the day in the tooltip, as the person sees it before clicking.
    await page.getByText(new RegExp(`^${format(today, 'EEE d MMM yyyy')}: \\d+ entr`)).waitFor();
    await page.mouse.click(box.x + cell.x, box.y + cell.y);
    await page.getByRole('heading', { name: format(today, 'EEEE d MMMM yyyy') }).waitFor();
    await page.getByText('Unblocked the data team on the backfill').waitFor();
  });
});

describe('settings', () => {
  it('changes the week start and reminder, explains a bad shortcut, and keeps it all after a reload', async () => {
    await page.keyboard.press(`${MOD}+,`);
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await page.getByLabel('First day of the week').selectOption({ label: 'Sunday' });
    await page.getByLabel('On', { exact: true }).selectOption({ label: 'Thursday' });
    await page.getByLabel('Remind me to write').uncheck();
    const shortcut = page.getByLabel('Shortcut', { exact: true });
    await shortcut.fill('Ctrl+Shift+J; rm');
    await shortcut.press('Enter');
    const problem = page.getByRole('alert').filter({ hasText: 'keys joined by +' });
    await problem.waitFor();
    await shortcut.fill('CommandOrControl+Shift+Space');
    await shortcut.press('Enter');
    await eventually(async () => expect(await problem.count()).toBe(0));
    await page.getByText(/journal\.db/).waitFor();

    await page.reload();
    await nav(/^Settings/).waitFor();
    await page.keyboard.press(`${MOD}+,`);
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    // The form fills in once the saved settings have loaded.
    await eventually(async () => expect(await page.getByLabel('First day of the week').inputValue()).toBe('0'));
    await eventually(async () => expect(await page.getByLabel('Remind me to write').isChecked()).toBe(false));
    await eventually(async () =>
      expect(await page.getByLabel('Shortcut', { exact: true }).inputValue()).toBe('CommandOrControl+Shift+Space'),
    );
    expect(await app.rpc<Settings>('settings.get')).toMatchObject({
      weekStartsOn: 0,
      reminder: { enabled: false, weekday: 4 },
      quickCapture: { enabled: false, accelerator: 'CommandOrControl+Shift+Space' },
    });
    await page.getByLabel('First day of the week').selectOption({ label: 'Monday' });
  });
});

describe('the examples', () => {
  it('go away in one step after asking, and the person’s own writing stays', async () => {
    await page.getByRole('region', { name: 'Example entries notice' }).getByRole('button', { name: 'Remove examples' }).click();
    const dialog = page.getByRole('dialog', { name: 'Remove the example entries?' });
    await dialog.getByRole('button', { name: 'Remove examples' }).click();
    await page.getByRole('status').filter({ hasText: 'Removed 10 example entries' }).waitFor();
    await eventually(async () => expect(await page.getByRole('region', { name: 'Example entries notice' }).count()).toBe(0));
    expect((await entries()).map((e) => e.title)).toEqual(['Unblocked the data team on the backfill']);
  });
});

describe('the quick capture window', () => {
  it('shows only the capture form at #/capture and saves with Enter', async () => {
    // A new document: changing only the fragment would not reload the page.
    await page.goto('about:blank');
    await page.goto(`${app.baseUrl}/#/capture`);
    await page.getByRole('heading', { name: 'Quick capture' }).waitFor();
    expect(await page.getByRole('navigation').count()).toBe(0);
    await page.getByRole('textbox', { name: 'What did you do?' }).fill('Wrote the on-call handbook');
    await page.keyboard.press('Enter');
    await page.getByText('Added to this week.').waitFor();
    expect((await entries()).map((e) => e.title)).toContain('Wrote the on-call handbook');
  });
});
