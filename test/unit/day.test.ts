import { describe, expect, it } from 'vitest';
import { addDaysToDay, dayProblem, isDay, weekStartOf } from '../../shared/domain/day';

describe('calendar days', () => {
  it.each(['2026-01-01', '2024-02-29', '2026-12-31', '1900-01-01', '9999-12-31'])('%s is a day', (text) => {
    expect(isDay(text)).toBe(true);
    expect(dayProblem(text)).toBeUndefined();
  });

  it.each([
    ['2026-02-30', /not a day on the calendar/],
    ['2025-02-29', /not a day on the calendar/],
    ['2019-13-45', /not a day on the calendar/],
    ['2026-04-31', /not a day on the calendar/],
    ['2026-1-5', /yyyy-MM-dd/],
    ['26-01-05', /yyyy-MM-dd/],
    ['2026-01-05T10:00', /yyyy-MM-dd/],
    ['tomorrow', /yyyy-MM-dd/],
    ['', /yyyy-MM-dd/],
    ['0999-01-01', /between 1900 and 9999/],
    ['10000-01-01', /yyyy-MM-dd/],
  ])('%j is not a day', (text, message) => {
    expect(isDay(text)).toBe(false);
    expect(dayProblem(text)).toMatch(message);
  });

  it('does arithmetic across month, year and leap-day boundaries', () => {
    expect(addDaysToDay('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysToDay('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDaysToDay('2026-03-29', -1)).toBe('2026-03-28');
  });

  it('finds the start of a week, Monday first unless told otherwise', () => {
    expect(weekStartOf('2026-11-29')).toBe('2026-11-23'); // a Sunday belongs to the week before
    expect(weekStartOf('2026-11-29', 0)).toBe('2026-11-29');
    expect(weekStartOf('2027-01-01')).toBe('2026-12-28');
  });
});
