import type { Ref } from 'react';
import { dayOf } from '../../../shared/domain/day';
import type { Entry } from '../../../shared/domain/model';
import type { JournalFilter, OpenEntry } from '../../app/navigation';
import { useEntry, useThemes } from '../../query/queries';
import { errorMessage } from '../../ui/errors';
import { shortcutLabel } from '../../ui/shortcuts';
import { type EntryFields, fieldsOf } from './entryDraft';
import { type EntryEditorHandle, EntryForm } from './EntryForm';

/** A new entry starts where the person is looking: today, and the filter's section, theme or star. */
function newEntryFields(filter: JournalFilter, themeName?: { id: string; name: string; color: string }): EntryFields {
  return {
    title: '',
    date: dayOf(new Date()),
    section: filter.section ?? 'projects',
    themes: themeName ? [themeName] : [],
    starred: Boolean(filter.starred),
    links: [],
    body: '',
    impact: '',
  };
}

export function EntryPane({
  editorRef,
  open,
  filter,
  onCreated,
  onDelete,
  onBack,
}: {
  editorRef: Ref<EntryEditorHandle>;
  open: OpenEntry | null;
  filter: JournalFilter;
  onCreated: (entry: Entry) => void;
  onDelete: () => void;
  onBack: () => void;
}) {
  const entry = useEntry(open?.id ?? null);
  const themes = useThemes();

  if (!open) {
    return (
      <div className="editor-placeholder">
        <p>Select an entry to read or edit it,</p>
        <p>
          or press <kbd>{shortcutLabel('Mod+N')}</kbd> to write a new one.
        </p>
      </div>
    );
  }
  if (open.id && !entry.data) {
    if (entry.isError) {
      return (
        <div className="editor-placeholder" role="alert">
          <p>Couldn’t open this entry: {errorMessage(entry.error)}</p>
        </div>
      );
    }
    return <div className="editor-placeholder" aria-busy="true" />;
  }
  const theme = themes.data?.find((t) => t.id === filter.themeId);
  const initial = entry.data && open.id ? fieldsOf(entry.data) : newEntryFields(filter, theme && { id: theme.id, name: theme.name, color: theme.color });

  return (
    <EntryForm
      ref={editorRef}
      key={open.key}
      sessionKey={open.key}
      entryId={open.id}
      initial={initial}
      themes={themes.data ?? []}
      autoFocusTitle={Boolean(open.focusTitle)}
      onCreated={onCreated}
      onDelete={onDelete}
      onBack={onBack}
    />
  );
}
