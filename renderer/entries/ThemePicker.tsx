import { useCallback, useMemo } from 'react';
import { ThemeName } from '../../shared/api/schemas';
import { LIMITS } from '../../shared/domain/limits';
import type { Theme } from '../../shared/domain/model';
import { ChipPicker, ChipRemoveButton } from '../ui/ChipPicker';
import { Icon } from '../ui/Icon';
import { ThemeChip } from '../ui/ThemeChip';
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
  const chosen = useMemo(() => new Set(value.flatMap((t) => [t.id ?? '', t.name.toLowerCase()])), [value]);
  const suggest = useCallback(
    (query: string): Option[] => {
      const q = query.trim().toLowerCase();
      const matches = themes
        .filter((t) => !chosen.has(t.id) && !chosen.has(t.name.toLowerCase()))
        .filter((t) => t.name.toLowerCase().includes(q))
        .sort((a, b) => Number(b.name.toLowerCase().startsWith(q)) - Number(a.name.toLowerCase().startsWith(q)))
        .slice(0, MAX_SUGGESTIONS)
        .map((theme): Option => ({ kind: 'theme', theme }));
      const exists = themes.some((t) => t.name.toLowerCase() === q) || chosen.has(q);
      return q && !exists ? [...matches, { kind: 'create', name: query.trim() }] : matches;
    },
    [themes, chosen],
  );

  const add = (theme: DraftTheme): string | null => {
    if (value.length >= LIMITS.themesPerEntry) return `An entry can have at most ${LIMITS.themesPerEntry} themes.`;
    onChange([...value, theme]);
    return null;
  };

  const choose = (option: Option): string | null => {
    if (option.kind === 'theme') return add({ id: option.theme.id, name: option.theme.name, color: option.theme.color });
    const parsed = ThemeName.safeParse(option.name);
    if (!parsed.success) return parsed.error.issues[0]?.message ?? 'That is not a valid theme name.';
    return add({ name: parsed.data });
  };

  const display = (theme: DraftTheme) => themes.find((t) => t.id === theme.id) ?? theme;

  return (
    <ChipPicker
      className="theme-picker"
      value={value}
      onChange={onChange}
      chipKey={(theme) => theme.id ?? `new:${theme.name}`}
      renderChip={(theme, remove) => {
        const shown = display(theme);
        return (
          <ThemeChip name={shown.name} color={shown.color}>
            <ChipRemoveButton label={`Remove theme ${shown.name}`} onClick={remove} />
          </ThemeChip>
        );
      }}
      suggest={suggest}
      choose={choose}
      // Text finished with a comma is the existing theme of that name, if there is one.
      fromText={(name): Option => {
        const existing = themes.find((t) => t.name.toLowerCase() === name.toLowerCase());
        return existing ? { kind: 'theme', theme: existing } : { kind: 'create', name };
      }}
      optionKey={(option) => (option.kind === 'theme' ? option.theme.id : 'create')}
      renderOption={(option) =>
        option.kind === 'theme' ? (
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
        )
      }
      inputLabel="Add theme"
      listLabel="Themes"
      placeholder={value.length ? 'Add theme…' : 'Add a theme, e.g. leadership'}
      error={error}
    />
  );
}
