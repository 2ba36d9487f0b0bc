import { format } from 'date-fns';
import type { Day } from '../../../shared/domain/day';
import { useSettings } from '../../query/queries';
import { Icon } from '../../ui/Icon';
import { useSuggestionActions, useSuggestions } from './useSuggestions';
import './suggestions.css';

const monthLabel = (month: string) => format(new Date(`${month}-01T12:00:00`), 'MMMM yyyy');

/**
 * Next to a period's silent months: what the user's commits say happened then
 * ("3 months with no entries, but 41 commits"), with the candidates of those months to add.
 */
export function CommitGaps({ from, to, silentMonths }: { from: Day; to: Day; silentMonths: string[] }) {
  const settings = useSettings();
  const configured = (settings.data?.git.repositories.length ?? 0) > 0 && (settings.data?.git.authors.length ?? 0) > 0;
  const list = useSuggestions({ from, to }, configured && silentMonths.length > 0);
  const { add } = useSuggestionActions({ from, to });
  if (!list.data) return null;
  const silent = new Set(silentMonths);
  const months = list.data.commitsByMonth.filter((m) => silent.has(m.month));
  if (months.length === 0) return null;
  const commits = months.reduce((sum, m) => sum + m.commits, 0);
  const candidates = list.data.suggestions.filter((s) => silent.has(s.to.slice(0, 7))).slice(0, 8);
  return (
    <section className="card readiness-group" aria-label="Commits in silent months">
      <header className="card-header">
        <h2 className="card-title">
          <Icon name="merge" size={15} /> {months.length} {months.length === 1 ? 'month' : 'months'} with no entries, but {commits}{' '}
          {commits === 1 ? 'commit' : 'commits'}
        </h2>
        <p className="card-subtitle">Your own commits in those months, read from your repositories on this computer.</p>
      </header>
      <ul className="commit-gaps">
        {months.map((m) => (
          <li key={m.month}>
            {monthLabel(m.month)}: {m.commits} {m.commits === 1 ? 'commit' : 'commits'}
          </li>
        ))}
      </ul>
      {candidates.length > 0 && (
        <ul className="suggestion-list" aria-label="Suggested entries for silent months">
          {candidates.map((s) => (
            <li key={s.id} className="suggestion">
              <div className="suggestion-text">
                <p className="suggestion-title">{s.title}</p>
                <p className="suggestion-meta">
                  <span className="suggestion-repo">#{s.repositoryName}</span> · {s.commits.length}{' '}
                  {s.commits.length === 1 ? 'commit' : 'commits'} · {s.to}
                </p>
              </div>
              <div className="suggestion-actions">
                <button type="button" className="button button-small" aria-label={`Add “${s.title}”`} onClick={() => void add(s)}>
                  <Icon name="plus" size={13} /> Add
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
