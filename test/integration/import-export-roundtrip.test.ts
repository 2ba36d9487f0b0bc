import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFolder } from '../../electron/core/exchange/atomicWrite';
import type { Entry } from '../../shared/domain/model';
import { openTestJournal, type TestJournal } from './journal';

/**
 * Every imported fixture, once in a journal, exported as a brag document and imported into an
 * empty journal gives the same entries: dates with precision and range, titles, bodies, impact,
 * sections, kinds, themes, people and stars. Through the real backend on real SQLite files.
 */

const fixtures = path.join(import.meta.dirname, '../fixtures/imports');
const FILES = [
  'authors/julia-template-priya.md',
  'authors/monthly-wins-marco.md',
  'authors/obsidian-note-kenji.md',
  'authors/project-headings-ana.md',
  'authors/seasons-log-fatima.md',
  'authors/weekly-terse-lee.md',
  'julia-template.md',
  'messy.md',
  'quarterly.md',
  'flat-list.md',
  'jrnl-export.json',
  'dayone-export.json',
];
const FOLDERS = ['obsidian-vault', 'jekyll-site'];

let first: TestJournal;
let second: TestJournal;
beforeEach(() => {
  const clock = new Date(2026, 10, 27, 10, 0);
  first = openTestJournal({ now: () => clock });
  second = openTestJournal({ now: () => clock });
});
afterEach(() => {
  first.close();
  second.close();
});

const base64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

function entriesOf(journal: TestJournal): Entry[] {
  return journal.call('entries.list', { limit: 500 }).items.map((e) => journal.call('entries.get', { id: e.id }));
}

const sameness = (e: Entry) => ({
  date: e.date,
  datePrecision: e.datePrecision ?? 'day',
  dateEnd: e.dateEnd ?? null,
  title: e.title,
  body: e.body,
  impact: e.impact,
  section: e.section,
  kind: e.kind,
  themes: e.themes.map((t) => t.name).sort(),
  people: e.people.map((p) => p.name).sort(),
  starred: e.starred,
});
const byDateAndTitle = (a: { date: string; title: string }, b: { date: string; title: string }) =>
  a.date.localeCompare(b.date) || a.title.localeCompare(b.title);

function roundTrip(): void {
  const before = entriesOf(first).map(sameness).sort(byDateAndTitle);
  expect(before.length).toBeGreaterThan(0);
  const from = before[0]?.date ?? '';
  const to =
    before
      .map((e) => e.dateEnd ?? e.date)
      .sort()
      .at(-1) ?? '';
  const doc = first.call('export.file', { kind: 'brag', period: { kind: 'custom', from, to } });
  second.call('import.commit', { fileName: doc.fileName, data: base64(doc.content), defaultDate: '2026-01-01' });
  expect(entriesOf(second).map(sameness).sort(byDateAndTitle)).toEqual(before);
}

describe('an imported journal, exported as a brag document and imported back', () => {
  it.each(FILES)('%s gives the same entries', (name) => {
    const bytes = fs.readFileSync(path.join(fixtures, name));
    first.call('import.commit', { fileName: path.basename(name), data: base64(bytes), defaultDate: '2026-01-01' });
    roundTrip();
  });

  it.each(FOLDERS)('the notes folder %s gives the same entries', (name) => {
    first.call('import.commit', { fileName: name, folder: readFolder(path.join(fixtures, name)), defaultDate: '2026-01-01' });
    roundTrip();
  });
});
