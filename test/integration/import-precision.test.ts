import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestJournal, type TestJournal } from './journal';

/**
 * Dates with precision and everything an import understood, through the real backend on a real
 * SQLite file: migration 4's columns, entry writes, archives both ways, the brag export, and
 * import.preview / import.commit (notes, roles, goal links).
 */

let journal: TestJournal;
let other: TestJournal;
beforeEach(() => {
  const clock = new Date(2026, 10, 27, 10, 0);
  journal = openTestJournal({ now: () => clock });
  other = openTestJournal({ now: () => clock });
});
afterEach(() => {
  journal.close();
  other.close();
});

const base64 = (text: string) => Buffer.from(text).toString('base64');

describe('entries with a date precision', () => {
  it('are stored, listed and updated with their precision and range', () => {
    const q2 = journal.call('entries.create', { date: '2019-04-01', datePrecision: 'quarter', title: 'Took over the fraud roadmap' });
    expect(q2).toMatchObject({ date: '2019-04-01', datePrecision: 'quarter', dateEnd: null });
    const range = journal.call('entries.create', {
      date: '2023-05-01',
      datePrecision: 'month',
      dateEnd: '2023-07-31',
      title: 'Pricing experiment',
    });
    expect(journal.call('entries.get', { id: range.id })).toMatchObject({ datePrecision: 'month', dateEnd: '2023-07-31' });
    const listed = journal.call('entries.list', {}).items.map((e) => [e.title, e.datePrecision, e.dateEnd]);
    expect(listed).toEqual([
      ['Pricing experiment', 'month', '2023-07-31'],
      ['Took over the fraud roadmap', 'quarter', null],
    ]);
    // A new day without a precision makes it a day again.
    expect(journal.call('entries.update', { id: q2.id, date: '2019-05-06' })).toMatchObject({
      date: '2019-05-06',
      datePrecision: 'day',
      dateEnd: null,
    });
    // Old callers that never say a precision still create days.
    expect(journal.call('entries.create', { date: '2020-01-02', title: 'Plain day' })).toMatchObject({
      datePrecision: 'day',
      dateEnd: null,
    });
  });

  it('refuse a date that does not start its period, with the reason, writing nothing', () => {
    expect(() => journal.call('entries.create', { date: '2019-04-15', datePrecision: 'quarter', title: 'Nope' })).toThrow(
      /first day of its period \(2019-04-01\)/,
    );
    expect(journal.call('entries.list', {}).items).toEqual([]);
  });

  it('come back from JSON and Markdown archives, and old archives without the fields still import', () => {
    journal.call('entries.create', { date: '2023-06-01', datePrecision: 'season', title: 'Hired two engineers' });
    journal.call('entries.create', { date: '2019-03-04', title: 'A plain day' });
    for (const format of ['json', 'markdown'] as const) {
      const file = journal.call('export.file', { kind: 'archive', format });
      const target = openTestJournal({});
      target.call('import.commit', { fileName: file.fileName, data: base64(file.content) });
      expect(target.call('entries.list', {}).items.map((e) => [e.title, e.datePrecision, e.dateEnd])).toEqual([
        ['Hired two engineers', 'season', null],
        ['A plain day', 'day', null],
      ]);
      target.close();
    }
    const json = JSON.parse(journal.call('export.file', { kind: 'archive', format: 'json' }).content) as {
      entries: Record<string, unknown>[];
    };
    // A day-dated entry is written exactly as before precision existed.
    expect(Object.keys(json.entries.find((e) => e.title === 'A plain day') ?? {})).not.toContain('datePrecision');
  });

  it("are written in the brag document in the author's terms, with the kudos marking", () => {
    journal.call('entries.create', { date: '2026-04-01', datePrecision: 'quarter', title: 'Took over the fraud roadmap' });
    journal.call('entries.create', {
      date: '2026-03-01',
      datePrecision: 'month',
      title: '"Great launch"',
      kind: 'kudos',
      people: ['Dana'],
    });
    const doc = journal.call('export.file', { kind: 'brag', period: { kind: 'year', year: 2026 } }).content;
    expect(doc).toContain('- **Q2 2026**: Took over the fraud roadmap');
    expect(doc).toContain('- **March 2026**: **Kudos**: "Great launch"');
    expect(doc).not.toContain('1 Mar');
  });
});

describe('importing a brag document', () => {
  const doc = fs.readFileSync(new URL('../fixtures/imports/authors/julia-template-priya.md', import.meta.url), 'utf8');

  it('previews dates as understood, people with roles, impact, goal links and notes, writing nothing', () => {
    const preview = journal.call('import.preview', { fileName: 'priya.md', data: base64(doc) });
    expect(preview.entries[0]).toMatchObject({
      title: 'Churn model v2',
      dateText: 'Q2 2023',
      datePrecision: 'quarter',
      people: ['Sam Okafor'],
      roles: { 'Sam Okafor': 'partner eng lead at the telecom' },
    });
    expect(preview.entries[1]).toMatchObject({ dateText: 'mid-May – early July 2023', impact: '+3% conversion on annual plans' });
    expect(preview.entries[3]?.goals).toEqual(['Mentor a junior data scientist']);
    expect(preview.notes).toHaveLength(2);
    expect(journal.call('entries.list', {}).items).toEqual([]);
  });

  it("commits precision, roles as people's notes, goal links and the notes as the year's reflection", () => {
    journal.call('import.commit', { fileName: 'priya.md', data: base64(doc), defaultDate: '2023-12-01' });
    const entries = journal.call('entries.list', { limit: 50 }).items;
    expect(entries.find((e) => e.title === 'Churn model v2')).toMatchObject({ date: '2023-04-01', datePrecision: 'quarter' });
    expect(entries.find((e) => e.title === 'Pricing experiment')).toMatchObject({
      date: '2023-05-11',
      datePrecision: 'part',
      dateEnd: '2023-07-10',
    });
    const people = journal.call('people.list', {});
    expect(people.find((p) => p.name === 'Sam Okafor')?.note).toBe('partner eng lead at the telecom');
    expect(people.find((p) => p.name === 'Dana')?.note).toBe('my manager');
    const lena = entries.find((e) => e.title.startsWith('Weekly 1:1s with Lena'));
    expect(lena?.goals.map((g) => g.title)).toEqual(['Mentor a junior data scientist']);
    const reflection = journal.call('reflections.get', { period: 'year', start: '2023-01-01' });
    expect(reflection?.body).toContain('Priya Raman — Senior Data Scientist, Growth');
    expect(reflection?.body).toContain("Started this from Julia's template");
    // Importing the same notes again (duplicates skipped) does not repeat them in the reflection.
    journal.call('import.commit', { fileName: 'priya.md', data: base64(doc), defaultDate: '2023-12-01' });
    const again = journal.call('reflections.get', { period: 'year', start: '2023-01-01' });
    expect(again?.body).toBe(reflection?.body);
  });
});
