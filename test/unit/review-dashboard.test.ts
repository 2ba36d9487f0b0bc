import { describe, expect, it } from 'vitest';
import type { Entry } from '../../shared/domain/model';
import { SECTION_IDS } from '../../shared/domain/sections';
import { OTHER_THEMES_KEY, reviewDashboard } from '../../shared/domain/review/dashboard';
import {
  customPeriod,
  halfPeriod,
  monthsOfPeriod,
  quarterPeriod,
  reviewPeriod,
  sinceLastReview,
  yearPeriod,
  type ReviewPeriodResult,
} from '../../shared/domain/review/period';
import { ENTRIES, makeEntry, REVIEW_YEAR, themeRef } from '../fixtures/reviewYear';

const dashboard = reviewDashboard(REVIEW_YEAR);

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

describe('the review dashboard', () => {
  it('counts entries by section in template order, empty sections included', () => {
    expect(dashboard.bySection.map((s) => s.section)).toEqual([...SECTION_IDS]);
    expect(dashboard.bySection.find((s) => s.section === 'outside')).toEqual({ section: 'outside', label: 'Outside of work', count: 0 });
    expect(sum(dashboard.bySection.map((s) => s.count))).toBe(ENTRIES.length);
    expect(dashboard.total).toBe(ENTRIES.length);
  });

  it('counts entries by theme, most first, with unused themes last at zero', () => {
    expect(dashboard.byTheme.map((t) => [t.name, t.count])).toEqual([
      ['transition', 15],
      ['leadership', 14],
      ['ml-engineering', 13],
      ['enterprise', 10],
      ['quality', 10],
      ['hiring', 5],
      ['open-source', 0],
    ]);
    expect(dashboard.unthemed).toBe(2);
  });

  it('counts entries by kind in a fixed order', () => {
    expect(dashboard.byKind).toEqual([
      { kind: 'accomplishment', label: 'Accomplishment', count: 31 },
      { kind: 'learning', label: 'Learning', count: 6 },
      { kind: 'kudos', label: 'Kudos received', count: 4 },
    ]);
  });

  it('counts every month of the period, silent ones included', () => {
    expect(dashboard.byMonth.map((m) => m.month)).toEqual(monthsOfPeriod(REVIEW_YEAR.period));
    expect(dashboard.byMonth).toHaveLength(12);
    expect(dashboard.byMonth[7]).toEqual({ month: '2026-08', label: 'Aug 2026', count: 0 });
    expect(dashboard.byMonth[0]).toEqual({ month: '2026-01', label: 'Jan 2026', count: 4 });
    expect(sum(dashboard.byMonth.map((m) => m.count))).toBe(ENTRIES.length);
  });

  it('stacks each month’s entries once, under the strongest of the top themes or “other”', () => {
    const { series, months } = dashboard.stackedByTheme;
    expect(series.map((s) => s.key)).toEqual([
      'theme-transition',
      'theme-leadership',
      'theme-ml-engineering',
      'theme-enterprise',
      'theme-quality',
      OTHER_THEMES_KEY,
    ]);
    months.forEach((row, i) => {
      expect(Object.keys(row.counts).sort()).toEqual(series.map((s) => s.key).sort());
      expect(sum(Object.values(row.counts))).toBe(dashboard.byMonth[i]?.count);
    });
    // The onboarding entry (hiring, leadership, transition) stacks under transition.
    expect(months[4]?.counts['theme-transition']).toBe(3);
  });

  it('lets the chart choose how many themes get their own stack', () => {
    const two = reviewDashboard(REVIEW_YEAR, { topThemes: 2 }).stackedByTheme;
    expect(two.series.map((s) => s.name)).toEqual(['transition', 'leadership', 'Other']);
    const all = reviewDashboard({ ...REVIEW_YEAR, entries: ENTRIES.filter((e) => e.themes.length > 0) }, { topThemes: 10 }).stackedByTheme;
    expect(all.series.map((s) => s.key)).not.toContain(OTHER_THEMES_KEY);
  });

  it('follows each theme across the months', () => {
    for (const trend of dashboard.themeTrend) {
      expect(trend.counts).toHaveLength(12);
      expect(sum(trend.counts)).toBe(dashboard.byTheme.find((t) => t.themeId === trend.themeId)?.count);
    }
    expect(dashboard.themeTrend.map((t) => t.name)).toEqual([
      'transition',
      'leadership',
      'ml-engineering',
      'enterprise',
      'quality',
      'hiring',
    ]);
    expect(dashboard.themeTrend.find((t) => t.name === 'hiring')?.counts).toEqual([1, 0, 1, 0, 1, 0, 0, 0, 1, 1, 0, 0]);
  });

  it('lists the starred highlights, oldest first', () => {
    expect(dashboard.highlights.map((h) => h.id)).toEqual([
      'ci-time',
      'eval-gates',
      'planning',
      'serving-rfc',
      'fine-tuning',
      'first-hire',
    ]);
  });

  it('draws zeros everywhere for an empty period', () => {
    const empty = reviewDashboard({ ...REVIEW_YEAR, period: quarterPeriod(2026, 3), entries: [] });
    expect(empty.total).toBe(0);
    expect(empty.bySection.every((s) => s.count === 0)).toBe(true);
    expect(empty.byMonth.map((m) => m.label)).toEqual(['Jul 2026', 'Aug 2026', 'Sep 2026']);
    expect(empty.stackedByTheme).toEqual({
      series: [],
      months: [
        { month: '2026-07', label: 'Jul 2026', counts: {} },
        { month: '2026-08', label: 'Aug 2026', counts: {} },
        { month: '2026-09', label: 'Sep 2026', counts: {} },
      ],
    });
    expect(empty.highlights).toEqual([]);
  });

  it('counts a theme attached twice to one entry once', () => {
    const entry: Entry = makeEntry({ id: 'x', date: '2026-03-03', title: 'Twice', themes: [themeRef('quality'), themeRef('quality')] });
    const result = reviewDashboard({ ...REVIEW_YEAR, entries: [entry] });
    expect(result.byTheme[0]).toMatchObject({ name: 'quality', count: 1 });
    expect(result.themeTrend[0]?.counts[2]).toBe(1);
  });

  it('handles 5,000 entries', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ ...(ENTRIES[i % ENTRIES.length] as Entry), id: `copy-${i}` }));
    expect(reviewDashboard({ ...REVIEW_YEAR, entries: many }).total).toBe(5000);
  });
});

function periodOf(result: ReviewPeriodResult) {
  if (!result.ok) throw new Error(result.problem.message);
  return result.period;
}

describe('review periods', () => {
  it('names a year, a half and a quarter the way people say them', () => {
    expect(yearPeriod(2026)).toEqual({ from: '2026-01-01', to: '2026-12-31', label: '2026' });
    expect(halfPeriod(2026, 1)).toEqual({ from: '2026-01-01', to: '2026-06-30', label: 'H1 2026' });
    expect(halfPeriod(2026, 2)).toEqual({ from: '2026-07-01', to: '2026-12-31', label: 'H2 2026' });
    expect(quarterPeriod(2026, 3)).toEqual({ from: '2026-07-01', to: '2026-09-30', label: 'Q3 2026' });
    expect(quarterPeriod(2028, 1)).toEqual({ from: '2028-01-01', to: '2028-03-31', label: 'Q1 2028' });
  });

  it('names a custom range by its ends', () => {
    expect(periodOf(customPeriod('2026-03-03', '2026-11-29'))).toEqual({
      from: '2026-03-03',
      to: '2026-11-29',
      label: '3 Mar – 29 Nov 2026',
    });
    expect(periodOf(customPeriod('2025-10-01', '2026-03-31')).label).toBe('1 Oct 2025 – 31 Mar 2026');
    expect(periodOf(customPeriod('2026-05-04', '2026-05-04')).label).toBe('4 May 2026');
  });

  it('calls a custom range that is exactly a year, half or quarter by that name', () => {
    expect(periodOf(customPeriod('2026-01-01', '2026-12-31')).label).toBe('2026');
    expect(periodOf(customPeriod('2026-07-01', '2026-12-31')).label).toBe('H2 2026');
    expect(periodOf(customPeriod('2026-04-01', '2026-06-30')).label).toBe('Q2 2026');
  });

  it('refuses a custom range that ends before it starts or names days not on the calendar', () => {
    expect(customPeriod('2026-11-29', '2026-03-03')).toEqual({
      ok: false,
      problem: { code: 'reversed', message: 'The period ends (3 Mar 2026) before it starts (29 Nov 2026)' },
    });
    expect(customPeriod('2026-02-30', '2026-03-03')).toEqual({
      ok: false,
      problem: { code: 'not_a_day', message: 'Start date: 2026-02-30 is not a day on the calendar' },
    });
    expect(customPeriod('2026-01-01', 'soon')).toMatchObject({ ok: false, problem: { code: 'not_a_day' } });
  });

  it('runs from the day after the last review to today', () => {
    expect(periodOf(sinceLastReview(['2025-12-01', '2026-06-14', '2026-02-10'], '2026-11-29'))).toEqual({
      from: '2026-06-15',
      to: '2026-11-29',
      label: 'Since your review on 14 Jun 2026',
    });
  });

  it('ignores reviews still to come and dates that are not days', () => {
    expect(periodOf(sinceLastReview(['2026-06-14', '2026-12-15', '2026-13-01'], '2026-11-29')).from).toBe('2026-06-15');
  });

  it('explains when there is no review to count from, or nothing since it', () => {
    expect(sinceLastReview([], '2026-11-29')).toMatchObject({ ok: false, problem: { code: 'no_review' } });
    expect(sinceLastReview(['2027-01-10'], '2026-11-29')).toMatchObject({ ok: false, problem: { code: 'no_review' } });
    expect(sinceLastReview(['2026-11-29'], '2026-11-29')).toMatchObject({ ok: false, problem: { code: 'nothing_since' } });
  });

  it('builds any choice through one function, and refuses impossible years', () => {
    expect(reviewPeriod({ kind: 'quarter', year: 2026, quarter: 4 })).toEqual({ ok: true, period: quarterPeriod(2026, 4) });
    expect(reviewPeriod({ kind: 'half', year: 2026, half: 1 })).toEqual({ ok: true, period: halfPeriod(2026, 1) });
    expect(reviewPeriod({ kind: 'custom', from: '2026-03-03', to: '2026-11-29' })).toEqual(customPeriod('2026-03-03', '2026-11-29'));
    expect(reviewPeriod({ kind: 'sinceLastReview', reviews: ['2026-06-14'], today: '2026-11-29' })).toEqual(
      sinceLastReview(['2026-06-14'], '2026-11-29'),
    );
    expect(reviewPeriod({ kind: 'year', year: 2026.5 })).toMatchObject({ ok: false, problem: { code: 'bad_year' } });
    expect(reviewPeriod({ kind: 'year', year: 1899 })).toMatchObject({ ok: false, problem: { code: 'bad_year' } });
  });

  it('lists the months a period touches, across a new year', () => {
    expect(monthsOfPeriod({ from: '2025-11-20', to: '2026-02-03' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsOfPeriod({ from: '2026-05-04', to: '2026-05-04' })).toEqual(['2026-05']);
  });
});
