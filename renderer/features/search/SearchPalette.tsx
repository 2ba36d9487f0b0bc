import { useEffect, useId, useRef, useState } from 'react';
import { ChronicleError } from '../../../shared/api/errors';
import type { SearchHit } from '../../../shared/domain/model';
import { useSearch } from '../../query/queries';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/errors';
import { Highlighted } from '../../ui/Highlighted';
import { Icon } from '../../ui/Icon';
import { ThemeChip } from '../../ui/ThemeChip';
import { ExportSearchButton } from '../../entries/ExportSearchButton';
import { entryDayLabel } from '../../entries/weeks';
import { format } from 'date-fns';
import { dateOfDay } from '../../../shared/domain/day';
import { useDebounced } from '../../ui/useDebounced';

/** Wait this long after the last keystroke: fast enough to feel live, calm enough not to flicker. */
const TYPING_DELAY_MS = 120;

/**
 * The best-matching passage. When the match was in the title or a theme name, the passage only
 * repeats what the row already shows, so the entry's opening lines are shown instead.
 */
function SearchSnippet({ hit }: { hit: SearchHit }) {
  const text = hit.snippet.map((s) => s.text).join('').replace(/…/g, '').trim();
  const title = hit.title.map((s) => s.text).join('').trim();
  const themeNames = hit.entry.themes.map((t) => t.name.toLowerCase());
  const repeatsRow =
    text === title || text.split(/\s+/).every((word) => themeNames.some((name) => name.includes(word.toLowerCase())));
  if (!repeatsRow) {
    return (
      <div className="search-hit-snippet">
        <Highlighted segments={hit.snippet} />
      </div>
    );
  }
  const excerpt = hit.entry.excerpt || hit.entry.impactExcerpt;
  return excerpt ? <div className="search-hit-snippet">{excerpt}</div> : null;
}

/** Quick search over every entry, command-palette style: type, arrow, Enter. */
export function SearchPalette({ onClose, onOpenEntry }: { onClose: () => void; onOpenEntry: (id: string) => void }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const debounced = useDebounced(query, TYPING_DELAY_MS);
  const search = useSearch(debounced);
  const listRef = useRef<HTMLUListElement>(null);

  const hits = query.trim() && search.data ? search.data.hits : [];
  const badQuery = search.error instanceof ChronicleError && search.error.code === 'bad_query';

  useEffect(() => setActive(0), [search.data]);
  useEffect(() => {
    listRef.current?.querySelector(`#${CSS.escape(`${id}-hit-${active}`)}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, id]);

  const openHit = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    onOpenEntry(hit.entry.id);
    onClose();
  };

  return (
    <Dialog label="Search entries" onClose={onClose} className="search-dialog">
      <div className="search-box">
        <Icon name="search" size={18} />
        <input
          className="search-input"
          role="combobox"
          aria-label="Search"
          aria-expanded={hits.length > 0}
          aria-controls={`${id}-results`}
          aria-activedescendant={hits.length ? `${id}-hit-${active}` : undefined}
          aria-describedby={badQuery ? `${id}-problem` : undefined}
          placeholder="Search titles, text, impact and themes…"
          autoFocus
          spellCheck={false}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              setActive((a) => Math.min(a + 1, hits.length - 1));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((a) => Math.max(a - 1, 0));
            } else if (event.key === 'Enter') {
              event.preventDefault();
              openHit(active);
            }
          }}
        />
        {search.isFetching && <span className="search-spinner" aria-hidden="true" />}
      </div>

      {search.isError && (
        <p className={`search-problem ${badQuery ? '' : 'is-error'}`} id={`${id}-problem`} role="alert">
          {badQuery ? errorMessage(search.error) : `Search failed: ${errorMessage(search.error)}`}
        </p>
      )}

      {hits.length > 0 && (
        <ul className="search-results" role="listbox" id={`${id}-results`} aria-label="Results" ref={listRef}>
          {hits.map((hit, index) => (
            <li
              key={hit.entry.id}
              id={`${id}-hit-${index}`}
              role="option"
              aria-selected={index === active}
              className={`search-hit ${index === active ? 'is-active' : ''}`}
              onMouseMove={() => setActive(index)}
              onClick={() => openHit(index)}
            >
              <div className="search-hit-top">
                <span className="search-hit-title">
                  <Highlighted segments={hit.title} />
                </span>
                <span className="search-hit-date" title={format(dateOfDay(hit.entry.date), 'd MMMM yyyy')}>
                  {entryDayLabel(hit.entry.date)} {hit.entry.date.slice(0, 4)}
                </span>
              </div>
              <SearchSnippet hit={hit} />
              {hit.entry.themes.length > 0 && (
                <div className="search-hit-themes">
                  {hit.entry.themes.map((t) => (
                    <ThemeChip key={t.id} name={t.name} color={t.color} />
                  ))}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}

      {hits.length > 0 && (
        <div className="search-footer">
          <ExportSearchButton query={debounced.trim()} />
        </div>
      )}

      {query.trim() && !search.isError && search.data && !search.isPlaceholderData && hits.length === 0 && (
        <div className="search-empty">
          <p className="search-empty-title">No entries match “{query.trim()}”</p>
          <p>Try fewer or shorter words. Quotes find an exact phrase, a minus sign leaves a word out: <code>"code review" -meeting</code></p>
        </div>
      )}

      {!query.trim() && (
        <div className="search-empty search-tips">
          <p>Search every entry’s title, text, impact and themes.</p>
          <p>
            <kbd>↑</kbd> <kbd>↓</kbd> to move, <kbd>Enter</kbd> to open, <kbd>Esc</kbd> to close
          </p>
        </div>
      )}
    </Dialog>
  );
}
