import { describe, expect, it } from 'vitest';
import { formatEntryDate } from '../../shared/domain/entryDate';

describe('formatEntryDate with a writer for single days', () => {
  const short = (day: string) => `<${day}>`;

  it('writes a single day the caller’s way', () => {
    expect(formatEntryDate({ date: '2019-03-04' }, short)).toBe('<2019-03-04>');
    expect(formatEntryDate({ date: '2019-03-04', datePrecision: 'day', dateEnd: null }, short)).toBe('<2019-03-04>');
    expect(formatEntryDate({ date: '2019-03-04', datePrecision: 'day', dateEnd: '2019-03-04' }, short)).toBe('<2019-03-04>');
  });

  it('writes every other precision, and ranges of days, itself', () => {
    expect(formatEntryDate({ date: '2019-03-04', datePrecision: 'day', dateEnd: '2019-03-08' }, short)).toBe('4–8 March 2019');
    expect(formatEntryDate({ date: '2019-03-01', datePrecision: 'month' }, short)).toBe('March 2019');
    expect(formatEntryDate({ date: '2019-02-18', datePrecision: 'week' }, short)).toBe('week of 18 Feb 2019');
    expect(formatEntryDate({ date: '2019-04-01', datePrecision: 'quarter' }, short)).toBe('Q2 2019');
  });

  it('without a writer, a day is written in full', () => {
    expect(formatEntryDate({ date: '2019-03-04' })).toBe('4 March 2019');
  });
});
