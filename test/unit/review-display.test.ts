import { describe, expect, it } from 'vitest';
import { reviewDashboard } from '../../shared/domain/review/dashboard';
import { stackedByThemeOption, themeTrendOption } from '../../renderer/features/review/reviewCharts';
import { scoreRise } from '../../renderer/features/review/scoreRise';
import type { ChartPalette } from '../../renderer/ui/Chart';
import { REVIEW_YEAR } from '../fixtures/reviewYear';

const PALETTE: ChartPalette = {
  dark: false,
  text: '#000',
  muted: '#444',
  faint: '#888',
  border: '#ccc',
  surface: '#fff',
  bg: '#fafafa',
  accent: '#36c',
  font: 'sans-serif',
};

describe('review numbers as they are shown', () => {
  it('draws monthly theme counts as straight lines, never smoothed curves', () => {
    const option = themeTrendOption(reviewDashboard(REVIEW_YEAR), PALETTE) as { series: { type: string; smooth?: unknown }[] };
    expect(option.series.length).toBeGreaterThan(0);
    for (const series of option.series) {
      expect(series.type).toBe('line');
      expect(series.smooth).toBe(false);
    }
  });

  it('gives both theme charts a legend that scrolls rather than wraps into the plot', () => {
    const dashboard = reviewDashboard(REVIEW_YEAR);
    for (const option of [themeTrendOption(dashboard, PALETTE), stackedByThemeOption(dashboard, PALETTE)]) {
      expect((option as { legend: unknown }).legend).toMatchObject({
        type: 'scroll',
        textStyle: { color: PALETTE.muted },
        pageTextStyle: { color: PALETTE.muted },
        pageIconInactiveColor: PALETTE.border,
      });
    }
  });

  it('reports the readiness rise in whole points, like the score', () => {
    expect(scoreRise(70.6, 73.7)).toBe('3 since your last fix');
    expect(scoreRise(70.4, 70.6)).toBe('1 since your last fix');
    expect(scoreRise(71.2, 71.4)).toBeNull();
    expect(scoreRise(75, 72)).toBeNull();
  });
});
