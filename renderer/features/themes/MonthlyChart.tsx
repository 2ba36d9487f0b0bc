import { addMonths, format, parse } from 'date-fns';
import { useCallback } from 'react';
import type { MonthCount } from '../../../shared/domain/model';
import { Chart, type ChartPalette } from '../../ui/Chart';

const MIN_MONTHS = 12;

/** Every month from the first with entries (or a year back) to this month, gaps filled with 0. */
export function monthSeries(counts: MonthCount[], now = new Date()): { month: string; count: number }[] {
  const byMonth = new Map(counts.map((c) => [c.month, c.count]));
  const last =
    format(now, 'yyyy-MM') > (counts[counts.length - 1]?.month ?? '')
      ? format(now, 'yyyy-MM')
      : (counts[counts.length - 1]?.month as string);
  const lastDate = parse(last, 'yyyy-MM', now);
  const earliest = format(addMonths(lastDate, -(MIN_MONTHS - 1)), 'yyyy-MM');
  const first = counts[0] && counts[0].month < earliest ? counts[0].month : earliest;
  const series: { month: string; count: number }[] = [];
  for (let d = parse(first, 'yyyy-MM', now); format(d, 'yyyy-MM') <= last; d = addMonths(d, 1)) {
    const month = format(d, 'yyyy-MM');
    series.push({ month, count: byMonth.get(month) ?? 0 });
  }
  return series;
}

/** Entries per month as bars: when the work on a theme happened, and the quiet months between. */
export function MonthlyChart({ counts, color, label }: { counts: MonthCount[]; color: string; label: string }) {
  const option = useCallback(
    (palette: ChartPalette) => {
      const series = monthSeries(counts);
      const spansYears = series[0]?.month.slice(0, 4) !== series[series.length - 1]?.month.slice(0, 4);
      return {
        animationDuration: 300,
        grid: { left: 28, right: 8, top: 12, bottom: 28 },
        textStyle: { fontFamily: palette.font },
        tooltip: {
          trigger: 'axis',
          axisPointer: { type: 'shadow', shadowStyle: { color: palette.dark ? 'rgba(255,255,255,0.06)' : 'rgba(0,0,0,0.04)' } },
          backgroundColor: palette.surface,
          borderColor: palette.border,
          textStyle: { color: palette.text, fontSize: 12 },
          formatter: (params: unknown) => {
            const [first] = params as { dataIndex: number }[];
            const item = first ? series[first.dataIndex] : undefined;
            if (!item) return '';
            const month = format(parse(item.month, 'yyyy-MM', new Date()), 'MMMM yyyy');
            return `${month}: ${item.count} ${item.count === 1 ? 'entry' : 'entries'}`;
          },
        },
        xAxis: {
          type: 'category',
          data: series.map((s) => s.month),
          axisTick: { show: false },
          axisLine: { lineStyle: { color: palette.border } },
          axisLabel: {
            color: palette.muted,
            fontSize: 11,
            formatter: (month: string) => {
              const date = parse(month, 'yyyy-MM', new Date());
              return spansYears && month.endsWith('-01') ? format(date, 'MMM yy') : format(date, 'MMM');
            },
          },
        },
        yAxis: {
          type: 'value',
          minInterval: 1,
          splitNumber: 3,
          axisLabel: { color: palette.faint, fontSize: 11 },
          splitLine: { lineStyle: { color: palette.border, type: 'dashed' } },
        },
        series: [
          {
            type: 'bar',
            data: series.map((s) => s.count),
            barMaxWidth: 28,
            itemStyle: { color, borderRadius: [3, 3, 0, 0] },
            emphasis: { itemStyle: { color, opacity: 0.85 } },
          },
        ],
      };
    },
    [counts, color],
  );
  return <Chart option={option} height={180} label={label} />;
}
