import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/domain/limits';
import { fitToLimits } from '../../electron/core/exchange/importers/fitToLimits';
import { importDayOne } from '../../electron/core/exchange/importers/dayOne';
import { importJrnl } from '../../electron/core/exchange/importers/jrnl';
import type { ImportedEntry } from '../../electron/core/exchange/importers/types';

const base: ImportedEntry = {
  date: '2019-03-04',
  title: 'Shipped it',
  body: '',
  impact: '',
  section: 'projects',
  kind: 'accomplishment',
  themes: [],
  people: [],
  starred: false,
  warnings: [],
};

const words = (count: number): string => Array.from({ length: count }, (_, i) => `word${i}`).join(' ');

describe('imported entries fit the app limits without losing text', () => {
  it('moves the end of an over-long title into the body', () => {
    const title = words(120); // about 800 characters
    const [fitted] = fitToLimits({ ...base, title, body: 'Details.' });
    expect(fitted?.title.length).toBeLessThanOrEqual(LIMITS.titleLength);
    expect(fitted?.title.endsWith('…')).toBe(true);
    expect(`${fitted?.title.slice(0, -1)} ${fitted?.body.slice(1)}`).toBe(`${title}\n\nDetails.`);
    expect(fitted?.warnings).toEqual(['The title was longer than 500 characters; the rest of it starts the body.']);
  });

  it('splits a body over the limit into numbered entries that together hold all of it', () => {
    const paragraph = `${'x'.repeat(999)}\n\n`;
    const body = paragraph.repeat(2_500).trimEnd(); // 2.5 million characters
    const parts = fitToLimits({ ...base, body, impact: 'It worked.' });
    expect(parts.map((p) => p.title)).toEqual(['Shipped it', 'Shipped it (part 2 of 2)']);
    expect(parts.every((p) => p.body.length <= LIMITS.bodyLength)).toBe(true);
    expect(parts.map((p) => p.body).join('\n\n')).toBe(body);
    expect(parts.map((p) => p.impact)).toEqual(['It worked.', '']);
    expect(parts[1]?.warnings[0]).toMatch(/split into 2 entries; this is part 2/);
  });

  it('renames themes with commas or too many characters, and says how', () => {
    const long = `platform-${'reliability-'.repeat(6)}work`;
    const [fitted] = fitToLimits({ ...base, themes: ['#work, life', long, 'Work life', '  ', '@infra'] });
    expect(fitted?.themes).toEqual(['work life', 'platform-reliability-reliability-reliability-reliability', 'infra']);
    expect(fitted?.themes.every((t) => t.length <= LIMITS.themeNameLength && !t.includes(','))).toBe(true);
    expect(fitted?.warnings).toEqual([
      'The theme "work, life" had commas, which separate themes; it was renamed "work life".',
      `The theme "${long}" is longer than 60 characters; it was shortened to "platform-reliability-reliability-reliability-reliability".`,
    ]);
  });

  it('shortens over-long names of people and lists what did not fit', () => {
    const name = `Dr ${'Maximiliane '.repeat(10)}Musterfrau`;
    const [fitted] = fitToLimits({ ...base, people: [name], themes: Array.from({ length: 52 }, (_, i) => `t${i}`) });
    expect(fitted?.people[0]?.length).toBeLessThanOrEqual(LIMITS.personNameLength);
    expect(fitted?.themes).toHaveLength(LIMITS.themesPerEntry);
    expect(fitted?.warnings).toContain('Only 50 themes fit on one entry; these were left off: t50, t51.');
    expect(fitted?.warnings.some((w) => w.startsWith(`The name "${name}" is longer than 100 characters`))).toBe(true);
  });

  it('gives an entry without a title its first line, and one without any text a placeholder', () => {
    expect(fitToLimits({ ...base, title: '', body: '\n- moved the queue\n- more' })[0]).toMatchObject({
      title: 'moved the queue',
      warnings: ['The entry had no title; its first line was used.'],
    });
    expect(fitToLimits({ ...base, title: '  ' })[0]?.title).toBe('Untitled entry');
  });

  it('applies to every importer: a jrnl tag that is too long, a Day One tag with commas', () => {
    const tag = `@${'a'.repeat(70)}`;
    const jrnl = importJrnl(JSON.stringify({ entries: [{ date: '2019-03-04', title: 'x.', body: '', tags: [tag] }] }), 'j.json');
    expect(jrnl.entries[0]?.themes).toEqual(['a'.repeat(60)]);
    expect(jrnl.entries[0]?.warnings).toHaveLength(1);

    const dayOne = importDayOne(
      JSON.stringify({ entries: [{ creationDate: '2019-03-04T10:00:00Z', timeZone: 'UTC', text: 'Hi', tags: ['Work, Life'] }] }),
      'Journal.json',
    );
    expect(dayOne.entries[0]?.themes).toEqual(['Work Life']);
  });
});
