import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { Entry } from '../../shared/domain/model';
import { entryWritten } from '../query/cache';
import { useApi } from '../query/ApiContext';
import { fieldIssues } from '../ui/errors';
import { useAutosave } from '../ui/useAutosave';
import {
  buildPatch,
  type EntryFormFields,
  type FieldName,
  type FieldProblem,
  hasContent,
  reconcileThemes,
  REORDERING_FIELDS,
  UNTITLED,
} from './entryDraft';

interface Options {
  /** The entry being edited, or null for a new one that is created on its first words. */
  entryId: string | null;
  initial: EntryFormFields;
  /** The Markdown editors' current text, read right before every save. */
  readEditors: () => Partial<Pick<EntryFormFields, 'body' | 'impact'>>;
  onCreated: (entry: Entry) => void;
}

/**
 * Saves an entry as it is edited, through the one autosave (renderer/ui/useAutosave): changed
 * fields only, and a new entry is created on its first words. A failed save keeps its fields
 * marked as changed and can be retried.
 */
export function useEntryAutosave({ entryId, initial, readEditors, onCreated }: Options) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [fields, setFields] = useState(initial);
  const [problems, setProblems] = useState<FieldProblem[]>([]);

  const fieldsRef = useRef(initial);
  const idRef = useRef(entryId);
  const dirty = useRef(new Set<FieldName>());
  const readEditorsRef = useRef(readEditors);
  readEditorsRef.current = readEditors;
  const onCreatedRef = useRef(onCreated);
  onCreatedRef.current = onCreated;

  const apply = useCallback((patch: Partial<EntryFormFields>) => {
    fieldsRef.current = { ...fieldsRef.current, ...patch };
    setFields(fieldsRef.current);
  }, []);

  /** Picks up text from the Markdown editors that onChange may not have delivered yet. */
  const syncEditors = useCallback(() => {
    const fromEditors = readEditorsRef.current();
    for (const name of ['body', 'impact'] as const) {
      const value = fromEditors[name];
      if (value !== undefined && value !== fieldsRef.current[name]) {
        fieldsRef.current = { ...fieldsRef.current, [name]: value };
        dirty.current.add(name);
      }
    }
  }, []);

  const isEmptyDraft = () => !idRef.current && !hasContent(fieldsRef.current);

  /** One round trip: create or update with what changed since the last one. */
  const saveChanges = async (): Promise<void> => {
    const snapshot = fieldsRef.current;
    const changed = idRef.current ? [...dirty.current] : (Object.keys(snapshot) as FieldName[]);
    dirty.current.clear();
    const { patch, problems: found } = buildPatch(snapshot, changed);
    setProblems((previous) => [...previous.filter((p) => !changed.includes(p.field)), ...found]);
    if (Object.keys(patch).length === 0) return;
    try {
      const id = idRef.current;
      const saved = id
        ? await api.invoke('entries.update', { id, ...patch })
        : await api.invoke('entries.create', { ...patch, title: patch.title ?? UNTITLED, date: snapshot.date });
      if (changed.includes('themes')) apply({ themes: reconcileThemes(fieldsRef.current.themes, saved.themes) });
      // A name typed in another case joins the existing person; show the name as stored.
      if (changed.includes('people') && fieldsRef.current.people === snapshot.people) {
        apply({ people: saved.people.map((p) => p.name) });
      }
      // The cache first: the shell opens the new entry by id and must find it there.
      entryWritten(queryClient, saved, { reorders: !id || changed.some((f) => REORDERING_FIELDS.includes(f)) });
      if (!id) {
        idRef.current = saved.id;
        onCreatedRef.current(saved);
      }
    } catch (error) {
      // Keep what was not saved marked as changed, so Retry (or the next edit) sends it again.
      changed.forEach((name) => dirty.current.add(name));
      const issues = fieldIssues(error).flatMap((issue): FieldProblem[] =>
        issue.field in snapshot ? [{ field: issue.field as FieldName, index: issue.index, message: issue.message }] : [],
      );
      if (issues.length) setProblems((previous) => [...previous, ...issues]);
      throw error;
    }
  };

  const { status, schedule, flush } = useAutosave({
    initialStatus: entryId ? { kind: 'idle' } : { kind: 'draft' },
    hasChanges: () => {
      syncEditors();
      return dirty.current.size > 0 && !isEmptyDraft();
    },
    saveChanges,
    isEmptyDraft,
  });

  /** Records an edit and saves it shortly. */
  const change = useCallback(
    (patch: Partial<EntryFormFields>) => {
      apply(patch);
      for (const name of Object.keys(patch) as FieldName[]) dirty.current.add(name);
      schedule();
    },
    [apply, schedule],
  );

  /** For the Markdown editors: their text arrives here as it is typed. */
  const changeText = useCallback(
    (name: 'body' | 'impact', markdown: string) => {
      if (fieldsRef.current[name] === markdown) return;
      fieldsRef.current = { ...fieldsRef.current, [name]: markdown };
      dirty.current.add(name);
      schedule();
    },
    [schedule],
  );

  const entryIdNow = useCallback(() => idRef.current, []);

  return { fields, change, changeText, flush, status, problems, entryId: entryIdNow };
}
