import { useId, useMemo, useState } from 'react';
import { ThemeName } from '../../../shared/api/schemas';
import { LIMITS } from '../../../shared/domain/limits';
import type { Theme } from '../../../shared/domain/model';
import { Icon } from '../../ui/Icon';
import { ThemeChip } from '../../ui/ThemeChip';
import type { DraftTheme } from './entryDraft';

type Option = { kind: 'theme'; theme: Theme } | { kind: 'create'; name: string };

const MAX_SUGGESTIONS = 8;

/** The entry's themes as chips, with a combobox that suggests existing themes or creates one. */
export function ThemePicker({
  value,
  themes,
  onChange,
  error,
}: {
  value: DraftTheme[];
  themes: Theme[];
  onChange: (themes: DraftTheme[]) => void;
  error?: string;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);

  const chosen = useMemo(
    () => new Set(value.flatMap((t) => [t.id ?? '', t.name.toLowerCase()])),
    [value],
  );
  const options = useMemo<Option[]>(() => {
    const q = query.trim().toLowerCase();
    const matches = themes
      .filter((t) => !chosen.has(t.id) && !chosen.has(t.name.toLowerCase()))
      .filter((t) => t.name.toLowerCase().includes(q))
      .sort((a, b) => Number(b.name.toLowerCase().startsWith(q)) - Number(a.name.toLowerCase().startsWith(q)))
      .slice(0, MAX_SUGGESTIONS)
      .map((theme): Option => ({ kind: 'theme', theme }));
    const exists = themes.some((t) => t.name.toLowerCase() === q) || chosen.has(q);
    return q && !exists ? [...matches, { kind: 'create', name: query.trim() }] : matches;
  }, [themes, chosen, query]);

  const add = (theme: DraftTheme) => {
    if (value.length >= LIMITS.themesPerEntry) {
      setProblem(`An entry can have at most ${LIMITS.themesPerEntry} themes.`);
      return;
    }
    onChange([...value, theme]);
    setQuery('');
    setActive(0);
    setProblem(null);
  };

  const pick = (option: Option | undefined) => {
    if (!option) return;
    if (option.kind === 'theme') {
      add({ id: option.theme.id, name: option.theme.name, color: option.theme.color });
      return;
    }
    const parsed = ThemeName.safeParse(option.name);
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message ?? 'That is not a valid theme name.');
      return;
    }
    add({ name: parsed.data });
  };

  const listId = `${id}-list`;
  const showList = open && options.length > 0;
  const display = (theme: DraftTheme) => themes.find((t) => t.id === theme.id) ?? theme;
  const message = problem ?? error;

  return (
    <div className="theme-picker">
      <div className={`theme-picker-box ${message ? 'has-error' : ''}`}>
        {value.map((theme) => {
          const shown = display(theme);
          return (
            <ThemeChip key={theme.id ?? `new:${theme.name}`} name={shown.name} color={shown.color}>
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove theme ${shown.name}`}
                onClick={() => onChange(value.filter((t) => t !== theme))}
              >
                <Icon name="close" size={12} />
              </button>
            </ThemeChip>
          );
        })}
        <input
          className="theme-picker-input"
          role="combobox"
          aria-label="Add theme"
          aria-expanded={showList}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={showList ? `${id}-opt-${active}` : undefined}
          aria-invalid={message ? true : undefined}
          placeholder={value.length ? 'Add theme…' : 'Add a theme, e.g. leadership'}
          value={query}
          onChange={(event) => {
            // A comma finishes a name, as in most tag fields.
            const text = event.target.value;
            if (text.endsWith(',') && text.trim().length > 1) {
              const name = text.slice(0, -1).trim();
              const existing = themes.find((t) => t.name.toLowerCase() === name.toLowerCase());
              pick(existing ? { kind: 'theme', theme: existing } : { kind: 'create', name });
              return;
            }
            setQuery(text);
            setActive(0);
            setOpen(true);
            setProblem(null);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
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
        <ul className="popup-list theme-picker-list" role="listbox" id={listId} aria-label="Themes">
          {options.map((option, index) => (
            <li
              key={option.kind === 'theme' ? option.theme.id : 'create'}
              id={`${id}-opt-${index}`}
              role="option"
              aria-selected={index === active}
              className={`popup-option ${index === active ? 'is-active' : ''}`}
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => pick(option)}
            >
              {option.kind === 'theme' ? (
                <>
                  <span className="theme-dot" style={{ background: option.theme.color }} aria-hidden="true" />
                  <span className="popup-option-label">{option.theme.name}</span>
                  <span className="popup-option-meta">{option.theme.entryCount}</span>
                </>
              ) : (
                <>
                  <Icon name="plus" size={14} />
                  <span className="popup-option-label">Create theme “{option.name}”</span>
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
