import { type Ref, useRef } from 'react';
import { dayOf } from '../../../shared/domain/day';
import type { Entry } from '../../../shared/domain/model';
import type { JournalFilter, OpenEntry } from '../../app/navigation';
import { useEntry, useThemes } from '../../query/queries';
import { errorMessage } from '../../ui/errors';
import { shortcutLabel } from '../../ui/shortcuts';
import { type EntryFormFields, fieldsOf } from '../../entries/entryDraft';
import { type EntryEditorHandle, EntryForm } from './EntryForm';

/**
 * A new entry starts where the person is looking: today, and the filter's section, theme or star;
 * or what the review check asked for (a day in a silent month, an empty section).
 */
function newEntryFields(
  filter: JournalFilter,
  themeName?: { id: string; name: string; color: string },
  preset?: OpenEntry['preset'],
): EntryFormFields {
  return {
    title: '',
    date: preset?.date ?? dayOf(new Date()),
    section: preset?.section ?? filter.section ?? 'projects',
    themes: themeName ? [themeName] : [],
    starred: Boolean(filter.starred),
    links: [],
    body: '',
    impact: '',
    kind: 'accomplishment',
    people: [],
    goals: [],
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
  // The form reads the entry once, when it opens. If the cached copy is out of date (a goal was
  // linked elsewhere, say), wait for the fresh one: saving from a stale copy would undo that change.
  const shownFor = useRef<string | null>(null);
  const refreshing = Boolean(open?.id && entry.isStale && entry.isFetching && shownFor.current !== open?.key);
  if (open && !refreshing && (!open.id || entry.data)) shownFor.current = open.key;

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
  if (open.id && (!entry.data || refreshing)) {
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
  const initial =
    entry.data && open.id
      ? fieldsOf(entry.data)
      : newEntryFields(filter, theme && { id: theme.id, name: theme.name, color: theme.color }, open.preset);

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
      sample={Boolean(entry.data?.sample)}
    />
  );
}
