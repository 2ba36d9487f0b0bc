import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../shared/domain/model';
import { openTestJournal, type TestJournal } from './journal';

/**
 * Answers to the import preview's questions (issue 11, item 8) through the real backend on a real
 * SQLite file: the preview shows each answer's effect and writes nothing; the commit writes the
 * entries as answered; an answer that does not fit its question is refused and nothing is written.
 */

let journal: TestJournal;
beforeEach(() => {
  const clock = new Date(2026, 10, 27, 10, 0);
  journal = openTestJournal({ now: () => clock });
});
afterEach(() => journal.close());

const PRIYA = fs.readFileSync(new URL('../fixtures/imports/authors/julia-template-priya.md', import.meta.url));
const file = { fileName: 'julia-template-priya.md', data: PRIYA.toString('base64') };

const questionId = (preview: ImportPreview, title: string, local: string): string => {
  const entry = preview.entries.find((e) => e.title.startsWith(title));
  const guess = entry?.guesses?.find((g) => g.id.endsWith(`:${local}`));
  if (!guess) throw new Error(`no question ${local} on ${title}`);
  return guess.id;
};

describe('answering the import preview', () => {
  it('shows every guess as a question, and each answer in the next preview, writing nothing', () => {
    const before = journal.call('import.preview', file);
    expect(before.questions).toBeGreaterThan(0);
    const pricing = before.entries.find((e) => e.title === 'Pricing experiment');
    expect(pricing?.guesses?.map((g) => [g.kind, g.question, g.answer, g.answered])).toEqual([
      ['person', 'Is “Tom” a person?', 'yes', false],
      ['year', 'Year 2023 from the title “Brag document 2023” — right?', '2023', false],
    ]);
    // Undated items ask for a day, in the words of the reason they have none.
    const undated = before.entries.filter((e) => e.date === null);
    expect(undated.length).toBe(before.undated);
    for (const e of undated) expect(e.guesses?.[0]).toMatchObject({ kind: 'date', answerType: 'day', answer: '' });

    const answers = {
      [questionId(before, 'Pricing experiment', 'year')]: '2022',
      [questionId(before, 'Churn model v2', 'person:Sam Okafor')]: 'no',
      [questionId(before, 'Weekly 1:1s', 'theme:mentoring')]: 'no',
      [questionId(before, 'thanks to Jonas', 'date')]: '2023-06-02',
    };
    const after = journal.call('import.preview', { ...file, answers });
    const row = (title: string) => after.entries.find((e) => e.title.startsWith(title));
    expect(row('Pricing experiment')).toMatchObject({ date: '2022-05-11', dateEnd: '2022-07-10', dateText: 'mid-May – early July 2022' });
    expect(row('Pricing experiment')?.guesses?.find((g) => g.kind === 'year')).toMatchObject({ answer: '2022', answered: true });
    expect(row('Churn model v2')?.people).toEqual([]);
    expect(row('Weekly 1:1s')).toMatchObject({ themes: [] });
    expect(row('Weekly 1:1s')?.title).toMatch(/ \[mentoring\]$/);
    expect(row('thanks to Jonas')).toMatchObject({ date: '2023-06-02', datePrecision: 'day' });
    expect(after.undated).toBe(before.undated - 1);

    expect(journal.call('entries.list', {}).items).toEqual([]);
    expect(journal.call('people.list', {})).toEqual([]);
  });

  it('writes the entries as answered when the import is confirmed', () => {
    const preview = journal.call('import.preview', file);
    // Unanswered, the entry would be linked to the goal it best matches.
    expect(preview.entries.find((e) => e.title.startsWith('Weekly 1:1s'))?.goals).toEqual(['Mentor a junior data scientist']);
    const answers = {
      [questionId(preview, 'Pricing experiment', 'year')]: '2022',
      [questionId(preview, 'Pricing experiment', 'person:Tom')]: 'no',
      [questionId(preview, 'Weekly 1:1s', 'goal')]: 'none',
      [questionId(preview, 'thanks to Jonas', 'date')]: '2023-06-02',
    };
    const outcome = journal.call('import.commit', { ...file, defaultDate: '2023-12-15', answers });
    expect(outcome.created).toBe(preview.entries.length);
    const items = journal.call('entries.list', {}).items;
    const byTitle = (title: string) => items.find((e) => e.title.startsWith(title));
    expect(byTitle('Pricing experiment')).toMatchObject({ date: '2022-05-11', datePrecision: 'part', dateEnd: '2022-07-10', people: [] });
    expect(byTitle('thanks to Jonas')).toMatchObject({ date: '2023-06-02', datePrecision: 'day' });
    expect(byTitle('how survival models')).toMatchObject({ date: '2023-12-15' });
    expect(journal.call('people.list', {}).map((p) => p.name)).not.toContain('Tom');
    // The goal the entry was said to serve was answered "none": no link.
    const mentoring = journal.call('entries.get', { id: byTitle('Weekly 1:1s')?.id as string });
    expect(mentoring.goals ?? []).toEqual([]);
  });

  it('makes a note an entry when asked, which then asks for its own day, and keeps the other notes', () => {
    const preview = journal.call('import.preview', file);
    expect(preview.noteQuestions?.map((q) => [q.id, q.from])).toEqual([
      ['note:0', 'Priya Raman — Senior Data Scientist, Growth'],
      ['note:1', "Started this from Julia's template after my review last year. I add to it every other Friday."],
    ]);
    const asked = journal.call('import.preview', { ...file, answers: { 'note:1': 'entry' } });
    expect(asked.notes).toEqual(['Priya Raman — Senior Data Scientist, Growth']);
    const made = asked.entries.at(-1);
    expect(made).toMatchObject({ title: "Started this from Julia's template after my review last year", date: null });
    expect(made?.guesses?.[0]).toMatchObject({ id: 'n1:date', kind: 'date' });

    const outcome = journal.call('import.commit', {
      ...file,
      defaultDate: '2023-12-15',
      answers: { 'note:1': 'entry', 'n1:date': '2023-01-06' },
    });
    expect(outcome.created).toBe(preview.entries.length + 1);
    expect(journal.call('entries.list', {}).items.find((e) => e.title.startsWith('Started this from'))).toMatchObject({
      date: '2023-01-06',
    });
    // The note kept as a note is the year's reflection; the one made an entry is not repeated there.
    const reflection = journal.call('reflections.get', { period: 'year', start: '2023-01-01' })?.body ?? '';
    expect(reflection).toContain('Priya Raman — Senior Data Scientist, Growth');
    expect(reflection).not.toContain('Started this from');
  });

  it('refuses an answer that does not fit its question, or names no question, writing nothing', () => {
    const preview = journal.call('import.preview', file);
    const year = questionId(preview, 'Pricing experiment', 'year');
    for (const [answers, message] of [
      [{ [year]: 'last year' }, `The answer to question ${year} must be a year from 1900 to 9999.`],
      [{ '999:year': '2022' }, 'This file asks no question 999:year; read the preview again.'],
    ] as const) {
      const result = journal.attempt('import.commit', { ...file, defaultDate: '2023-12-15', answers });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message } });
    }
    expect(journal.call('entries.list', {}).items).toEqual([]);
    expect(journal.call('goals.list', {})).toEqual([]);
  });
});
