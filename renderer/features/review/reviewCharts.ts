import type { EChartsCoreOption } from 'echarts/core';
import type { ReviewDashboard } from '../../../shared/domain/review/dashboard';
import type { ChartPalette } from '../../ui/Chart';
import { cssColor } from '../../ui/cssColor';

/**
 * ECharts options for the review dashboard, built from the dashboard's plain data and the
 * app's palette: theme colours for the data, CSS variables for axes, labels and tooltips, so
 * every chart reads the same in light and dark.
 */

function tooltip(palette: ChartPalette, trigger: 'axis' | 'item') {
  return {
    trigger,
    backgroundColor: palette.surface,
    borderColor: palette.border,
    textStyle: { color: palette.text, fontSize: 12 },
    axisPointer: { type: 'shadow', shadowStyle: { color: palette.dark ? 'rgba(255,255,255,0.06)' : 'rgba(0,0,0,0.04)' } },
  };
}

function legend(palette: ChartPalette) {
  return {
    top: 0,
    left: 0,
    icon: 'circle',
    itemWidth: 8,
    itemHeight: 8,
    itemGap: 14,
    textStyle: { color: palette.muted, fontSize: 12 },
    inactiveColor: palette.faint,
    // Scrolls rather than wraps, so a long list of themes never runs into the plot.
    type: 'scroll',
    pageIconColor: palette.muted,
    pageIconInactiveColor: palette.border,
    pageTextStyle: { color: palette.muted },
  };
}

/** "Mar" for "Mar 2026", unless the period spans years. */
function monthAxisLabels(labels: string[]): string[] {
  const years = new Set(labels.map((l) => l.slice(-4)));
  return years.size > 1 ? labels.map((l) => `${l.slice(0, 3)} ’${l.slice(-2)}`) : labels.map((l) => l.slice(0, 3));
}

function categoryAxis(palette: ChartPalette, data: string[]) {
  return {
    type: 'category',
    data,
    axisTick: { show: false },
    axisLine: { lineStyle: { color: palette.border } },
    axisLabel: { color: palette.muted, fontSize: 11 },
  };
}

function valueAxis(palette: ChartPalette) {
  return {
    type: 'value',
    minInterval: 1,
    splitNumber: 3,
    axisLabel: { color: palette.faint, fontSize: 11 },
    splitLine: { lineStyle: { color: palette.border, type: 'dashed' } },
  };
}

/** Entries per month, each stacked under its strongest theme. */
export function stackedByThemeOption(dashboard: ReviewDashboard, palette: ChartPalette): EChartsCoreOption {
  const { series, months } = dashboard.stackedByTheme;
  const last = series.length - 1;
  return {
    animationDuration: 300,
    textStyle: { fontFamily: palette.font },
    legend: legend(palette),
    grid: { left: 30, right: 8, top: 36, bottom: 24 },
    tooltip: tooltip(palette, 'axis'),
    xAxis: categoryAxis(palette, monthAxisLabels(months.map((m) => m.label))),
    yAxis: valueAxis(palette),
    series: series.map((s, i) => ({
      type: 'bar',
      name: s.name,
      stack: 'entries',
      barMaxWidth: 30,
      data: months.map((m) => m.counts[s.key] ?? 0),
      // Rounded only at the top of each stack, and a hairline of the card colour between stacks.
      itemStyle: { color: s.color, borderColor: palette.surface, borderWidth: 1, borderRadius: i === last ? [3, 3, 0, 0] : 0 },
      emphasis: { focus: 'series' },
    })),
  };
}

/** How the period splits over the template's sections, empty ones included (they are the news). */
export function sectionBalanceOption(dashboard: ReviewDashboard, palette: ChartPalette): EChartsCoreOption {
  const sections = [...dashboard.bySection].reverse(); // template order from the top
  return {
    animationDuration: 300,
    textStyle: { fontFamily: palette.font },
    grid: { left: 8, right: 28, top: 4, bottom: 4, containLabel: true },
    tooltip: {
      ...tooltip(palette, 'axis'),
      formatter: (params: unknown) => {
        const [first] = params as { name: string; value: number }[];
        return first ? `${first.name}: ${first.value} ${first.value === 1 ? 'entry' : 'entries'}` : '';
      },
    },
    xAxis: { ...valueAxis(palette), show: false },
    yAxis: {
      ...categoryAxis(
        palette,
        sections.map((s) => s.label),
      ),
      axisLine: { show: false },
      axisLabel: { color: palette.text, fontSize: 12 },
    },
    series: [
      {
        type: 'bar',
        data: sections.map((s) => ({
          value: s.count,
          // An empty section still shows a faint stub, so the gap reads as a gap and not a glitch.
          itemStyle: { color: s.count === 0 ? palette.border : palette.accent, borderRadius: [0, 3, 3, 0] },
        })),
        barMaxWidth: 16,
        barMinHeight: 3,
        label: {
          show: true,
          position: 'right',
          color: palette.muted,
          fontSize: 11,
          formatter: (p: { value: number }) => (p.value === 0 ? 'none' : String(p.value)),
        },
      },
    ],
  };
}

/** How often each theme came up, month by month. */
export function themeTrendOption(dashboard: ReviewDashboard, palette: ChartPalette, maxThemes = 6): EChartsCoreOption {
  const trends = dashboard.themeTrend.slice(0, maxThemes);
  return {
    animationDuration: 300,
    textStyle: { fontFamily: palette.font },
    legend: legend(palette),
    grid: { left: 30, right: 12, top: 36, bottom: 24 },
    tooltip: { ...tooltip(palette, 'axis'), axisPointer: { type: 'line', lineStyle: { color: palette.border } } },
    xAxis: { ...categoryAxis(palette, monthAxisLabels(dashboard.byMonth.map((m) => m.label))), boundaryGap: false },
    yAxis: valueAxis(palette),
    series: trends.map((t) => ({
      type: 'line',
      name: t.name,
      data: t.counts,
      // Counts are whole numbers per month: straight segments between them, no curve that
      // suggests values (2.6 entries) that never happened.
      smooth: false,
      symbol: 'circle',
      symbolSize: 6,
      lineStyle: { width: 2, color: t.color },
      itemStyle: { color: t.color, borderColor: palette.surface, borderWidth: 1 },
      emphasis: { focus: 'series' },
    })),
  };
}

/** The readiness score as a half-ring gauge: a number people watch rise as they fix things. */
export function readinessGaugeOption(score: number, palette: ChartPalette): EChartsCoreOption {
  const color =
    score >= 80 ? cssColor('--color-success') || palette.accent : score >= 50 ? palette.accent : cssColor('--color-star') || palette.accent;
  return {
    animationDuration: 600,
    animationDurationUpdate: 600,
    textStyle: { fontFamily: palette.font },
    series: [
      {
        type: 'gauge',
        startAngle: 200,
        endAngle: -20,
        min: 0,
        max: 100,
        radius: '100%',
        center: ['50%', '62%'],
        progress: { show: true, width: 12, roundCap: true, itemStyle: { color } },
        axisLine: { lineStyle: { width: 12, color: [[1, palette.border]] }, roundCap: true },
        pointer: { show: false },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { show: false },
        anchor: { show: false },
        title: { show: false },
        detail: {
          valueAnimation: true,
          offsetCenter: [0, '-5%'],
          fontSize: 34,
          fontWeight: 650,
          color: palette.text,
          formatter: (value: number) => `${Math.round(value)}`,
        },
        data: [{ value: score }],
      },
    ],
  };
}
