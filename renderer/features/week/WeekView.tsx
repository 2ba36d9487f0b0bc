import { format } from 'date-fns';
import { addDaysToDay, dateOfDay, type Day, dayOf } from '../../../shared/domain/day';
import { useWeek } from '../../query/queries';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/errors';
import { Icon } from '../../ui/Icon';
import { shortcutLabel, withShortcut } from '../../ui/shortcuts';
import { EntryRow } from '../../entries/EntryRow';
import { CommitSuggestions } from '../../entries/suggestions/CommitSuggestions';
import { DueFollowUps } from './DueFollowUps';
import { WEEK_PROMPTS, WEEK_QUESTIONS } from './prompts';
import { ReflectionEditor } from './ReflectionEditor';
import { StreakNote } from './StreakNote';

/** "23 – 29 November 2026", or across months "30 Nov – 6 Dec 2026". */
function rangeLabel(start: Day, end: Day): string {
  const a = dateOfDay(start);
  const b = dateOfDay(end);
  if (a.getFullYear() !== b.getFullYear()) return `${format(a, 'd MMM yyyy')} – ${format(b, 'd MMM yyyy')}`;
  if (a.getMonth() !== b.getMonth()) return `${format(a, 'd MMM')} – ${format(b, 'd MMM yyyy')}`;
  return `${format(a, 'd')} – ${format(b, 'd MMMM yyyy')}`;
}

/**
 * The weekly habit in one place: what was written this week, a few minutes of reflection, the
 * follow-ups that have come due, and the streak, said quietly.
 */
export function WeekView({
  date,
  onDate,
  onOpenEntry,
  onNewEntry,
  onOpenReflections,
  onOpenSettings,
}: {
  date?: Day;
  onDate: (date: Day | undefined) => void;
  onOpenEntry: (id: string) => void;
  onNewEntry: () => void;
  onOpenReflections: () => void;
  /** Where repositories for commit suggestions are chosen. */
  onOpenSettings?: () => void;
}) {
  const week = useWeek(date);
  const today = dayOf(new Date());
  // Step from the week asked for, not the one on screen: while the next week loads, the previous
  // one is still shown, and a quick second click must still move a second week.
  const shown = date ?? today;
  const data = week.data;
  const isThisWeek = data ? data.start <= today && today <= data.end : !date;
  const isFuture = data ? data.start > today : false;

  return (
    <div className="page">
      <div className="page-inner page-wide">
        <header className="page-header week-header">
          <div className="week-heading">
            <h1 className="page-title">
              {isThisWeek ? 'This week' : data ? `Week of ${format(dateOfDay(data.start), 'd MMM yyyy')}` : 'Week'}
            </h1>
            {data && <p className="page-lede week-range">{rangeLabel(data.start, data.end)}</p>}
          </div>
          <div className="week-nav" role="group" aria-label="Weeks">
            <button
              type="button"
              className="icon-button"
              aria-label="Previous week"
              title="Previous week"
              onClick={() => onDate(addDaysToDay(shown, -7))}
            >
              <Icon name="chevronLeft" />
            </button>
            <button type="button" className="button button-small" disabled={isThisWeek} onClick={() => onDate(undefined)}>
              This week
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label="Next week"
              title="Next week"
              onClick={() => onDate(addDaysToDay(shown, 7))}
            >
              <Icon name="chevronRight" />
            </button>
          </div>
        </header>
        {data && <StreakNote streak={data.streak} />}

        {week.isError && (
          <p className="field-error" role="alert">
            Couldn’t load the week: {errorMessage(week.error)}
          </p>
        )}

        {data && (
          <>
            <DueFollowUps followUps={data.dueFollowUps} onOpenEntry={onOpenEntry} />
            <div className="week-grid">
              <section className="card" aria-labelledby="week-entries-heading">
                <header className="card-header card-header-row">
                  <h2 className="card-title" id="week-entries-heading">
                    What you did
                    {data.entries.length > 0 && <span className="card-count">{data.entries.length}</span>}
                  </h2>
                  {data.entries.length > 0 && (
                    <button type="button" className="button button-small" title={withShortcut('New entry', 'Mod+N')} onClick={onNewEntry}>
                      <Icon name="plus" size={14} /> New entry
                    </button>
                  )}
                </header>
                {data.entries.length > 0 ? (
                  <ul className="entry-rows" aria-label="Entries this week">
                    {data.entries.map((entry) => (
                      <EntryRow key={entry.id} entry={entry} onOpen={onOpenEntry} />
                    ))}
                  </ul>
                ) : isThisWeek ? (
                  <EmptyState
                    title="Nothing written this week yet"
                    action={
                      <>
                        <button type="button" className="button button-primary" onClick={onNewEntry}>
                          <Icon name="plus" size={14} /> Write one entry
                        </button>
                        <p className="empty-state-hint">
                          or press <kbd>{shortcutLabel('Mod+N')}</kbd>
                        </p>
                      </>
                    }
                  >
                    <p>{WEEK_QUESTIONS}</p>
                  </EmptyState>
                ) : (
                  <p className="card-empty">
                    {isFuture ? 'This week hasn’t happened yet.' : 'Nothing was written this week. That’s fine: some weeks are like that.'}
                  </p>
                )}
              </section>

              <section className="card" aria-labelledby="week-reflection-heading">
                <header className="card-header">
                  <h2 className="card-title" id="week-reflection-heading">
                    <Icon name="reflect" size={15} /> Reflection
                  </h2>
                </header>
                <ReflectionEditor
                  key={data.start}
                  period="week"
                  start={data.start}
                  label="Reflection on the week"
                  prompts={WEEK_PROMPTS}
                  placeholder="A few lines are enough…"
                />
                <footer className="card-footer">
                  <button type="button" className="link-button" onClick={onOpenReflections}>
                    Quarter and year reflections <Icon name="chevronRight" size={13} />
                  </button>
                </footer>
              </section>
            </div>
            {onOpenSettings && !isFuture && <CommitSuggestions from={data.start} to={data.end} onOpenSettings={onOpenSettings} />}
          </>
        )}
      </div>
    </div>
  );
}
