import { useId, useState } from 'react';
import { ChronicleError } from '../../../shared/api/errors';
import type { SearchHit } from '../../../shared/domain/model';
import { useSearch } from '../../query/queries';
import { Dialog } from '../../ui/Dialog';
import { errorMessage } from '../../ui/errors';
import { Highlighted } from '../../ui/Highlighted';
import { SearchList } from '../../ui/SearchList';
import { ThemeChip } from '../../ui/ThemeChip';
import { ExportSearchButton } from '../../entries/ExportSearchButton';
import { entryDayLabel } from '../../entries/weeks';
import { format } from 'date-fns';
import { dateOfDay } from '../../../shared/domain/day';

/**
 * The best-matching passage. When the match was in the title or a theme name, the passage only
 * repeats what the row already shows, so the entry's opening lines are shown instead.
 */
function SearchSnippet({ hit }: { hit: SearchHit }) {
  const text = hit.snippet
    .map((s) => s.text)
    .join('')
    .replace(/…/g, '')
    .trim();
  const title = hit.title
    .map((s) => s.text)
    .join('')
    .trim();
  const themeNames = hit.entry.themes.map((t) => t.name.toLowerCase());
  const repeatsRow = text === title || text.split(/\s+/).every((word) => themeNames.some((name) => name.includes(word.toLowerCase())));
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
  // Asked on every keystroke, no debounce: each query is its own cache entry, so an answer
  // for an older query can never replace the list for the current one.
  const search = useSearch(query);

  const hits = query.trim() && search.data ? search.data.hits : [];
  const badQuery = search.error instanceof ChronicleError && search.error.code === 'bad_query';

  return (
    <Dialog label="Search entries" onClose={onClose} className="search-dialog">
      <SearchList<SearchHit>
        label="Search"
        placeholder="Search titles, text, impact and themes…"
        query={query}
        onQueryChange={setQuery}
        items={hits}
        itemKey={(hit) => hit.entry.id}
        listLabel="Results"
        busy={search.isFetching}
        describedBy={badQuery ? `${id}-problem` : undefined}
        limitedTo={query.trim() ? search.data?.limitedTo : null}
        onChoose={(hit) => {
          onOpenEntry(hit.entry.id);
          onClose();
        }}
        renderItem={(hit) => (
          <>
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
          </>
        )}
        after={
          <>
            {hits.length > 0 && (
              <div className="search-footer">
                <ExportSearchButton query={query.trim()} />
              </div>
            )}

            {query.trim() && !search.isError && search.data && !search.isPlaceholderData && hits.length === 0 && (
              <div className="search-empty">
                <p className="search-empty-title">No entries match “{query.trim()}”</p>
                <p>
                  Try fewer or shorter words. Quotes find an exact phrase, a minus sign leaves a word out:{' '}
                  <code>"code review" -meeting</code>
                </p>
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
          </>
        }
      >
        {search.isError && (
          <p className={`search-problem ${badQuery ? '' : 'is-error'}`} id={`${id}-problem`} role="alert">
            {badQuery ? errorMessage(search.error) : `Search failed: ${errorMessage(search.error)}`}
          </p>
        )}
      </SearchList>
    </Dialog>
  );
}
