import { describe, expect, it } from 'vitest';
import { ChronicleError } from '../../shared/api/errors';
import { importText } from '../../electron/core/exchange/importers';
import { takeHashtags } from '../../electron/core/exchange/importers/markers';
import { entryDateProblem, entryDateSpan, formatEntryDate } from '../../shared/domain/entryDate';

describe('issue 15 edges the importer owned', () => {
  // Slow: micromark reads ~600 KB here, which takes minutes on a heavily loaded machine.
  it('imports a 150,000-item list (600 KB) without exhausting the stack', { timeout: 600_000 }, () => {
    const doc = `# 2019\n\n## Projects\n\n${Array.from({ length: 150_000 }, (_, i) => `- x${i}`).join('\n')}\n`;
    expect(doc.length).toBeGreaterThan(600_000);
    const result = importText(doc, 'big.md', { thisYear: 2030 });
    expect(result.entries).toHaveLength(150_000);
    expect(result.entries[149_999]?.title).toBe('x149999');
  });

  it('refuses a list nested 3,000 levels deep with one sentence, before the parser could exhaust the stack', () => {
    expect(() => importText(`# 2019\n\n## Projects\n\n${'- '.repeat(3000)}deep\n`, 'deep.md', { thisYear: 2030 })).toThrow(
      /^Line 5 nests lists or quotes more than 100 levels deep/,
    );
    // Ordinary nesting is read as before.
    expect(importText('# 2019\n\n## Projects\n\n- Mar 4: Shipped it\n  - the details\n', 'ok.md', { thisYear: 2030 }).entries).toHaveLength(
      1,
    );
  });

  it('reads a 40 KB line with 5,000 #tags and keeps every tag (the work is linear in the line)', () => {
    const line = `Shipped it ${Array.from({ length: 5_000 }, (_, i) => `#tag${i}`).join(' ')}`;
    expect(line.length).toBeGreaterThan(40_000);
    const tagged = takeHashtags(line);
    expect(tagged.text).toBe('Shipped it');
    expect(tagged.themes).toHaveLength(5_000);
  });

  it.each(['1', '"str"', 'null', 'true'])('refuses a JSON file whose whole content is the scalar %s', (content) => {
    const read = () => importText(content, 'data.json');
    expect(read).toThrow(ChronicleError);
    expect(read).toThrow(/holds a single JSON value/);
  });
});

describe('formatEntryDate, the one formatter for dates with precision', () => {
  it.each([
    [{ date: '2019-03-04' }, '4 March 2019'],
    [{ date: '2019-02-18', datePrecision: 'week' as const }, 'week of 18 Feb 2019'],
    [{ date: '2019-03-01', datePrecision: 'part' as const }, 'early March 2019'],
    [{ date: '2019-03-11', datePrecision: 'part' as const }, 'mid-March 2019'],
    [{ date: '2019-03-01', datePrecision: 'month' as const }, 'March 2019'],
    [{ date: '2019-04-01', datePrecision: 'quarter' as const }, 'Q2 2019'],
    [{ date: '2019-07-01', datePrecision: 'half' as const }, 'H2 2019'],
    [{ date: '2023-06-01', datePrecision: 'season' as const }, 'summer 2023'],
    [{ date: '2023-12-01', datePrecision: 'season' as const }, 'winter 2023–24'],
    [{ date: '2019-01-01', datePrecision: 'year' as const }, '2019'],
    [{ date: '2023-05-01', datePrecision: 'month' as const, dateEnd: '2023-07-31' }, 'May–July 2023'],
    [{ date: '2023-05-11', datePrecision: 'part' as const, dateEnd: '2023-07-10' }, 'mid-May – early July 2023'],
    [{ date: '2019-03-04', dateEnd: '2019-03-08' }, '4–8 March 2019'],
    [{ date: '2019-11-01', datePrecision: 'month' as const, dateEnd: '2020-02-29' }, 'November 2019 – February 2020'],
  ])('%j → %s', (date, text) => {
    expect(entryDateProblem(date)).toBeUndefined();
    expect(formatEntryDate(date)).toBe(text);
  });

  it('refuses a date that is not the first day of its period, and a range that ends before it starts', () => {
    expect(entryDateProblem({ date: '2019-03-04', datePrecision: 'month' })).toMatch(/first day of its period \(2019-03-01\)/);
    expect(entryDateProblem({ date: '2019-03-04', dateEnd: '2019-03-01' })).toMatch(/before its start/);
  });

  it('gives the span a date covers, for filtering by period', () => {
    expect(entryDateSpan({ date: '2019-04-01', datePrecision: 'quarter' })).toEqual({ from: '2019-04-01', to: '2019-06-30' });
    expect(entryDateSpan({ date: '2020-02-01', datePrecision: 'month' })).toEqual({ from: '2020-02-01', to: '2020-02-29' });
  });
});
