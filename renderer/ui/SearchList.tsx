import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { Icon } from './Icon';

export interface SearchListProps<T> {
  /** The search box's accessible name. */
  label: string;
  placeholder: string;
  query: string;
  onQueryChange: (query: string) => void;
  items: readonly T[];
  itemKey: (item: T) => string;
  /** The list's accessible name. */
  listLabel: string;
  renderItem: (item: T) => ReactNode;
  /** Enter or a click on an item. */
  onChoose: (item: T) => void;
  /** Extra classes for one option (for example, already chosen). */
  optionClassName?: (item: T) => string;
  optionDisabled?: (item: T) => boolean;
  /** An answer is on its way: shows a small spinner in the box. */
  busy?: boolean;
  /** The id of a message that describes the box (a problem with the query). */
  describedBy?: string;
  /** Between the box and the list: hints, problems. */
  children?: ReactNode;
  /** After the list: footers, empty states. */
  after?: ReactNode;
  /** Set when the backend ranked only this many matches; the list says it was cut. */
  limitedTo?: number | null;
}

/**
 * A search box over a list, combobox style: type, arrow, Enter. One component for every
 * search-as-you-type list (quick search, linking an entry to a goal), so they behave alike:
 * the first keystroke asks at once and the list follows the latest answer.
 */
export function SearchList<T>(props: SearchListProps<T>) {
  const { items, query } = props;
  const id = useId();
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);

  // A new query starts at the top; a shorter list never leaves the highlight past its end.
  useEffect(() => setActive(0), [query]);
  useEffect(() => setActive((a) => Math.min(a, Math.max(items.length - 1, 0))), [items.length]);
  useEffect(() => {
    listRef.current?.querySelector(`#${CSS.escape(`${id}-option-${active}`)}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, id]);

  const choose = (index: number) => {
    const item = items[index];
    if (item !== undefined && !props.optionDisabled?.(item)) props.onChoose(item);
  };

  return (
    <>
      <div className="search-box">
        <Icon name="search" size={18} />
        <input
          className="search-input"
          role="combobox"
          aria-label={props.label}
          aria-expanded={items.length > 0}
          aria-controls={`${id}-list`}
          aria-activedescendant={items.length ? `${id}-option-${active}` : undefined}
          aria-describedby={props.describedBy}
          placeholder={props.placeholder}
          autoFocus
          spellCheck={false}
          value={query}
          onChange={(event) => props.onQueryChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              setActive((a) => Math.min(a + 1, items.length - 1));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((a) => Math.max(a - 1, 0));
            } else if (event.key === 'Enter') {
              event.preventDefault();
              choose(active);
            }
          }}
        />
        {props.busy && <span className="search-spinner" aria-hidden="true" />}
      </div>
      {props.children}
      {items.length > 0 && (
        <ul className="search-results" role="listbox" id={`${id}-list`} aria-label={props.listLabel} ref={listRef}>
          {items.map((item, index) => (
            <li
              key={props.itemKey(item)}
              id={`${id}-option-${index}`}
              role="option"
              aria-selected={index === active}
              aria-disabled={props.optionDisabled?.(item) || undefined}
              className={`search-hit ${index === active ? 'is-active' : ''} ${props.optionClassName?.(item) ?? ''}`}
              onMouseMove={() => setActive(index)}
              onClick={() => choose(index)}
            >
              {props.renderItem(item)}
            </li>
          ))}
        </ul>
      )}
      {items.length > 0 && props.limitedTo ? (
        <p className="search-limited" role="status">
          So many entries match that only the {props.limitedTo.toLocaleString('en-US')} most recently added were ranked. Type more to narrow
          it down.
        </p>
      ) : null}
      {props.after}
    </>
  );
}
