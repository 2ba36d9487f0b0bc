import type { WeekStart } from '../../shared/domain/day';

/** Where the year heatmap draws its grid inside its box: the calendar's margins, in pixels. */
export const HEATMAP_MARGINS = { left: 34, right: 6, top: 22, bottom: 4 } as const;

/**
 * The centre of a day's cell, relative to the heatmap's box, as ECharts lays out a horizontal
 * calendar with `cellSize: 'auto'`: one column per week (weeks begin on `weekStartsOn`), one row
 * per weekday, the cells filling the box between the margins.
 */
export function heatmapCellCenter(box: { width: number; height: number }, date: Date, weekStartsOn: WeekStart): { x: number; y: number } {
  const year = date.getFullYear();
  const jan1 = new Date(year, 0, 1);
  const daysIn = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / 86_400_000);
  const lead = (jan1.getDay() - weekStartsOn + 7) % 7;
  const dayOfYear = daysIn(jan1, new Date(year, date.getMonth(), date.getDate()));
  const weeks = Math.ceil((lead + daysIn(jan1, new Date(year + 1, 0, 1))) / 7);
  const { left, right, top, bottom } = HEATMAP_MARGINS;
  const cellWidth = (box.width - left - right) / weeks;
  const cellHeight = (box.height - top - bottom) / 7;
  const column = Math.floor((lead + dayOfYear) / 7);
  const row = (date.getDay() - weekStartsOn + 7) % 7;
  return { x: left + (column + 0.5) * cellWidth, y: top + (row + 0.5) * cellHeight };
}
