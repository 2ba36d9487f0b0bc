import type { Day } from '../day';
import { ENTRY_KINDS, type Entry, type EntryKind, KIND_LABELS, type Theme, type ThemeRef } from '../model';
import { SECTIONS, type SectionId } from '../sections';
import { monthLabel, monthsOfPeriod, type ReviewData } from './period';

/**
 * Counts for the review dashboard, as plain data a chart can draw directly. Every list that
 * a chart puts on an axis (sections, kinds, months) includes its zeros, because a gap is
 * exactly what review season wants to see.
 */
export interface ReviewDashboard {
  total: number;
  /** The six entry sections in template order, empty ones included. */
  bySection: SectionCount[];
  /** Themes by entry count, most first (ties by name); themes with no entry in the period last. */
  byTheme: ThemeCount[];
  /** Entries with no theme at all. */
  unthemed: number;
  /** Accomplishment, learning, kudos: in that order, zeros included. */
  byKind: KindCount[];
  /** Every month the period touches, in order, zeros included. */
  byMonth: MonthTally[];
  /** Entries per month, each counted once, under its strongest top theme or "other". */
  stackedByTheme: StackedByTheme;
  /** Per month, how many entries carried each theme (an entry counts for every theme it has). */
  themeTrend: ThemeTrend[];
  /** Starred entries, oldest first: what the user already marked as most worth telling. */
  highlights: DashboardEntry[];
}

export interface SectionCount {
  section: SectionId;
  label: string;
  count: number;
}

export interface ThemeCount {
  themeId: string;
  name: string;
  color: string;
  count: number;
}

export interface KindCount {
  kind: EntryKind;
  label: string;
  count: number;
}

export interface MonthTally {
  /** yyyy-MM */
  month: string;
  /** "Mar 2026" */
  label: string;
  count: number;
}

/** The key of the stack that gathers everything outside the top themes. */
export const OTHER_THEMES_KEY = 'other';

export interface StackedSeries {
  /** A theme id, or OTHER_THEMES_KEY. */
  key: string;
  name: string;
  color: string;
}

export interface StackedByTheme {
  /** Bottom to top: the top themes by weight, then "other" when anything falls in it. */
  series: StackedSeries[];
  /** One row per month; `counts` has a value (maybe 0) for every series key and sums to the month's entries. */
  months: { month: string; label: string; counts: Record<string, number> }[];
}

export interface ThemeTrend {
  themeId: string;
  name: string;
  color: string;
  /** Aligned with `byMonth`. */
  counts: number[];
}

export interface DashboardEntry {
  id: string;
  date: Day;
  title: string;
}

export interface DashboardOptions {
  /** How many themes get their own stack before the rest become "other". Default 5. */
  topThemes?: number;
}

const OTHER_COLOR = '#9ca3af';

export function reviewDashboard(data: ReviewData, options: DashboardOptions = {}): ReviewDashboard {
  const months = monthsOfPeriod(data.period);
  const byTheme = countByTheme(data.entries, data.themes);
  const themesWithEntries = byTheme.filter((t) => t.count > 0);
  return {
    total: data.entries.length,
    bySection: countBySection(data.entries),
    byTheme,
    unthemed: data.entries.filter((e) => e.themes.length === 0).length,
    byKind: countByKind(data.entries),
    byMonth: countByMonth(data.entries, months),
    stackedByTheme: stackByTheme(data.entries, months, themesWithEntries, options.topThemes ?? 5),
    themeTrend: trendByTheme(data.entries, months, themesWithEntries),
    highlights: byDate(data.entries.filter((e) => e.starred)).map(({ id, date, title }) => ({ id, date, title })),
  };
}

export function countBySection(entries: readonly Entry[]): SectionCount[] {
  const counts = new Map<SectionId, number>();
  for (const entry of entries) counts.set(entry.section, (counts.get(entry.section) ?? 0) + 1);
  return SECTIONS.map((s) => ({ section: s.id, label: s.label, count: counts.get(s.id) ?? 0 }));
}

/**
 * The weight of each theme in the period: how many entries carry it. This order is the one
 * every review draft uses ("the major theme of 2026 was…"). Themes known but unused come last
 * with zero; themes only seen on entries (not in `themes`) still count.
 */
export function countByTheme(entries: readonly Entry[], themes: readonly Theme[]): ThemeCount[] {
  const refs = new Map<string, ThemeRef>(themes.map((t) => [t.id, t]));
  const counts = new Map<string, number>(themes.map((t) => [t.id, 0]));
  for (const entry of entries) {
    for (const theme of uniqueThemes(entry)) {
      if (!refs.has(theme.id)) refs.set(theme.id, theme);
      counts.set(theme.id, (counts.get(theme.id) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([themeId, count]) => {
      const ref = refs.get(themeId) as ThemeRef;
      return { themeId, name: ref.name, color: ref.color, count };
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name) || a.themeId.localeCompare(b.themeId));
}

export function countByKind(entries: readonly Entry[]): KindCount[] {
  return ENTRY_KINDS.map((kind) => ({ kind, label: KIND_LABELS[kind], count: entries.filter((e) => e.kind === kind).length }));
}

export function countByMonth(entries: readonly Entry[], months: readonly string[]): MonthTally[] {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(monthOf(entry.date), (counts.get(monthOf(entry.date)) ?? 0) + 1);
  return months.map((month) => ({ month, label: monthLabel(month), count: counts.get(month) ?? 0 }));
}

function stackByTheme(entries: readonly Entry[], months: readonly string[], ranked: readonly ThemeCount[], top: number): StackedByTheme {
  const topThemes = ranked.slice(0, Math.max(0, top));
  const rank = new Map(topThemes.map((t, i) => [t.themeId, i]));
  const series: StackedSeries[] = topThemes.map((t) => ({ key: t.themeId, name: t.name, color: t.color }));
  const rows = new Map(months.map((month) => [month, Object.fromEntries(series.map((s) => [s.key, 0])) as Record<string, number>]));
  let anyOther = false;
  for (const entry of entries) {
    const row = rows.get(monthOf(entry.date));
    if (!row) continue;
    // Counted once, under its highest-ranked top theme, so a month's stack equals its entries.
    const key = entry.themes.filter((t) => rank.has(t.id)).sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0))[0]?.id;
    if (key === undefined) anyOther = true;
    row[key ?? OTHER_THEMES_KEY] = (row[key ?? OTHER_THEMES_KEY] ?? 0) + 1;
  }
  if (anyOther) {
    series.push({ key: OTHER_THEMES_KEY, name: 'Other', color: OTHER_COLOR });
    for (const row of rows.values()) row[OTHER_THEMES_KEY] ??= 0;
  }
  return { series, months: months.map((month) => ({ month, label: monthLabel(month), counts: rows.get(month) ?? {} })) };
}

function trendByTheme(entries: readonly Entry[], months: readonly string[], ranked: readonly ThemeCount[]): ThemeTrend[] {
  const index = new Map(months.map((m, i) => [m, i]));
  const counts = new Map(ranked.map((t) => [t.themeId, months.map(() => 0)]));
  for (const entry of entries) {
    const i = index.get(monthOf(entry.date));
    if (i === undefined) continue;
    for (const theme of uniqueThemes(entry)) {
      const row = counts.get(theme.id);
      if (row) row[i] = (row[i] ?? 0) + 1;
    }
  }
  return ranked.map((t) => ({ themeId: t.themeId, name: t.name, color: t.color, counts: counts.get(t.themeId) ?? [] }));
}

/** yyyy-MM of a day. */
export function monthOf(day: Day): string {
  return day.slice(0, 7);
}

/** Entries oldest first; same-day entries keep a stable order by title then id. */
export function byDate<T extends { date: Day; title: string; id: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => compare(a.date, b.date) || compare(a.title, b.title) || compare(a.id, b.id));
}

/** Plain code-unit order: the same on every machine, unlike locale collation. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An entry's themes without repeats, in case the same theme was attached twice. */
function uniqueThemes(entry: Entry): ThemeRef[] {
  const seen = new Set<string>();
  return entry.themes.filter((t) => !seen.has(t.id) && (seen.add(t.id), true));
}
