import { format, parse } from 'date-fns';
import { useMemo, useState } from 'react';
import type { EntryListItem, Theme } from '../../../shared/domain/model';
import { useEntryList, useMonthly } from '../../query/queries';
import { errorMessage } from '../../ui/errors';
import { EntryRow } from '../../entries/EntryRow';
import { MonthlyChart } from './MonthlyChart';
import { useThemeActions } from './useThemeActions';

function byMonth(entries: EntryListItem[]): { month: string; entries: EntryListItem[] }[] {
  const groups: { month: string; entries: EntryListItem[] }[] = [];
  for (const entry of entries) {
    const month = entry.date.slice(0, 7);
    const last = groups[groups.length - 1];
    if (last?.month === month) last.entries.push(entry);
    else groups.push({ month, entries: [entry] });
  }
  return groups;
}

/**
 * A theme's page: why it matters, when the work happened, and what came of it. This is where
 * fuzzy work with no big launch (quality, on-call, hiring) becomes a story you can tell.
 */
export function ThemePage({ theme, onOpenEntry }: { theme: Theme; onOpenEntry: (id: string) => void }) {
  const filter = useMemo(() => ({ themeId: theme.id }), [theme.id]);
  const entries = useEntryList(filter);
  const monthly = useMonthly(theme.id);
  const items = entries.data?.pages.flatMap((p) => p.items) ?? [];
  const withImpact = items.filter((e) => e.impactExcerpt.trim()).length;

  return (
    <div className="theme-page" aria-label={`Theme: ${theme.name}`}>
      <header className="theme-page-header">
        <h2 className="theme-page-title">
          <span className="theme-dot" style={{ background: theme.color }} aria-hidden="true" />
          {theme.name}
        </h2>
        <p className="theme-page-meta">
          {theme.entryCount === 0
            ? 'No entries yet'
            : `${theme.entryCount.toLocaleString()} ${theme.entryCount === 1 ? 'entry' : 'entries'}${items.length ? ` · ${withImpact} with impact written` : ''}`}
        </p>
      </header>

      <ThemeDescription key={theme.id} theme={theme} />

      <section className="theme-page-section" aria-label="Entries per month">
        <h3 className="section-heading">Entries per month</h3>
        {monthly.isError ? (
          <p className="field-error" role="alert">
            Couldn’t load the chart: {errorMessage(monthly.error)}
          </p>
        ) : (
          <MonthlyChart counts={monthly.data ?? []} color={theme.color} label={`Entries per month with the theme ${theme.name}`} />
        )}
      </section>

      <section className="theme-page-section" aria-label="What happened">
        <h3 className="section-heading">What you did, and what came of it</h3>
        {items.length === 0 && entries.isSuccess && <p className="card-empty">Entries with this theme will tell its story here.</p>}
        {byMonth(items).map((group) => (
          <div key={group.month} className="theme-month">
            <h4 className="theme-month-label">{format(parse(group.month, 'yyyy-MM', new Date()), 'MMMM yyyy')}</h4>
            <ul className="entry-rows">
              {group.entries.map((entry) => (
                <EntryRow key={entry.id} entry={entry} onOpen={onOpenEntry} showImpact />
              ))}
            </ul>
          </div>
        ))}
        {entries.hasNextPage && (
          <button
            type="button"
            className="button button-small"
            disabled={entries.isFetchingNextPage}
            onClick={() => void entries.fetchNextPage()}
          >
            {entries.isFetchingNextPage ? 'Loading…' : 'Show older'}
          </button>
        )}
      </section>
    </div>
  );
}

/** Why the theme matters, edited in place and saved when you leave the field. */
function ThemeDescription({ theme }: { theme: Theme }) {
  const actions = useThemeActions();
  const [text, setText] = useState(theme.description);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  return (
    <div className="theme-page-description">
      <label className="field-label" htmlFor={`theme-why-${theme.id}`}>
        Why it matters
      </label>
      <textarea
        id={`theme-why-${theme.id}`}
        className="input theme-why"
        placeholder="Why this theme matters: what you want to be able to say about it at the end of the year"
        value={text}
        rows={2}
        onChange={(event) => {
          setText(event.target.value);
          setSaved(false);
        }}
        onBlur={() => {
          if (text === theme.description) return;
          actions.update({ id: theme.id, description: text }).then(
            () => {
              setProblem(null);
              setSaved(true);
            },
            (error: unknown) => setProblem(errorMessage(error)),
          );
        }}
      />
      {saved && (
        <p className="field-hint" role="status">
          Saved
        </p>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
