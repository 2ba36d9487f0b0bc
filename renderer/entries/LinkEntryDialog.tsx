import { useState } from 'react';
import type { EntryListItem, Goal } from '../../shared/domain/model';
import { useEntryList, useSearch } from '../query/queries';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/errors';
import { Icon } from '../ui/Icon';
import { SearchList } from '../ui/SearchList';
import { entryDayLabel } from './weeks';
import { useGoalActions } from './useGoalActions';

const ALL = {} as const;
const RECENT = 30;

/** Picks an entry as evidence for a goal: recent entries first, or search for an older one. */
export function LinkEntryDialog({ goal, onClose }: { goal: Goal; onClose: () => void }) {
  const actions = useGoalActions();
  const [query, setQuery] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [linked, setLinked] = useState<Set<string>>(new Set());
  const recent = useEntryList(ALL);
  // Asked on every keystroke; the list follows the answer for what is typed now.
  const search = useSearch(query);

  const entries: EntryListItem[] = query.trim()
    ? (search.data?.hits.map((h) => h.entry) ?? [])
    : (recent.data?.pages[0]?.items.slice(0, RECENT) ?? []);
  const isLinked = (entry: EntryListItem) => linked.has(entry.id) || entry.goals.some((g) => g.id === goal.id);

  const link = async (entry: EntryListItem | undefined) => {
    if (!entry || isLinked(entry)) return;
    try {
      await actions.link(goal.id, entry.id);
      setLinked((s) => new Set(s).add(entry.id));
      setProblem(null);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return (
    <Dialog label={`Link an entry to “${goal.title}”`} onClose={onClose} className="search-dialog link-entry-dialog">
      <SearchList<EntryListItem>
        label="Find an entry"
        placeholder="Search entries, or pick a recent one…"
        query={query}
        onQueryChange={setQuery}
        items={entries}
        itemKey={(entry) => entry.id}
        listLabel={query.trim() ? 'Matching entries' : 'Recent entries'}
        busy={query.trim() !== '' && search.isFetching}
        limitedTo={query.trim() ? search.data?.limitedTo : null}
        onChoose={(entry) => void link(entry)}
        optionDisabled={isLinked}
        optionClassName={(entry) => `link-entry-option ${isLinked(entry) ? 'is-linked' : ''}`}
        renderItem={(entry) => (
          <div className="search-hit-top">
            <span className="search-hit-title">{entry.title}</span>
            {isLinked(entry) ? (
              <span className="link-entry-done">
                <Icon name="check" size={13} /> Linked
              </span>
            ) : (
              <span className="search-hit-date">
                {entryDayLabel(entry.date)} {entry.date.slice(0, 4)}
              </span>
            )}
          </div>
        )}
        after={
          entries.length === 0 && (
            <div className="search-empty">{query.trim() ? `No entries match “${query.trim()}”` : 'No entries yet.'}</div>
          )
        }
      >
        <p className="link-entry-goal">
          Evidence for <strong>{goal.title}</strong> ({goal.year})
        </p>
        {problem && (
          <p className="search-problem is-error" role="alert">
            {problem}
          </p>
        )}
      </SearchList>
      <div className="dialog-actions link-entry-actions">
        <button type="button" className="button" onClick={onClose}>
          Done
        </button>
      </div>
    </Dialog>
  );
}
