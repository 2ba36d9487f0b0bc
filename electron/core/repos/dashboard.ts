import type Database from 'better-sqlite3';
import { ENTRY_KINDS, type EntryKind, KIND_LABELS, type ThemeRef } from '../../../shared/domain/model';
import {
  byDate,
  OTHER_THEMES_KEY,
  type ReviewDashboard,
  type StackedSeries,
  type ThemeCount,
} from '../../../shared/domain/review/dashboard';
import { monthLabel, monthsOfPeriod, type ReviewPeriod } from '../../../shared/domain/review/period';
import { SECTIONS } from '../../../shared/domain/sections';

const OTHER_COLOR = '#9ca3af';
const TOP_THEMES = 5;

/**
 * The review dashboard's numbers from indexed GROUP BY queries: the entries of a period are
 * counted where they are stored, never loaded. `entries_facts` (migration 5) covers every
 * column these queries read, so a year at 100k entries reads one index range. Gives exactly
 * what `reviewDashboard` computes from whole entries (a property test holds them together).
 */
export function dashboardRepo(db: Database.Database) {
  const live = `FROM entries e INDEXED BY entries_facts WHERE e.deleted_at IS NULL AND e.date BETWEEN @from AND @to`;
  const s = {
    facts: db.prepare<Range, { section: string; kind: string; month: string; count: number }>(
      `SELECT e.section, e.kind, substr(e.date, 1, 7) AS month, count(*) AS count ${live} GROUP BY 1, 2, 3`,
    ),
    themeMonths: db.prepare<Range, { themeSeq: number; month: string; count: number }>(
      `SELECT et.theme_seq AS themeSeq, substr(e.date, 1, 7) AS month, count(*) AS count
       FROM entries e INDEXED BY entries_facts CROSS JOIN entry_themes et ON et.entry_seq = e.seq
       WHERE e.deleted_at IS NULL AND e.date BETWEEN @from AND @to GROUP BY 1, 2`,
    ),
    unthemed: db.prepare<Range, { count: number }>(
      `SELECT count(*) AS count ${live} AND NOT EXISTS (SELECT 1 FROM entry_themes et WHERE et.entry_seq = e.seq)`,
    ),
    // Each entry once, under the best-ranked of the top themes it carries (null: "other").
    stacked: db.prepare<Range & { ranks: string }, { month: string; rank: number | null; count: number }>(
      `SELECT substr(e.date, 1, 7) AS month,
              (SELECT min(r.key) FROM entry_themes et JOIN json_each(@ranks) r ON r.value = et.theme_seq
               WHERE et.entry_seq = e.seq) AS rank,
              count(*) AS count
       ${live} GROUP BY 1, 2`,
    ),
    highlights: db.prepare<Range, { id: string; date: string; title: string }>(
      `SELECT id, date, title FROM entries WHERE deleted_at IS NULL AND starred = 1 AND date BETWEEN @from AND @to`,
    ),
    themes: db.prepare<[], ThemeRef & { seq: number }>('SELECT seq, id, name, color FROM themes'),
  };

  return {
    dashboard(period: Pick<ReviewPeriod, 'from' | 'to'>): ReviewDashboard {
      const range = { from: period.from, to: period.to };
      const months = monthsOfPeriod(period);
      const monthIndex = new Map(months.map((m, i) => [m, i]));

      const bySection = new Map<string, number>();
      const byKind = new Map<string, number>();
      const byMonth = new Map<string, number>();
      let total = 0;
      for (const row of s.facts.all(range)) {
        total += row.count;
        bySection.set(row.section, (bySection.get(row.section) ?? 0) + row.count);
        byKind.set(row.kind, (byKind.get(row.kind) ?? 0) + row.count);
        byMonth.set(row.month, (byMonth.get(row.month) ?? 0) + row.count);
      }

      const themes = s.themes.all();
      const bySeq = new Map(themes.map((t) => [t.seq, t]));
      const themeTotals = new Map<number, number>(themes.map((t) => [t.seq, 0]));
      const trend = new Map<number, number[]>();
      for (const row of s.themeMonths.all(range)) {
        themeTotals.set(row.themeSeq, (themeTotals.get(row.themeSeq) ?? 0) + row.count);
        const counts = trend.get(row.themeSeq) ?? months.map(() => 0);
        const i = monthIndex.get(row.month);
        if (i !== undefined) counts[i] = (counts[i] ?? 0) + row.count;
        trend.set(row.themeSeq, counts);
      }
      const ranked = [...themeTotals]
        .map(([seq, count]) => ({ seq, theme: bySeq.get(seq) as ThemeRef, count }))
        .sort((a, b) => b.count - a.count || a.theme.name.localeCompare(b.theme.name) || a.theme.id.localeCompare(b.theme.id));
      const byTheme: ThemeCount[] = ranked.map((t) => ({ themeId: t.theme.id, name: t.theme.name, color: t.theme.color, count: t.count }));
      const used = ranked.filter((t) => t.count > 0);

      const top = used.slice(0, TOP_THEMES);
      const series: StackedSeries[] = top.map((t) => ({ key: t.theme.id, name: t.theme.name, color: t.theme.color }));
      const rows = new Map(months.map((m) => [m, Object.fromEntries(series.map((x) => [x.key, 0])) as Record<string, number>]));
      let anyOther = false;
      for (const row of s.stacked.all({ ...range, ranks: JSON.stringify(top.map((t) => t.seq)) })) {
        const counts = rows.get(row.month);
        if (!counts) continue;
        const key = row.rank === null ? OTHER_THEMES_KEY : (series[row.rank]?.key ?? OTHER_THEMES_KEY);
        if (key === OTHER_THEMES_KEY) anyOther = true;
        counts[key] = (counts[key] ?? 0) + row.count;
      }
      if (anyOther) {
        series.push({ key: OTHER_THEMES_KEY, name: 'Other', color: OTHER_COLOR });
        for (const counts of rows.values()) counts[OTHER_THEMES_KEY] ??= 0;
      }

      return {
        total,
        bySection: SECTIONS.map((x) => ({ section: x.id, label: x.label, count: bySection.get(x.id) ?? 0 })),
        byTheme,
        unthemed: s.unthemed.get(range)?.count ?? 0,
        byKind: ENTRY_KINDS.map((kind: EntryKind) => ({ kind, label: KIND_LABELS[kind], count: byKind.get(kind) ?? 0 })),
        byMonth: months.map((month) => ({ month, label: monthLabel(month), count: byMonth.get(month) ?? 0 })),
        stackedByTheme: { series, months: months.map((month) => ({ month, label: monthLabel(month), counts: rows.get(month) ?? {} })) },
        themeTrend: used.map((t) => ({
          themeId: t.theme.id,
          name: t.theme.name,
          color: t.theme.color,
          counts: trend.get(t.seq) ?? months.map(() => 0),
        })),
        highlights: byDate(s.highlights.all(range)),
      };
    },
  };
}

interface Range {
  from: string;
  to: string;
}
