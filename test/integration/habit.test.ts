import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { openDatabase } from '../../electron/core/db/open';
import { openBackend } from '../../electron/core/backend';
import { openTestJournal, snapshot, type TestJournal } from './journal';

let journal: TestJournal;
let clock: Date;
beforeEach(() => {
  // Friday 27 November 2026, 10:00 local time.
  clock = new Date(2026, 10, 27, 10, 0);
  journal = openTestJournal({ now: () => clock });
});
afterEach(() => journal.close());

function expectRejected(method: string, input: unknown, code: string, message: RegExp) {
  const before = snapshot(journal);
  const result = journal.attempt(method, input);
  expect(result).toMatchObject({ ok: false, error: { code } });
  if (!result.ok) expect(result.error.message).toMatch(message);
  expect(snapshot(journal)).toBe(before);
}

const add = (date: string, title: string, extra: Record<string, unknown> = {}) => journal.call('entries.create', { date, title, ...extra });

describe('entry kinds and people', () => {
  it('records kudos with the person who gave them, and lists people with their counts', () => {
    add('2026-11-20', 'Ana praised the rollout plan', { kind: 'kudos', people: ['Ana Ruiz'] });
    add('2026-11-24', 'Paired with Ana and Bo on the cache', { people: ['ana ruiz', 'Bo Chen'] });
    add('2026-10-01', 'Mentored Bo', { people: ['Bo Chen'], section: 'collaboration' });
    const people = journal.call('people.list', {});
    expect(people.map((p) => [p.name, p.entryCount, p.kudosCount, p.firstDate, p.lastDate])).toEqual([
      ['Ana Ruiz', 2, 1, '2026-11-20', '2026-11-24'],
      ['Bo Chen', 2, 0, '2026-10-01', '2026-11-24'],
    ]);
    const kudos = journal.call('entries.list', { kind: 'kudos' }).items.map((e) => e.title);
    expect(kudos).toEqual(['Ana praised the rollout plan']);
    const withBo = journal.call('entries.list', { personId: people[1]?.id }).items.map((e) => e.title);
    expect(withBo).toEqual(['Paired with Ana and Bo on the cache', 'Mentored Bo']);
  });

  it('finds entries by a person’s name and follows renames and merges', () => {
    add('2026-11-20', 'Design review', { people: ['Priya R'] });
    add('2026-11-21', 'Planning', { people: ['Priya Raman'] });
    const [short, full] = ['Priya R', 'Priya Raman'].map((n) => journal.call('people.list', {}).find((p) => p.name === n));
    expect(journal.call('entries.search', { query: 'priya' }).hits).toHaveLength(2);
    expectRejected('people.update', { id: short?.id, name: 'priya raman' }, 'conflict', /Merge the two/);
    const merged = journal.call('people.merge', { sourceId: short?.id as string, targetId: full?.id as string });
    expect(merged.entryCount).toBe(2);
    journal.call('people.update', { id: full?.id as string, name: 'Priya Raman-Iyer' });
    expect(journal.call('entries.search', { query: 'iyer' }).hits).toHaveLength(2);
    journal.call('people.delete', { id: full?.id as string });
    expect(journal.call('entries.search', { query: 'priya' }).hits).toHaveLength(0);
    expect(journal.call('entries.list', {}).items.every((e) => e.people.length === 0)).toBe(true);
  });

  it('refuses a 10,000-character name and an unknown kind, writing nothing', () => {
    expectRejected('entries.create', { date: '2026-11-20', title: 'x', people: ['n'.repeat(10_000)] }, 'invalid_input', /longer than 100/);
    expectRejected('entries.create', { date: '2026-11-20', title: 'x', kind: 'brag' }, 'invalid_input', /kind must be one of/);
  });
});

describe('goals', () => {
  it('keeps goals per year with a status and shows the entries that are their evidence', () => {
    const goal = journal.call('goals.create', { year: 2026, title: 'Grow into the tech lead role' });
    journal.call('goals.create', { year: 2027, title: 'Speak at a conference' });
    const entry = add('2026-11-20', 'Ran planning', { goalIds: [goal.id] });
    const other = add('2026-11-21', 'Led the design review');
    journal.call('goals.link', { goalId: goal.id, entryId: other.id });
    const detailed = journal.call('goals.get', { id: goal.id });
    expect(detailed.evidence.map((e) => e.title)).toEqual(['Led the design review', 'Ran planning']);
    expect(detailed.entryCount).toBe(2);
    expect(journal.call('entries.get', { id: entry.id }).goals).toEqual([
      { id: goal.id, title: 'Grow into the tech lead role', year: 2026 },
    ]);
    journal.call('goals.unlink', { goalId: goal.id, entryId: other.id });
    expect(journal.call('goals.update', { id: goal.id, status: 'achieved' })).toMatchObject({ status: 'achieved', entryCount: 1 });
    expect(journal.call('goals.list', { year: 2027 }).map((g) => g.title)).toEqual(['Speak at a conference']);
    expect(journal.call('goals.list', {}).map((g) => g.year)).toEqual([2026, 2027]);
    journal.call('goals.delete', { id: goal.id });
    expect(journal.call('entries.get', { id: entry.id }).goals).toEqual([]);
  });

  it('refuses a goal for the year 10000, an unknown status and an unknown goal on an entry', () => {
    expectRejected('goals.create', { year: 10000, title: 'Far future' }, 'invalid_input', /between 1900 and 9999/);
    expectRejected('goals.create', { year: 2026.5, title: 'Half' }, 'invalid_input', /whole number/);
    expectRejected('goals.create', { year: 2026, title: 'x', status: 'done' }, 'invalid_input', /open, achieved, dropped/);
    expectRejected(
      'entries.create',
      { date: '2026-11-20', title: 'x', goalIds: ['0b6a7c52-8d4e-4f5a-9a31-0c2b1d6e7f80'] },
      'not_found',
      /goals does not exist/,
    );
  });
});

describe('reflections and the week view', () => {
  it('saves a weekly reflection and shows it with the week’s entries', () => {
    add('2026-11-23', 'Monday thing');
    add('2026-11-29', 'Sunday thing');
    add('2026-11-22', 'Last week');
    journal.call('reflections.save', { period: 'week', start: '2026-11-23', body: '**Proud of:** planning' });
    const week = journal.call('week.get', { date: '2026-11-25' });
    expect(week).toMatchObject({
      start: '2026-11-23',
      end: '2026-11-29',
      reflection: { body: '**Proud of:** planning', end: '2026-11-29' },
    });
    expect(week.entries.map((e) => e.title)).toEqual(['Sunday thing', 'Monday thing']);
    expect(journal.call('week.get', {}).start).toBe('2026-11-23');
    journal.call('reflections.save', { period: 'week', start: '2026-11-23', body: 'rewritten' });
    expect(journal.call('reflections.list', { period: 'week' }).map((r) => r.body)).toEqual(['rewritten']);
  });

  it('follows the first day of the week from the settings', () => {
    journal.call('settings.update', { weekStartsOn: 0 });
    expect(journal.call('week.get', { date: '2026-11-25' })).toMatchObject({ start: '2026-11-22', end: '2026-11-28' });
    expectRejected('reflections.save', { period: 'week', start: '2026-11-23', body: 'x' }, 'invalid_input', /weeks start on Sunday/);
  });

  it('keeps quarter and year reflections, the seed of a blog post', () => {
    journal.call('reflections.save', { period: 'quarter', start: '2026-10-01', body: 'Q4 was about leadership.' });
    journal.call('reflections.save', { period: 'year', start: '2026-01-01', body: 'The year of transition.' });
    expect(journal.call('reflections.get', { period: 'year', start: '2026-01-01' })).toMatchObject({ end: '2026-12-31' });
    expect(journal.call('reflections.get', { period: 'quarter', start: '2026-10-01' })).toMatchObject({ end: '2026-12-31' });
    expect(journal.call('reflections.get', { period: 'quarter', start: '2026-07-01' })).toBeNull();
  });

  it('refuses a reflection for a week, quarter or year that does not exist', () => {
    expectRejected('reflections.save', { period: 'week', start: '2026-11-25', body: 'x' }, 'invalid_input', /not the first day of a week/);
    expectRejected('reflections.save', { period: 'week', start: '2026-02-30', body: 'x' }, 'invalid_input', /not a day/);
    expectRejected('reflections.save', { period: 'quarter', start: '2026-11-01', body: 'x' }, 'invalid_input', /first day of a quarter/);
    expectRejected('reflections.save', { period: 'year', start: '2026-02-01', body: 'x' }, 'invalid_input', /first day of a year/);
    expectRejected('reflections.save', { period: 'month', start: '2026-11-01', body: 'x' }, 'invalid_input', /week, quarter, year/);
  });
});

describe('follow-ups', () => {
  it('asks again when the day comes, and adds the answer to the impact as a dated result', () => {
    const entry = add('2026-08-20', 'Shipped the cache', { impact: 'Latency should drop.' });
    journal.call('followUps.set', { entryId: entry.id, due: '2026-11-28', question: 'Did latency drop?' });
    expect(journal.call('followUps.due', {})).toEqual([]);
    expect(journal.call('entries.get', { id: entry.id }).followUp).toMatchObject({ due: '2026-11-28', question: 'Did latency drop?' });
    clock = new Date(2026, 10, 28, 9, 0);
    const [due] = journal.call('followUps.due', {});
    expect(due).toMatchObject({ entryId: entry.id, entry: { title: 'Shipped the cache' } });
    expect(journal.call('week.get', {}).dueFollowUps.map((f) => f.id)).toEqual([due?.id]);
    const answered = journal.call('followUps.answer', { id: due?.id as string, answer: 'p95 went from 420 ms to 95 ms.' });
    expect(answered.impact).toBe('Latency should drop.\n\n**Result (2026-11-28):** p95 went from 420 ms to 95 ms.');
    expect(answered.followUp).toBeNull();
    expect(journal.call('followUps.due', {})).toEqual([]);
    expectRejected('followUps.answer', { id: due?.id, answer: 'again' }, 'conflict', /already answered/);
  });

  it('refuses a follow-up in the past or today, and an empty answer', () => {
    const entry = add('2026-08-20', 'Shipped');
    expectRejected('followUps.set', { entryId: entry.id, due: '2026-11-01' }, 'invalid_input', /later day than today/);
    expectRejected('followUps.set', { entryId: entry.id, due: '2026-11-27' }, 'invalid_input', /later day than today/);
    const followUp = journal.call('followUps.set', { entryId: entry.id, due: '2027-02-27' });
    expectRejected('followUps.answer', { id: followUp.id, answer: '   ' }, 'invalid_input', /Write what happened/);
  });

  it('replaces a waiting follow-up, can be cleared or dismissed, and ignores trashed entries', () => {
    const entry = add('2026-08-20', 'Shipped');
    journal.call('followUps.set', { entryId: entry.id, due: '2026-12-01' });
    journal.call('followUps.set', { entryId: entry.id, due: '2026-12-15' });
    expect(journal.call('entries.get', { id: entry.id }).followUp?.due).toBe('2026-12-15');
    journal.call('followUps.clear', { entryId: entry.id });
    expect(journal.call('entries.get', { id: entry.id }).followUp).toBeNull();
    const f = journal.call('followUps.set', { entryId: entry.id, due: '2026-11-28' });
    clock = new Date(2026, 11, 1);
    journal.call('entries.delete', { id: entry.id });
    expect(journal.call('followUps.due', {})).toEqual([]);
    journal.call('entries.restore', { id: entry.id });
    expect(journal.call('followUps.dismiss', { id: f.id }).dismissedAt).not.toBeNull();
    expect(journal.call('followUps.due', {})).toEqual([]);
  });
});

describe('calendar, streak and monthly counts', () => {
  it('counts entries per day of a year for the heatmap', () => {
    add('2026-01-05', 'a');
    add('2026-01-05', 'b');
    add('2026-03-10', 'c');
    add('2025-12-31', 'last year');
    const year = journal.call('stats.calendar', { year: 2026 });
    expect(year).toEqual({
      year: 2026,
      total: 3,
      activeDays: 2,
      days: [
        { date: '2026-01-05', count: 2 },
        { date: '2026-03-10', count: 1 },
      ],
    });
    expect(journal.call('stats.monthly', { from: '2026-01-01' })).toEqual([
      { month: '2026-01', count: 2 },
      { month: '2026-03', count: 1 },
    ]);
    expectRejected('stats.calendar', { year: 10000 }, 'invalid_input', /between 1900 and 9999/);
  });

  it('shows the streak of weeks with an entry', () => {
    for (const date of ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-24']) add(date, `Week of ${date}`);
    const streak = journal.call('stats.streak', {});
    expect(streak).toMatchObject({ weeks: 4, weeksWithEntries: 4, thisWeekDone: true, since: '2026-11-02' });
  });
});

describe('the weekly reminder', () => {
  it('waits for Friday 16:00, shows once, stays quiet when the week has an entry, and snoozes', () => {
    const waiting = journal.call('reminders.check', {});
    expect(waiting).toEqual({ kind: 'wait', until: new Date(2026, 10, 27, 16, 0).toISOString() });
    clock = new Date(2026, 10, 27, 16, 5);
    expect(journal.call('reminders.check', {})).toEqual({ kind: 'due', weekStart: '2026-11-23', missed: false });
    const snoozed = journal.call('reminders.snooze', { minutes: 30 });
    expect(snoozed).toEqual({ kind: 'wait', until: new Date(2026, 10, 27, 16, 35).toISOString() });
    clock = new Date(2026, 10, 27, 16, 40);
    expect(journal.call('reminders.check', {}).kind).toBe('due');
    expect(journal.call('reminders.shown', {}).kind).toBe('wait');
    expect(journal.call('reminders.check', {}).kind).toBe('wait');
  });

  it('shows a reminder missed while the app was closed once, on the next start', () => {
    journal.close();
    clock = new Date(2026, 10, 2, 9, 0); // the journal was started weeks ago
    journal = openTestJournal({ now: () => clock });
    clock = new Date(2026, 10, 30, 9, 0); // opened again on Monday; nothing written last week
    expect(journal.call('reminders.check', {})).toEqual({ kind: 'due', weekStart: '2026-11-23', missed: true });
    journal.call('reminders.shown', {});
    expect(journal.call('reminders.check', {})).toEqual({ kind: 'wait', until: new Date(2026, 11, 4, 16, 0).toISOString() });
  });

  it('does not remind when the week already has an entry, and can be turned off', () => {
    add('2026-11-24', 'Already wrote');
    clock = new Date(2026, 10, 27, 17, 0);
    expect(journal.call('reminders.check', {})).toEqual({ kind: 'wait', until: new Date(2026, 11, 4, 16, 0).toISOString() });
    journal.call('settings.update', { reminder: { enabled: false, weekday: 5, time: '16:00' } });
    expect(journal.call('reminders.check', {})).toEqual({ kind: 'off' });
  });

  it('refuses settings that make no sense, writing nothing', () => {
    expectRejected(
      'settings.update',
      { reminder: { enabled: true, weekday: 7, time: '16:00' } },
      'invalid_input',
      /less than or equal to 6|too big|<=6/i,
    );
    expectRejected('settings.update', { reminder: { enabled: true, weekday: 5, time: '25:00' } }, 'invalid_input', /HH:mm/);
    expectRejected(
      'settings.update',
      { quickCapture: { enabled: true, accelerator: 'Ctrl+Shift+J; rm -rf' } },
      'invalid_input',
      /keys joined by \+/,
    );
    expectRejected('reminders.snooze', { minutes: 1 }, 'invalid_input', /at least 5 minutes/);
  });
});

describe('the example journal', () => {
  it('loads once, touches nothing of the user’s, and goes away in one step', () => {
    const mine = add('2026-11-25', 'My own entry', { newThemes: ['leadership'], people: ['Priya Raman'] });
    journal.call('reflections.save', { period: 'week', start: '2026-11-23', body: 'My own reflection' });
    expect(journal.call('samples.load', {})).toEqual({ entries: 10 });
    expectRejected('samples.load', {}, 'conflict', /already in your journal/);
    const all = journal.call('entries.list', { limit: 100 }).items;
    expect(all).toHaveLength(11);
    expect(all.filter((e) => e.sample)).toHaveLength(10);
    expect(journal.call('goals.list', {}).filter((g) => g.sample)).toHaveLength(3);
    expect(journal.call('reflections.get', { period: 'week', start: '2026-11-23' })?.body).toBe('My own reflection');
    expect(journal.call('followUps.due', {}).map((f) => f.entry.title)).toEqual([
      'Took over the customer escalation for the largest account',
    ]);

    expect(journal.call('samples.remove', {})).toEqual({ removed: 10 });
    expect(journal.call('entries.list', {}).items.map((e) => e.id)).toEqual([mine.id]);
    expect(journal.call('goals.list', {})).toEqual([]);
    expect(journal.call('people.list', {}).map((p) => p.name)).toEqual(['Priya Raman']);
    expect(journal.call('themes.list', {}).map((t) => t.name)).toEqual(['growth', 'leadership', 'quality', 'transition']);
    expect(journal.call('reflections.get', { period: 'week', start: '2026-11-23' })?.body).toBe('My own reflection');
    expect(journal.call('samples.load', {})).toEqual({ entries: 10 });
  });
});

describe('upgrading a journal from the first version', () => {
  it('keeps entries and themes, and makes them searchable by people too', () => {
    const file = path.join(journal.dir, 'old.db');
    const { db } = openDatabase(file, { migrations: MIGRATIONS.slice(0, 1) });
    db.exec(`INSERT INTO themes (id, name, name_key, color, created_at, updated_at)
             VALUES ('0b6a7c52-8d4e-4f5a-9a31-0c2b1d6e7f80', 'Leadership', 'leadership', '#2f6fdb', 'x', 'x')`);
    db.exec(`INSERT INTO entries (id, date, title, body, section, created_at, updated_at)
             VALUES ('1b6a7c52-8d4e-4f5a-9a31-0c2b1d6e7f81', '2025-05-05', 'Old entry', 'Wrote the zeppelin doc', 'design', 'x', 'x')`);
    db.exec(`INSERT INTO entry_themes VALUES (1, 1, 0)`);
    db.close();

    const backups: string[] = [];
    const upgraded = openBackend({ databasePath: file, externalPollMs: 0, onBackup: (p) => backups.push(p), now: () => clock });
    expect(backups).toHaveLength(1);
    const entry = upgraded.handlers['entries.get']({ id: '1b6a7c52-8d4e-4f5a-9a31-0c2b1d6e7f81' });
    expect(entry).toMatchObject({ kind: 'accomplishment', people: [], goals: [], sample: false, themes: [{ name: 'Leadership' }] });
    expect(upgraded.handlers['entries.search']({ query: 'zeppelin', limit: 10, asYouType: false }).hits).toHaveLength(1);
    expect(upgraded.handlers['entries.search']({ query: 'leadership', limit: 10, asYouType: false }).hits).toHaveLength(1);
    upgraded.handlers['entries.update']({ id: entry.id, people: ['Ana Ruiz'] });
    expect(upgraded.handlers['entries.search']({ query: 'ruiz', limit: 10, asYouType: false }).hits).toHaveLength(1);
    upgraded.close();
  });
});
