import { useId, useState } from 'react';
import type { EntryListItem, Goal } from '../../shared/domain/model';
import { useEntryList, useSearch } from '../query/queries';
import { Dialog } from '../ui/Dialog';
import { errorMessage } from '../ui/errors';
import { Icon } from '../ui/Icon';
import { entryDayLabel } from './weeks';
import { useGoalActions } from './useGoalActions';
import { useDebounced } from '../ui/useDebounced';

const ALL = {} as const;
const RECENT = 30;

/** Picks an entry as evidence for a goal: recent entries first, or search for an older one. */
export function LinkEntryDialog({ goal, onClose }: { goal: Goal; onClose: () => void }) {
  const id = useId();
  const actions = useGoalActions();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const [linked, setLinked] = useState<Set<string>>(new Set());
  const recent = useEntryList(ALL);
  const search = useSearch(useDebounced(query, 120));

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
      <div className="search-box">
        <Icon name="search" size={18} />
        <input
          className="search-input"
          role="combobox"
          aria-label="Find an entry"
          aria-expanded={entries.length > 0}
          aria-controls={`${id}-list`}
          aria-activedescendant={entries.length ? `${id}-opt-${active}` : undefined}
          placeholder="Search entries, or pick a recent one…"
          autoFocus
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              setActive((a) => Math.min(a + 1, entries.length - 1));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((a) => Math.max(a - 1, 0));
            } else if (event.key === 'Enter') {
              event.preventDefault();
              void link(entries[active]);
            }
          }}
        />
      </div>
      <p className="link-entry-goal">
        Evidence for <strong>{goal.title}</strong> ({goal.year})
      </p>
      {problem && (
        <p className="search-problem is-error" role="alert">
          {problem}
        </p>
      )}
      {entries.length > 0 ? (
        <ul className="search-results" role="listbox" id={`${id}-list`} aria-label={query.trim() ? 'Matching entries' : 'Recent entries'}>
          {entries.map((entry, index) => {
            const done = isLinked(entry);
            return (
              <li
                key={entry.id}
                id={`${id}-opt-${index}`}
                role="option"
                aria-selected={index === active}
                aria-disabled={done || undefined}
                className={`search-hit link-entry-option ${index === active ? 'is-active' : ''} ${done ? 'is-linked' : ''}`}
                onMouseMove={() => setActive(index)}
                onClick={() => void link(entry)}
              >
                <div className="search-hit-top">
                  <span className="search-hit-title">{entry.title}</span>
                  {done ? (
                    <span className="link-entry-done">
                      <Icon name="check" size={13} /> Linked
                    </span>
                  ) : (
                    <span className="search-hit-date">
                      {entryDayLabel(entry.date)} {entry.date.slice(0, 4)}
                    </span>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      ) : (
        <div className="search-empty">{query.trim() ? `No entries match “${query.trim()}”` : 'No entries yet.'}</div>
      )}
      <div className="dialog-actions link-entry-actions">
        <button type="button" className="button" onClick={onClose}>
          Done
        </button>
      </div>
    </Dialog>
  );
}
