import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Title } from '../../../shared/api/schemas';
import { dayOf } from '../../../shared/domain/day';
import { ENTRY_KINDS, type Entry, type EntryKind, KIND_LABELS } from '../../../shared/domain/model';
import { SECTIONS, type SectionId } from '../../../shared/domain/sections';
import { MarkdownEditor, type MarkdownEditorHandle } from '../../editor/MarkdownEditor';
import { useApi } from '../../query/ApiContext';
import { entryWritten } from '../../query/cache';
import { useThemes } from '../../query/queries';
import { errorMessage } from '../../ui/errors';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { shortcutLabel } from '../../ui/shortcuts';
import type { DraftTheme } from '../../entries/entryDraft';
import { ThemePicker } from '../../entries/ThemePicker';

/**
 * The smallest way to write an entry: a title, a line or two, a section and themes. Dated today.
 * Enter in the title or Mod+Enter anywhere saves.
 */
export function CaptureForm({ onSaved, onCancel }: { onSaved: (entry: Entry) => void; onCancel: () => void }) {
  const api = useApi();
  const client = useQueryClient();
  const themes = useThemes();
  const bodyRef = useRef<MarkdownEditorHandle>(null);
  const [title, setTitle] = useState('');
  const [section, setSection] = useState<SectionId>('projects');
  const [kind, setKind] = useState<EntryKind>('accomplishment');
  const [chosen, setChosen] = useState<DraftTheme[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Mod+Enter reaches both the editor's shortcut and the form: one save only.
  const saving = useRef(false);

  const save = async () => {
    if (saving.current) return;
    const parsed = Title.safeParse(title);
    if (!parsed.success) {
      setProblem(title.trim() ? (parsed.error.issues[0]?.message ?? 'The title is not valid') : 'Give it a title: what did you do?');
      return;
    }
    saving.current = true;
    setBusy(true);
    try {
      const entry = await api.invoke('entries.create', {
        date: dayOf(new Date()),
        title: parsed.data,
        body: bodyRef.current?.getMarkdown() ?? '',
        section,
        kind,
        themeIds: chosen.flatMap((t) => (t.id ? [t.id] : [])),
        newThemes: chosen.flatMap((t) => (t.id ? [] : [t.name])),
      });
      entryWritten(client, entry, { reorders: true });
      onSaved(entry);
    } catch (error) {
      setProblem(errorMessage(error));
      saving.current = false;
      setBusy(false);
    }
  };

  return (
    <form
      className="capture-form"
      aria-label="Quick capture"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
          event.preventDefault();
          void save();
        }
      }}
    >
      {/* A textarea that grows with the title, so a long title wraps instead of scrolling its
          start out of sight; it stays one line of text (Enter saves, pasted line breaks fold). */}
      <textarea
        className="capture-title"
        aria-label="What did you do?"
        placeholder="What did you do?"
        autoFocus
        rows={1}
        dir="auto"
        value={title}
        aria-invalid={problem ? true : undefined}
        onChange={(event) => {
          setTitle(event.target.value.replace(/\s*[\r\n]+\s*/g, ' '));
          setProblem(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            void save();
          }
        }}
      />
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="capture-body">
        <MarkdownEditor
          ref={bodyRef}
          initialMarkdown=""
          onChange={() => undefined}
          ariaLabel="Details"
          placeholder="A line or two: what happened because of it, who helped (optional)"
          variant="compact"
          onSubmitShortcut={() => void save()}
        />
      </div>
      <SegmentedControl
        label="Kind"
        size="small"
        value={kind}
        onChange={setKind}
        options={ENTRY_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
      />
      <div className="capture-meta">
        <select
          className="input select select-small"
          aria-label="Section"
          value={section}
          onChange={(event) => setSection(event.target.value as SectionId)}
        >
          {SECTIONS.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
        <div className="capture-themes">
          <ThemePicker value={chosen} themes={themes.data ?? []} onChange={setChosen} />
        </div>
      </div>
      <div className="capture-actions">
        <span className="capture-hint">
          <kbd>Enter</kbd> to save · <kbd>Esc</kbd> to close
        </span>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary" disabled={busy} title={`Save (${shortcutLabel('Mod+Enter')})`}>
          Save entry
        </button>
      </div>
    </form>
  );
}
