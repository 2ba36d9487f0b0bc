import { useRef, useState } from 'react';
import type { Theme } from '../../../shared/domain/model';
import { Dialog } from '../../ui/Dialog';
import { useConfirm } from '../../ui/Confirm';
import { errorMessage } from '../../ui/errors';
import { Icon } from '../../ui/Icon';
import { RenameInPlace } from '../../ui/RenameInPlace';
import { ColorPalette, colorName } from './ColorPalette';
import { useThemeActions } from './useThemeActions';

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

/** One theme, edited in place: name and description save when you leave the field. */
export function ThemeRow({ theme, themes, onShowEntries }: { theme: Theme; themes: Theme[]; onShowEntries: () => void }) {
  const actions = useThemeActions();
  const confirm = useConfirm();
  const [description, setDescription] = useState(theme.description);
  const [problem, setProblem] = useState<string | null>(null);
  const [picking, setPicking] = useState(false);
  const [merging, setMerging] = useState(false);
  const [syncedFrom, setSyncedFrom] = useState(theme.updatedAt);

  const editingDescription = useRef(false);

  // It changed (our save, a merge, the CLI): show the stored text, except in the field being typed in.
  if (syncedFrom !== theme.updatedAt) {
    setSyncedFrom(theme.updatedAt);
    if (!editingDescription.current) setDescription(theme.description);
  }

  const save = async (patch: { name?: string; description?: string; color?: string }) => {
    try {
      await actions.update({ id: theme.id, ...patch });
      setProblem(null);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  const remove = async () => {
    const ok = await confirm({
      title: `Delete the theme “${theme.name}”?`,
      message: (
        <p>
          {theme.entryCount > 0
            ? `It is removed from ${plural(theme.entryCount, 'entry', 'entries')}; the entries themselves stay.`
            : 'No entries carry it.'}{' '}
          This cannot be undone.
        </p>
      ),
      confirmLabel: 'Delete theme',
      danger: true,
    });
    if (!ok) return;
    try {
      await actions.remove(theme.id);
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return (
    <li className="theme-row" aria-label={theme.name}>
      <div className="theme-row-main">
        <button
          type="button"
          className="theme-swatch-button"
          aria-label={`Colour of ${theme.name}: ${colorName(theme.color)}`}
          aria-expanded={picking}
          title="Change colour"
          style={{ background: theme.color }}
          onClick={() => setPicking((p) => !p)}
        />
        <RenameInPlace
          className="input theme-name-input"
          label={`Name of ${theme.name}`}
          value={theme.name}
          invalid={Boolean(problem)}
          onRename={(name) => void save({ name })}
          onCancel={() => setProblem(null)}
        />
        <button type="button" className="link-button theme-count" onClick={onShowEntries}>
          {theme.entryCount === 0 ? 'No entries' : plural(theme.entryCount, 'entry', 'entries')}
        </button>
        <div className="theme-row-actions">
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={() => setMerging(true)}
            disabled={themes.length < 2}
            title="Move its entries into another theme and remove this one"
          >
            <Icon name="merge" size={14} /> Merge…
          </button>
          <button
            type="button"
            className="button button-small button-quiet button-danger-quiet"
            aria-label={`Delete ${theme.name}`}
            onClick={() => void remove()}
          >
            <Icon name="trash" size={14} /> Delete
          </button>
        </div>
      </div>
      {picking && (
        <div className="theme-row-palette">
          <ColorPalette
            label={`Colour of ${theme.name}`}
            value={theme.color}
            onChange={(color) => {
              void save({ color });
            }}
          />
        </div>
      )}
      <textarea
        className="input theme-description"
        aria-label={`Description of ${theme.name}`}
        placeholder="Why this theme matters: what you want to be able to say about it at the end of the year"
        rows={1}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
        onFocus={() => (editingDescription.current = true)}
        onBlur={() => {
          editingDescription.current = false;
          if (description !== theme.description) void save({ description });
        }}
      />
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      {merging && <MergeDialog theme={theme} themes={themes} onClose={() => setMerging(false)} />}
    </li>
  );
}

function MergeDialog({ theme, themes, onClose }: { theme: Theme; themes: Theme[]; onClose: () => void }) {
  const actions = useThemeActions();
  const others = themes.filter((t) => t.id !== theme.id);
  const [targetId, setTargetId] = useState(others[0]?.id ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const target = others.find((t) => t.id === targetId);

  return (
    <Dialog label={`Merge “${theme.name}”`} onClose={onClose} className="confirm-dialog">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!targetId) return;
          actions.merge(theme.id, targetId).then(onClose, (error: unknown) => setProblem(errorMessage(error)));
        }}
      >
        <h2 className="dialog-title">Merge “{theme.name}” into another theme</h2>
        <div className="dialog-body">
          <label className="stacked-field">
            <span>Merge into</span>
            <select className="input select" aria-label="Merge into" value={targetId} onChange={(e) => setTargetId(e.target.value)}>
              {others.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </label>
          <p>
            {theme.entryCount > 0
              ? `Its ${plural(theme.entryCount, 'entry moves', 'entries move')} to “${target?.name ?? ''}”, and “${theme.name}” is removed.`
              : `“${theme.name}” has no entries; it is simply removed.`}
          </p>
          {problem && (
            <p className="field-error" role="alert">
              {problem}
            </p>
          )}
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={!targetId}>
            Merge
          </button>
        </div>
      </form>
    </Dialog>
  );
}
