import { eachDayOfInterval, format } from 'date-fns';
import { useCallback } from 'react';
import { dateOfDay, type Day, dayOf, type WeekStart } from '../../shared/domain/day';
import type { CalendarYear } from '../../shared/domain/model';
import { Chart, type ChartClick, type ChartPalette } from './Chart';
import { HEATMAP_MARGINS } from './heatmapLayout';

/** Five steps from "nothing" to "a busy day", tuned to stay readable on either background. */
export function heatColors(dark: boolean): string[] {
  return dark ? ['#2c2e33', '#2f4a8f', '#4767c7', '#6f8ef2', '#adc0ff'] : ['#ebe9e4', '#b3c2f3', '#7d95e6', '#4c6bd6', '#253f9e'];
}

/** The counts the colour steps stand for: none, one, two, three or four, five or more. */
export const HEAT_STEPS = [
  { min: 0, max: 0, label: 'No entries' },
  { min: 1, max: 1, label: '1 entry' },
  { min: 2, max: 2, label: '2 entries' },
  { min: 3, max: 4, label: '3–4 entries' },
  { min: 5, max: Infinity, label: '5 or more' },
] as const;

/** A year as a grid of days, like a contribution graph; click a day to see its entries. */
export function YearHeatmap({
  calendar,
  selected,
  weekStartsOn,
  onDay,
}: {
  calendar: CalendarYear;
  selected?: Day;
  weekStartsOn: WeekStart;
  onDay: (day: Day) => void;
}) {
  const option = useCallback(
    (palette: ChartPalette) => {
      const colors = heatColors(palette.dark);
      const counts = new Map(calendar.days.map((d) => [d.date, d.count]));
      const days = eachDayOfInterval({ start: new Date(calendar.year, 0, 1), end: new Date(calendar.year, 11, 31) }).map(dayOf);
      // Every day is a data item (zero included), so any cell can be clicked and hovered.
      const data = days.map((day) => ({
        value: [day, counts.get(day) ?? 0],
        ...(day === selected ? { itemStyle: { borderColor: palette.text, borderWidth: 2 } } : {}),
      }));
      const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
      return {
        animation: false,
        textStyle: { fontFamily: palette.font },
        tooltip: {
          backgroundColor: palette.surface,
          borderColor: palette.border,
          textStyle: { color: palette.text, fontSize: 12 },
          formatter: (params: unknown) => {
            const { value } = (params as { data: { value: [string, number] } }).data;
            const [day, count] = value;
            return `${format(dateOfDay(day), 'EEE d MMM yyyy')}: ${count === 0 ? 'no entries' : `${count} ${count === 1 ? 'entry' : 'entries'}`}`;
          },
        },
        visualMap: {
          show: false,
          type: 'piecewise',
          dimension: 1,
          pieces: HEAT_STEPS.map((step, i) => ({
            min: step.min,
            ...(Number.isFinite(step.max) ? { max: step.max } : {}),
            color: colors[i],
          })),
        },
        calendar: {
          range: String(calendar.year),
          ...HEATMAP_MARGINS,
          cellSize: ['auto', 'auto'],
          orient: 'horizontal',
          splitLine: { show: false },
          itemStyle: { color: palette.surface, borderColor: palette.surface, borderWidth: 3 },
          dayLabel: {
            firstDay: weekStartsOn,
            color: palette.faint,
            fontSize: 10,
            margin: 6,
            // Every other row, like a contribution graph: enough to find your way.
            nameMap: weekdays.map((name, i) => {
              const row = (i - weekStartsOn + 7) % 7;
              return row % 2 === 0 && row < 6 ? name : '';
            }),
          },
          monthLabel: { color: palette.muted, fontSize: 11, margin: 6 },
          yearLabel: { show: false },
        },
        series: [
          {
            type: 'heatmap',
            coordinateSystem: 'calendar',
            data,
            itemStyle: { borderColor: palette.surface, borderWidth: 3, borderRadius: 3 },
            emphasis: { itemStyle: { borderColor: palette.muted, borderWidth: 2 } },
          },
        ],
      };
    },
    [calendar, selected, weekStartsOn],
  );

  const onClick = useCallback(
    (click: ChartClick) => {
      const value = (click.data as { value?: [string, number] } | undefined)?.value;
      if (value?.[0]) onDay(value[0]);
    },
    [onDay],
  );

  return (
    <Chart
      option={option}
      height={166}
      label={`Entries per day in ${calendar.year}: ${calendar.total} entries on ${calendar.activeDays} days`}
      onClick={onClick}
      className="heatmap"
    />
  );
}
