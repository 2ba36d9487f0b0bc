import { describe, expect, it } from 'vitest';
import { importBragMarkdown } from '../../electron/core/exchange/importers/bragMarkdown';
import { answerGuesses, answerNotes } from '../../electron/core/exchange/importers/guesses';
import type { ImportedEntry } from '../../electron/core/exchange/importers/types';

/**
 * Every place the importer guesses about an item is a question (issue 11, item 8): which guesses
 * are asked, in what words, and what each answer does to the entry.
 */

function read(markdown: string): ImportedEntry[] {
  return importBragMarkdown(markdown, { thisYear: 2030 }).entries;
}

function one(item: string, heading = '## Projects'): ImportedEntry {
  const entries = read(`# Brag document 2019\n\n${heading}\n\n${item}\n`);
  expect(entries).toHaveLength(1);
  return entries[0] as ImportedEntry;
}

const asked = (e: ImportedEntry) => (e.guesses ?? []).map((g) => [g.id, g.question, g.assumed]);

/** The entry as the given answers (keyed by the guess's own id) make it. */
function answered(e: ImportedEntry, answers: Record<string, string>, defaultDate?: string): ImportedEntry {
  const keyed = Object.fromEntries(Object.entries(answers).map(([id, a]) => [`0:${id}`, a]));
  const [result] = answerGuesses([e], keyed, defaultDate);
  return result?.parts[0] as ImportedEntry;
}

describe('the guesses an item asks about', () => {
  it('a year taken from the title', () => {
    expect(asked(one('- June: Fixed the build'))).toEqual([['year', 'Year 2019 from the title “Brag document 2019” — right?', '2019']]);
  });

  it('a year taken from a heading, and from front matter', () => {
    expect(asked(read('# Log\n\n## 2021\n\n### Projects\n\n- March 4: Fixed the build\n')[0] as ImportedEntry)).toEqual([
      ['year', 'Year 2021 from the heading “2021” — right?', '2021'],
    ]);
    expect(asked(read('---\nyear: 2017\n---\n\n## Projects\n\n- June: Fixed the build\n')[0] as ImportedEntry)).toEqual([
      ['year', 'Year 2017 from the front matter — right?', '2017'],
    ]);
  });

  it('a month heading that takes its year from the title above it', () => {
    const [entry] = read('# Brag document\n\n## 2021\n\n### March\n\n- Fixed the build\n');
    expect(asked(entry as ImportedEntry)).toEqual([['year', 'Year 2021 from the heading “2021” — right?', '2021']]);
  });

  it('nothing about the year when the item says it', () => {
    expect(one('- 2019-03-04: Fixed the build').guesses).toBeUndefined();
    expect(one('- June 2018: Fixed the build').guesses).toBeUndefined();
  });

  it('a name read as a person, with the role it was read with', () => {
    const entry = one('- 2019-03-04: Rebuilt the pipeline with Sam Okafor (partner eng lead)');
    expect(entry.guesses?.map((g) => [g.id, g.question, g.from])).toEqual([
      ['person:Sam Okafor', 'Is “Sam Okafor” a person?', 'Sam Okafor (partner eng lead)'],
    ]);
  });

  it('no question for a name a "People:" line gives', () => {
    expect(one('- 2019-03-04: Fixed the build\n  People: Dana').guesses).toBeUndefined();
  });

  it('a kind set by a marker, unless the section already says it', () => {
    expect(asked(one('- 2019-03-04: TIL: window functions beat loops'))).toEqual([
      ['kind', 'Read as Learning because of “TIL:” — right?', 'learning'],
    ]);
    expect(one('- 2019-03-04: TIL: window functions beat loops', '## What I learned').guesses).toBeUndefined();
  });

  it('a [tag] read as a theme', () => {
    expect(asked(one('- 2019-03-04: Built the scorer [modeling]'))).toEqual([['theme:modeling', 'Is “[modeling]” a theme?', 'yes']]);
  });

  it('an impact split at an arrow or "which made", but not an impact the item labels', () => {
    expect(asked(one('- 2019-03-04: Migrated CI → builds 2x faster'))).toEqual([
      ['impact', 'Is “builds 2x faster” what happened because of it?', 'yes'],
    ]);
    expect(asked(one('- 2019-03-04: Cut CI time, which made the tests 3x faster'))).toEqual([
      ['impact', 'Is “Made the tests 3x faster” what happened because of it?', 'yes'],
    ]);
    expect(one('- 2019-03-04: Cut CI time (impact: tests 3x faster)').guesses).toBeUndefined();
  });

  it('a slashed date read as month/day', () => {
    expect(asked(one('- 4/8: Fixed the build'))).toEqual([
      ['year', 'Year 2019 from the title “Brag document 2019” — right?', '2019'],
      ['dayMonth', '“4/8” read as 8 April — or 4 August?', 'monthDay'],
    ]);
  });

  it('the goal an item says it served', () => {
    const [entry] = read(
      '# 2023\n\n## Goals for this year\n\n- Mentor a junior\n- Ship the model\n\n## Collaboration\n\n- 2023-03-01: Mentored Lena (goal from January ✅)\n',
    );
    const goal = entry?.guesses?.find((g) => g.id === 'goal');
    expect(goal).toMatchObject({ question: 'Linked to the goal “Mentor a junior” — right?', assumed: '2023:Mentor a junior' });
    expect(goal?.choices.map((c) => c.label)).toEqual(['Mentor a junior', 'Ship the model', 'None of these']);
  });
});

describe('answers', () => {
  it('a different year moves the date and the end of its range', () => {
    const entry = one('- mid-May to early July: Ran the test');
    expect(answered(entry, { year: '2018' })).toMatchObject({ date: '2018-05-11', dateEnd: '2018-07-10', datePrecision: 'part' });
  });

  it('29 February in another year becomes the 28th', () => {
    const [entry] = read('# 2024\n\n## Projects\n\n- Feb 29: Leap day deploy\n');
    expect(answered(entry as ImportedEntry, { year: '2023' }).date).toBe('2023-02-28');
  });

  it('"not a person" takes the name and its role off', () => {
    const entry = one('- 2019-03-04: Rebuilt the pipeline with Sam Okafor (partner eng lead) and thanks to Jonas');
    const after = answered(entry, { 'person:Sam Okafor': 'no' });
    expect(after.people).toEqual(['Jonas']);
    expect(after.roles?.['Sam Okafor']).toBeUndefined();
  });

  it('another kind, a [tag] kept in the title, a sentence kept whole', () => {
    expect(answered(one('- 2019-03-04: TIL: window functions beat loops'), { kind: 'accomplishment' }).kind).toBe('accomplishment');
    expect(answered(one('- 2019-03-04: Built the scorer [modeling]'), { 'theme:modeling': 'no' })).toMatchObject({
      title: 'Built the scorer [modeling]',
      themes: [],
    });
    expect(answered(one('- 2019-03-04: AUC went up -> retention offers now reach 8%'), { impact: 'no' })).toMatchObject({
      title: 'AUC went up -> retention offers now reach 8%',
      impact: '',
    });
  });

  it('the other reading of a slashed date', () => {
    expect(answered(one('- 4/8: Fixed the build'), { dayMonth: 'dayMonth' }).date).toBe('2019-08-04');
  });

  it('another goal, or none', () => {
    const [entry] = read(
      '# 2023\n\n## Goals for this year\n\n- Mentor a junior\n- Ship the model\n\n## Collaboration\n\n- 2023-03-01: Mentored Lena (goal from January ✅)\n',
    );
    expect(answered(entry as ImportedEntry, { goal: '2023:Ship the model' }).goals).toEqual([{ year: 2023, title: 'Ship the model' }]);
    expect(answered(entry as ImportedEntry, { goal: 'none' }).goals).toEqual([]);
  });

  it('an undated item asks for a day: its own answer wins over the default day', () => {
    const entry = one('- Something I did but forgot when');
    expect(entry.date).toBeNull();
    const [result] = answerGuesses([entry], {}, '2019-12-31');
    expect(result?.guesses.map((g) => [g.id, g.kind, g.answerType, g.assumed, g.answered])).toEqual([
      ['0:date', 'date', 'day', '2019-12-31', false],
    ]);
    expect(result?.parts[0]?.date).toBe('2019-12-31');
    expect(answered(entry, { date: '2019-06-02' }, '2019-12-31')).toMatchObject({ date: '2019-06-02', datePrecision: 'day' });
    expect(answerGuesses([entry], {}, undefined)[0]?.parts[0]?.date).toBeNull();
  });

  it('are refused, one line each, when they do not fit the question or name no question', () => {
    const entry = one('- June: Rebuilt it with Sam Okafor (partner eng lead)');
    const attempt = (answers: Record<string, string>) => () => answerGuesses([entry], answers, undefined);
    expect(attempt({ '0:year': '19' })).toThrow('The answer to question 0:year must be a year from 1900 to 9999.');
    expect(attempt({ '0:person:Sam Okafor': 'maybe' })).toThrow('The answer to question 0:person:Sam Okafor must be one of yes, no.');
    expect(attempt({ '3:year': '2019' })).toThrow('This file asks no question 3:year; read the preview again.');
    expect(() => answerGuesses([one('- Forgot when')], { '0:date': '2019-02-30' }, undefined)).toThrow('must be a day written yyyy-mm-dd');
  });

  it('leave the entry as read when they agree with what was assumed', () => {
    const entry = one('- June: Rebuilt it with Sam Okafor (partner eng lead)');
    const [result] = answerGuesses([entry], { '0:year': '2019', '0:person:Sam Okafor': 'yes' }, undefined);
    expect(result?.parts).toEqual([entry]);
    expect(result?.guesses.every((g) => g.answered)).toBe(true);
  });
});

describe('notes', () => {
  it('each note asks whether it is an entry; "entry" makes it one, which then asks for its day', () => {
    const notes = ['Sam Lee, Staff Engineer', 'Started this from the template. I add to it on Fridays.'];
    const kept = answerNotes(notes, {});
    expect(kept.kept).toEqual(notes);
    expect(kept.questions.map((q) => [q.id, q.question, q.from, q.answer])).toEqual([
      ['note:0', 'Kept as a note, not an entry — right?', 'Sam Lee, Staff Engineer', 'note'],
      ['note:1', 'Kept as a note, not an entry — right?', notes[1], 'note'],
    ]);
    const made = answerNotes(notes, { 'note:1': 'entry', '0:year': '2020' });
    expect(made.kept).toEqual(['Sam Lee, Staff Engineer']);
    expect(made.rest).toEqual({ '0:year': '2020' });
    expect(made.entries).toHaveLength(1);
    expect(made.entries[0]).toMatchObject({
      key: 'n1',
      entry: { title: 'Started this from the template', body: 'I add to it on Fridays.', date: null },
    });
    const [asEntry] = answerGuesses(
      made.entries.map((n) => n.entry),
      { 'n1:date': '2020-01-10' },
      undefined,
      made.entries.map((n) => n.key),
    );
    expect(asEntry?.parts[0]?.date).toBe('2020-01-10');
  });

  it('refuses an answer that is not note or entry, or names no note', () => {
    expect(() => answerNotes(['A note'], { 'note:0': 'maybe' })).toThrow('The answer to question note:0 must be one of note, entry.');
    expect(() => answerNotes(['A note'], { 'note:4': 'entry' })).toThrow('This file asks no question note:4; read the preview again.');
  });
});
