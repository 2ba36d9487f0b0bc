import { useId, useMemo, useState } from 'react';
import { PersonName } from '../../../shared/api/schemas';
import { LIMITS } from '../../../shared/domain/limits';
import type { Person } from '../../../shared/domain/model';
import { Icon } from '../../ui/Icon';

type Option = { kind: 'person'; person: Person } | { kind: 'new'; name: string };

const MAX_SUGGESTIONS = 8;

/**
 * The people an entry involves, as chips, with suggestions from everyone already named in the
 * journal. A name not seen before is added as it is typed.
 */
export function PeoplePicker({
  value,
  people,
  onChange,
  label,
  error,
}: {
  value: string[];
  people: Person[];
  onChange: (names: string[]) => void;
  label: string;
  error?: string;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);

  const chosen = useMemo(() => new Set(value.map((n) => n.toLowerCase())), [value]);
  const options = useMemo<Option[]>(() => {
    const q = query.trim().toLowerCase();
    const matches = people
      .filter((p) => !chosen.has(p.name.toLowerCase()))
      .filter((p) => !q || p.name.toLowerCase().split(/\s+/).some((word) => word.startsWith(q)) || p.name.toLowerCase().includes(q))
      // People you work with most come first.
      .sort((a, b) => b.entryCount - a.entryCount)
      .slice(0, MAX_SUGGESTIONS)
      .map((person): Option => ({ kind: 'person', person }));
    const exists = people.some((p) => p.name.toLowerCase() === q) || chosen.has(q);
    return q && !exists ? [...matches, { kind: 'new', name: query.trim() }] : matches;
  }, [people, chosen, query]);

  const add = (name: string) => {
    if (value.length >= LIMITS.peoplePerEntry) {
      setProblem(`An entry can name at most ${LIMITS.peoplePerEntry} people.`);
      return;
    }
    const parsed = PersonName.safeParse(name);
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message ?? 'That is not a name.');
      return;
    }
    if (!chosen.has(parsed.data.toLowerCase())) onChange([...value, parsed.data]);
    setQuery('');
    setActive(0);
    setProblem(null);
  };

  const pick = (option: Option | undefined) => {
    if (!option) return;
    add(option.kind === 'person' ? option.person.name : option.name);
  };

  const listId = `${id}-list`;
  const showList = open && options.length > 0 && (query.trim() !== '' || people.length > 0);
  const message = problem ?? error;

  return (
    <div className="theme-picker people-picker">
      <div className={`theme-picker-box ${message ? 'has-error' : ''}`}>
        {value.map((name) => (
          <span key={name} className="theme-chip person-chip" title={name}>
            <span className="person-initial" aria-hidden="true">
              {name.trim().charAt(0).toUpperCase()}
            </span>
            <span className="theme-chip-name">{name}</span>
            <button
              type="button"
              className="chip-remove"
              aria-label={`Remove ${name}`}
              onClick={() => onChange(value.filter((n) => n !== name))}
            >
              <Icon name="close" size={12} />
            </button>
          </span>
        ))}
        <input
          className="theme-picker-input"
          role="combobox"
          aria-label={label}
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList ? `${id}-opt-${active}` : undefined}
          aria-invalid={message ? true : undefined}
          placeholder={value.length ? 'Add someone…' : 'Add a name, e.g. Priya Raman'}
          value={query}
          onChange={(event) => {
            const text = event.target.value;
            // A comma finishes a name, as in the themes field.
            if (text.endsWith(',') && text.trim().length > 1) {
              add(text.slice(0, -1).trim());
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
            // A name typed and left is meant to be kept.
            if (query.trim()) add(query.trim());
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
        <ul className="popup-list theme-picker-list" role="listbox" id={listId} aria-label="People">
          {options.map((option, index) => (
            <li
              key={option.kind === 'person' ? option.person.id : 'new'}
              id={`${id}-opt-${index}`}
              role="option"
              aria-selected={index === active}
              className={`popup-option ${index === active ? 'is-active' : ''}`}
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => pick(option)}
            >
              {option.kind === 'person' ? (
                <>
                  <span className="person-initial" aria-hidden="true">
                    {option.person.name.charAt(0).toUpperCase()}
                  </span>
                  <span className="popup-option-label">{option.person.name}</span>
                  <span className="popup-option-meta">{option.person.entryCount}</span>
                </>
              ) : (
                <>
                  <Icon name="plus" size={14} />
                  <span className="popup-option-label">Add “{option.name}”</span>
                </>
              )}
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
