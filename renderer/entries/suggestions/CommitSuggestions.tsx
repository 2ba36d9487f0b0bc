import { useState } from 'react';
import type { Day } from '../../../shared/domain/day';
import type { Suggestion } from '../../../shared/domain/gitSuggestions';
import { useSettings } from '../../query/queries';
import { errorMessage } from '../../ui/errors';
import { Icon } from '../../ui/Icon';
import { useSuggestionActions, useSuggestions } from './useSuggestions';

function groupLabel(suggestion: Suggestion): string {
  const commits = `${suggestion.commits.length} commit${suggestion.commits.length === 1 ? '' : 's'}`;
  if (suggestion.group.kind === 'pr') return `PR #${suggestion.group.number} · ${commits}`;
  if (suggestion.group.kind === 'branch') return `branch ${suggestion.group.name} · ${commits}`;
  return commits;
}

/**
 * The week's commits as candidate entries, read from the user's own repositories on this
 * computer. Nothing is saved until "Add"; added and dismissed ones never come back.
 */
export function CommitSuggestions({ from, to, onOpenSettings }: { from: Day; to: Day; onOpenSettings: () => void }) {
  const settings = useSettings();
  const configured = (settings.data?.git.repositories.length ?? 0) > 0 && (settings.data?.git.authors.length ?? 0) > 0;
  const list = useSuggestions({ from, to }, configured);
  const { add, dismiss } = useSuggestionActions({ from, to });
  const [busy, setBusy] = useState<string | null>(null);

  if (!settings.data) return null;
  const run = (suggestion: Suggestion, action: (s: Suggestion) => Promise<void>) => {
    setBusy(suggestion.id);
    void action(suggestion).finally(() => setBusy(null));
  };

  return (
    <section className="card suggestions-card" aria-labelledby="week-suggestions-heading">
      <header className="card-header card-header-row">
        <h2 className="card-title" id="week-suggestions-heading">
          <Icon name="merge" size={15} /> From your commits
          {list.data && list.data.suggestions.length > 0 && <span className="card-count">{list.data.suggestions.length}</span>}
        </h2>
      </header>
      {!configured ? (
        <p className="card-empty">
          Chronicle can suggest entries from your own git commits, read on this computer and never sent anywhere.{' '}
          <button type="button" className="link-button" onClick={onOpenSettings}>
            Add your repositories in Settings
          </button>
        </p>
      ) : list.isError ? (
        <p className="field-error" role="alert">
          Couldn’t read your commits: {errorMessage(list.error)}
        </p>
      ) : !list.data ? (
        <p className="card-empty" aria-busy="true">
          Reading your commits…
        </p>
      ) : (
        <>
          {list.data.sources
            .filter((source) => source.problem)
            .map((source) => (
              <p key={source.repository} className="field-error suggestion-problem" role="alert">
                {source.problem}
              </p>
            ))}
          {list.data.suggestions.length === 0 ? (
            <p className="card-empty">No new commits of yours this week.</p>
          ) : (
            <ul className="suggestion-list" aria-label="Suggested entries">
              {list.data.suggestions.map((suggestion) => (
                <li key={suggestion.id} className="suggestion">
                  <div className="suggestion-text">
                    <p className="suggestion-title">{suggestion.title}</p>
                    <p className="suggestion-meta">
                      <span className="suggestion-repo">#{suggestion.repositoryName}</span> · {groupLabel(suggestion)} ·{' '}
                      {suggestion.from === suggestion.to ? suggestion.to : `${suggestion.from} – ${suggestion.to}`}
                    </p>
                    {suggestion.commits.length > 1 && (
                      <ul className="suggestion-commits">
                        {suggestion.commits.slice(0, 5).map((commit) => (
                          <li key={commit.sha}>{commit.subject}</li>
                        ))}
                        {suggestion.commits.length > 5 && <li>and {suggestion.commits.length - 5} more</li>}
                      </ul>
                    )}
                  </div>
                  <div className="suggestion-actions">
                    <button
                      type="button"
                      className="button button-small button-primary"
                      disabled={busy !== null}
                      aria-label={`Add “${suggestion.title}”`}
                      onClick={() => run(suggestion, add)}
                    >
                      <Icon name="plus" size={13} /> Add
                    </button>
                    <button
                      type="button"
                      className="button button-small button-quiet"
                      disabled={busy !== null}
                      aria-label={`Dismiss “${suggestion.title}”`}
                      onClick={() => run(suggestion, dismiss)}
                    >
                      Dismiss
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
