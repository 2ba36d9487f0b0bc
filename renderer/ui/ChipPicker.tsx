import { Fragment, type ReactNode, useId, useMemo, useState } from 'react';
import { Icon } from './Icon';

/**
 * A field of chosen items shown as chips, with a combobox that suggests more. The caller decides
 * what is suggested, what a choice adds and how chips and options look; this owns the typing,
 * the list and the keyboard, so every chip field behaves the same way.
 */
export function ChipPicker<V, O>({
  className,
  value,
  onChange,
  chipKey,
  renderChip,
  suggest,
  choose,
  fromText,
  optionKey,
  renderOption,
  inputLabel,
  listLabel,
  placeholder,
  commitOnBlur = false,
  error,
}: {
  className: string;
  value: V[];
  onChange: (value: V[]) => void;
  chipKey: (item: V) => string;
  /** One chip; `remove` takes it out of the value. */
  renderChip: (item: V, remove: () => void) => ReactNode;
  /** The options for what has been typed so far; keep it stable (useCallback) so it is not rerun on every render. */
  suggest: (query: string) => O[];
  /** Adds the option to the value; returns why it could not be added, or null when it was. */
  choose: (option: O) => string | null;
  /** The option meant by text finished with a comma (or left in the field, with commitOnBlur). */
  fromText: (text: string) => O;
  optionKey: (option: O) => string;
  renderOption: (option: O) => ReactNode;
  inputLabel: string;
  listLabel: string;
  placeholder: string;
  /** Whether text typed and left in the field is added when focus moves away. */
  commitOnBlur?: boolean;
  error?: string;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);

  const options = useMemo(() => suggest(query), [suggest, query]);

  const pick = (option: O | undefined) => {
    if (option === undefined) return;
    const refused = choose(option);
    if (refused !== null) {
      // The text stays in the field so it can be corrected.
      setProblem(refused);
      return;
    }
    setQuery('');
    setActive(0);
    setProblem(null);
    // A choice is done: the list closes so it no longer covers the fields below (typing reopens it).
    setOpen(false);
  };

  const listId = `${id}-list`;
  const showList = open && options.length > 0;
  const message = problem ?? error;

  return (
    <div className={className}>
      <div className={`theme-picker-box ${message ? 'has-error' : ''}`}>
        {value.map((item) => (
          <Fragment key={chipKey(item)}>{renderChip(item, () => onChange(value.filter((v) => v !== item)))}</Fragment>
        ))}
        <input
          className="theme-picker-input"
          role="combobox"
          aria-label={inputLabel}
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList ? `${id}-opt-${active}` : undefined}
          aria-invalid={message ? true : undefined}
          placeholder={placeholder}
          value={query}
          onChange={(event) => {
            // A comma finishes a name, as in most tag fields.
            const text = event.target.value;
            if (text.endsWith(',') && text.trim().length > 1) {
              pick(fromText(text.slice(0, -1).trim()));
              return;
            }
            setQuery(text);
            setActive(0);
            setOpen(true);
            setProblem(null);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            if (commitOnBlur && query.trim()) pick(fromText(query.trim()));
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              setOpen(true);
              setActive((a) => Math.min(a + 1, options.length - 1));
            } else if (event.key === 'ArrowUp') {
              event.preventDefault();
              setActive((a) => Math.max(a - 1, 0));
            } else if (event.key === 'Enter') {
              if (!query.trim() && !showList) return;
              event.preventDefault();
              pick(options[active]);
            } else if (event.key === 'Escape' && (showList || query)) {
              event.preventDefault();
              event.stopPropagation();
              setOpen(false);
              setQuery('');
            } else if (event.key === 'Backspace' && query === '' && value.length > 0) {
              onChange(value.slice(0, -1));
            }
          }}
        />
      </div>
      {showList && (
        <ul className="popup-list theme-picker-list" role="listbox" id={listId} aria-label={listLabel}>
          {options.map((option, index) => (
            <li
              key={optionKey(option)}
              id={`${id}-opt-${index}`}
              role="option"
              aria-selected={index === active}
              className={`popup-option ${index === active ? 'is-active' : ''}`}
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => pick(option)}
            >
              {renderOption(option)}
            </li>
          ))}
        </ul>
      )}
      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}

/** The small × on a chip that takes it out. */
export function ChipRemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="chip-remove" aria-label={label} onClick={onClick}>
      <Icon name="close" size={12} />
    </button>
  );
}
