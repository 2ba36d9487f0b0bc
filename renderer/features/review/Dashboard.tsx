import { useCallback } from 'react';
import type { Day } from '../../../shared/domain/day';
import type { ReviewDashboard } from '../../../shared/domain/review/dashboard';
import { formatDay, type ReviewPeriod } from '../../../shared/domain/review/period';
import type { SectionId } from '../../../shared/domain/sections';
import type { PeriodChoice } from '../../query/keys';
import { useCalendar, useReviewDashboard, useSettings } from '../../query/queries';
import { Chart, type ChartPalette } from '../../ui/Chart';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/errors';
import { Icon } from '../../ui/Icon';
import { ThemeDot } from '../../ui/ThemeChip';
import { YearHeatmap } from '../../ui/YearHeatmap';
import { sectionBalanceOption, stackedByThemeOption, themeTrendOption } from './reviewCharts';

/** The period at a glance: how much, when, on what, and what was already marked as best. */
export function Dashboard({
  choice,
  onOpenEntry,
  onOpenDay,
  onNewEntry,
}: {
  choice: PeriodChoice;
  onOpenEntry: (id: string) => void;
  onOpenDay: (day: Day) => void;
  onNewEntry: (preset: { date?: Day; section?: SectionId }) => void;
}) {
  const dashboard = useReviewDashboard(choice);
  if (dashboard.isError) return <PeriodProblem error={dashboard.error} />;
  const data = dashboard.data;
  if (!data) return <div className="review-loading" aria-busy="true" />;
  if (data.total === 0) {
    return (
      <div className="card">
        <EmptyState
          title={`Nothing written for ${data.period.label} yet`}
          action={
            <button type="button" className="button button-primary" onClick={() => onNewEntry({ date: clampToToday(data.period.to) })}>
              <Icon name="plus" size={14} /> Write an entry
            </button>
          }
        >
          <p>
            The dashboard fills in as you write: counts by section and theme, the months you were busy, and your highlights. Choose another
            period above, or add what you did in this one, even briefly.
          </p>
        </EmptyState>
      </div>
    );
  }
  return <DashboardContent dashboard={data} period={data.period} onOpenEntry={onOpenEntry} onOpenDay={onOpenDay} />;
}

function DashboardContent({
  dashboard,
  period,
  onOpenEntry,
  onOpenDay,
}: {
  dashboard: ReviewDashboard;
  period: ReviewPeriod;
  onOpenEntry: (id: string) => void;
  onOpenDay: (day: Day) => void;
}) {
  const activeMonths = dashboard.byMonth.filter((m) => m.count > 0).length;
  const themesUsed = dashboard.byTheme.filter((t) => t.count > 0);
  const stacked = useCallback((palette: ChartPalette) => stackedByThemeOption(dashboard, palette), [dashboard]);
  const balance = useCallback((palette: ChartPalette) => sectionBalanceOption(dashboard, palette), [dashboard]);
  const trend = useCallback((palette: ChartPalette) => themeTrendOption(dashboard, palette), [dashboard]);
  const years = yearsOf(period);

  return (
    <div className="dashboard">
      <section className="review-stats" aria-label="Totals">
        <Stat label={dashboard.total === 1 ? 'entry' : 'entries'} value={dashboard.total} lead />
        {dashboard.byKind.map((k) => (
          <Stat key={k.kind} label={kindLabel(k.kind, k.count)} value={k.count} />
        ))}
        <Stat label={themesUsed.length === 1 ? 'theme' : 'themes'} value={themesUsed.length} />
        <Stat label={`of ${dashboard.byMonth.length} months with entries`} value={activeMonths} />
      </section>

      <div className="dashboard-grid">
        <section className="card dashboard-highlights" aria-labelledby="highlights-heading">
          <header className="card-header">
            <h2 className="card-title" id="highlights-heading">
              <Icon name="star" size={15} /> Highlights
              <span className="card-count">{dashboard.highlights.length}</span>
            </h2>
            <p className="card-subtitle">What you starred as most worth telling.</p>
          </header>
          {dashboard.highlights.length === 0 ? (
            <p className="card-empty">
              No starred entries in {period.label}. Star the ones you are proudest of, and they lead every draft.
            </p>
          ) : (
            <ul className="highlight-list" aria-label="Highlights">
              {dashboard.highlights.map((h) => (
                <li key={h.id}>
                  <button type="button" className="highlight" onClick={() => onOpenEntry(h.id)}>
                    <Icon name="star" size={13} filled />
                    <span className="highlight-title">{h.title}</span>
                    <span className="highlight-date">{formatDay(h.date)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className="card" aria-labelledby="balance-heading">
          <header className="card-header">
            <h2 className="card-title" id="balance-heading">
              <Icon name="sections" size={15} /> Section balance
            </h2>
            <p className="card-subtitle">Julia Evans’ template, in order. An empty section is worth a thought.</p>
          </header>
          <Chart
            option={balance}
            height={200}
            label={`Entries by section: ${dashboard.bySection.map((s) => `${s.label} ${s.count}`).join(', ')}`}
          />
        </section>
      </div>

      <section className="card" aria-labelledby="months-heading">
        <header className="card-header">
          <h2 className="card-title" id="months-heading">
            <Icon name="chart" size={15} /> Entries per month, by theme
          </h2>
          <p className="card-subtitle">Each entry counted once, under its strongest theme.</p>
        </header>
        <Chart
          option={stacked}
          height={240}
          label={`Entries per month: ${dashboard.byMonth.map((m) => `${m.label} ${m.count}`).join(', ')}`}
        />
      </section>

      <div className="dashboard-grid">
        <section className="card" aria-labelledby="trend-heading">
          <header className="card-header">
            <h2 className="card-title" id="trend-heading">
              <Icon name="tag" size={15} /> Theme trend
            </h2>
            <p className="card-subtitle">How often each theme came up, month by month.</p>
          </header>
          {themesUsed.length === 0 ? (
            <p className="card-empty">
              No entry in {period.label} has a theme yet. Themes are the big picture of a review: add one or two to your entries.
            </p>
          ) : (
            <Chart option={trend} height={220} label={`Theme trend: ${themesUsed.map((t) => `${t.name} ${t.count}`).join(', ')}`} />
          )}
        </section>

        <section className="card" aria-labelledby="themes-heading">
          <header className="card-header">
            <h2 className="card-title" id="themes-heading">
              <Icon name="tag" size={15} /> By theme
            </h2>
            <p className="card-subtitle">
              {dashboard.unthemed > 0 ? `${dashboard.unthemed} without a theme.` : 'Every entry has a theme.'}
            </p>
          </header>
          <ul className="theme-bars" aria-label="Entries by theme">
            {themesUsed.slice(0, 8).map((t) => (
              <li key={t.themeId} className="theme-bar">
                <span className="theme-bar-name">
                  <ThemeDot color={t.color} /> {t.name}
                </span>
                <span className="theme-bar-track" aria-hidden="true">
                  <span
                    className="theme-bar-fill"
                    style={{ width: `${(100 * t.count) / (themesUsed[0]?.count ?? 1)}%`, background: t.color }}
                  />
                </span>
                <span className="theme-bar-count">{t.count}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>

      <section className="card heatmap-card" aria-labelledby="days-heading">
        <header className="card-header">
          <h2 className="card-title" id="days-heading">
            <Icon name="calendar" size={15} /> Day by day
          </h2>
          <p className="card-subtitle">Click a day to see what you wrote.</p>
        </header>
        {years.map((year) => (
          <PeriodHeatmap key={year} year={year} showYear={years.length > 1} onDay={onOpenDay} />
        ))}
      </section>
    </div>
  );
}

function PeriodHeatmap({ year, showYear, onDay }: { year: number; showYear: boolean; onDay: (day: Day) => void }) {
  const calendar = useCalendar(year);
  const settings = useSettings();
  return (
    <div className="period-heatmap">
      {showYear && <h3 className="section-heading">{year}</h3>}
      {calendar.data && calendar.data.year === year && (
        <YearHeatmap calendar={calendar.data} weekStartsOn={settings.data?.weekStartsOn ?? 1} onDay={onDay} />
      )}
    </div>
  );
}

function Stat({ value, label, lead = false }: { value: number; label: string; lead?: boolean }) {
  return (
    <div className={`review-stat ${lead ? 'is-lead' : ''}`}>
      <span className="review-stat-value">{value.toLocaleString()}</span>
      <span className="review-stat-label">{label}</span>
    </div>
  );
}

function kindLabel(kind: string, count: number): string {
  if (kind === 'accomplishment') return count === 1 ? 'accomplishment' : 'accomplishments';
  if (kind === 'learning') return count === 1 ? 'thing learned' : 'things learned';
  return 'kudos received';
}

/** The years a period touches, newest last; at most the latest three (a heatmap is a year). */
function yearsOf(period: ReviewPeriod): number[] {
  const first = Number(period.from.slice(0, 4));
  const last = Number(period.to.slice(0, 4));
  const years: number[] = [];
  for (let y = Math.max(first, last - 2); y <= last; y++) years.push(y);
  return years;
}

export function clampToToday(day: Day): Day {
  const today = new Date();
  const todayDay = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  return day > todayDay ? todayDay : day;
}

/** "Since my last review" with no review on record, and other periods that cannot be: said in words. */
export function PeriodProblem({ error }: { error: unknown }) {
  return (
    <div className="card period-problem" role="alert">
      <Icon name="alert" size={16} />
      <p>{errorMessage(error)}</p>
    </div>
  );
}
