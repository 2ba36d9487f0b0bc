import { useState } from 'react';
import { nextThemeColor } from '../../../shared/domain/themeColors';
import { useThemes } from '../../query/queries';
import { EmptyState } from '../../ui/EmptyState';
import { errorMessage } from '../../ui/errors';
import { Icon } from '../../ui/Icon';
import { ColorPalette } from './ColorPalette';
import { ThemeRow } from './ThemeRow';
import { useThemeActions } from './useThemeActions';

/** Themes are the big picture of a year: name them, colour them, say why they matter. */
export function ThemesView({ onShowTheme }: { onShowTheme: (themeId: string) => void }) {
  const themes = useThemes();
  const list = themes.data ?? [];

  return (
    <div className="page">
      <div className="page-inner">
        <header className="page-header">
          <h1 className="page-title">Themes</h1>
          <p className="page-lede">
            A theme groups related work under a focus area, such as <em>transition</em> or <em>leadership</em>, including the fuzzy work
            with no big launch. At review time, each theme becomes a story: why it matters, what you did, and what changed.
          </p>
        </header>
        <NewThemeForm usedColors={list.map((t) => t.color)} />
        {themes.isError && (
          <p className="field-error" role="alert">
            Couldn’t load themes: {errorMessage(themes.error)}
          </p>
        )}
        {themes.isSuccess && list.length === 0 && (
          <EmptyState title="No themes yet">
            <p>Create one above, or type a new name in an entry’s Themes field.</p>
          </EmptyState>
        )}
        {list.length > 0 && (
          <ul className="theme-list" aria-label="Themes">
            {list.map((theme) => (
              <ThemeRow key={theme.id} theme={theme} themes={list} onShowEntries={() => onShowTheme(theme.id)} />
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

function NewThemeForm({ usedColors }: { usedColors: string[] }) {
  const actions = useThemeActions();
  const [name, setName] = useState('');
  const [color, setColor] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const shownColor = color ?? nextThemeColor(usedColors);

  return (
    <form
      className="new-theme"
      aria-label="New theme"
      onSubmit={(event) => {
        event.preventDefault();
        if (!name.trim()) {
          setProblem('Give the theme a name.');
          return;
        }
        setBusy(true);
        actions
          .create({ name, color: shownColor })
          .then(
            () => {
              setName('');
              setColor(null);
              setProblem(null);
            },
            (error: unknown) => setProblem(errorMessage(error)),
          )
          .finally(() => setBusy(false));
      }}
    >
      <div className="new-theme-row">
        <input
          className="input"
          aria-label="New theme name"
          placeholder="New theme, e.g. ml-engineering"
          value={name}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => {
            setName(event.target.value);
            setProblem(null);
          }}
        />
        <button type="submit" className="button button-primary" disabled={busy}>
          <Icon name="plus" size={14} /> Create theme
        </button>
      </div>
      <ColorPalette label="Colour of the new theme" value={shownColor} onChange={setColor} />
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
