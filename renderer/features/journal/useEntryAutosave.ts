import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Entry } from '../../../shared/domain/model';
import { entryWritten } from '../../query/cache';
import { useApi } from '../../query/ApiContext';
import { fieldIssues } from '../../ui/errors';
import {
  buildPatch,
  type EntryFields,
  type FieldName,
  type FieldProblem,
  hasContent,
  reconcileThemes,
  REORDERING_FIELDS,
  UNTITLED,
} from './entryDraft';

/** Quiet time after the last keystroke before saving. */
export const SAVE_DELAY_MS = 600;

export type SaveStatus =
  | { kind: 'draft' } // a new entry with nothing in it yet: nothing to save
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'error'; message: string };

interface Options {
  /** The entry being edited, or null for a new one that is created on its first words. */
  entryId: string | null;
  initial: EntryFields;
  /** The Markdown editors' current text, read right before every save. */
  readEditors: () => Partial<Pick<EntryFields, 'body' | 'impact'>>;
  onCreated: (entry: Entry) => void;
}

/**
 * Saves an entry as it is edited: changed fields only, a moment after typing stops, one save at
 * a time, and at once when the page is hidden or closed or the editor goes away, so no typed
 * character is lost. A failed save keeps its fields marked as changed and can be retried.
 */
export function useEntryAutosave({ entryId, initial, readEditors, onCreated }: Options) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [fields, setFields] = useState(initial);
  const [status, setStatus] = useState<SaveStatus>(entryId ? { kind: 'idle' } : { kind: 'draft' });
  const [problems, setProblems] = useState<FieldProblem[]>([]);

  const fieldsRef = useRef(initial);
  const idRef = useRef(entryId);
  const dirty = useRef(new Set<FieldName>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const readEditorsRef = useRef(readEditors);
  readEditorsRef.current = readEditors;
  const onCreatedRef = useRef(onCreated);
  onCreatedRef.current = onCreated;

  const apply = useCallback((patch: Partial<EntryFields>) => {
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

  /** One round trip: create or update with what changed since the last one. */
  const saveOnce = useCallback(async (): Promise<boolean> => {
    syncEditors();
    if (dirty.current.size === 0) return true;
    const snapshot = fieldsRef.current;
    if (!idRef.current && !hasContent(snapshot)) return true; // still an empty draft
    const changed = idRef.current ? [...dirty.current] : (Object.keys(snapshot) as FieldName[]);
    dirty.current.clear();
    const { patch, problems: found } = buildPatch(snapshot, changed);
    setProblems((previous) => [...previous.filter((p) => !changed.includes(p.field)), ...found]);
    if (Object.keys(patch).length === 0) {
      setStatus({ kind: 'saved' });
      return true;
    }
    setStatus({ kind: 'saving' });
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
      setStatus(dirty.current.size > 0 ? { kind: 'pending' } : { kind: 'saved' });
      return true;
    } catch (error) {
      // Keep what was not saved marked as changed, so Retry (or the next edit) sends it again.
      changed.forEach((name) => dirty.current.add(name));
      const issues = fieldIssues(error).flatMap((issue): FieldProblem[] =>
        issue.field in snapshot ? [{ field: issue.field as FieldName, index: issue.index, message: issue.message }] : [],
      );
      if (issues.length) setProblems((previous) => [...previous, ...issues]);
      setStatus({ kind: 'error', message: error instanceof Error ? error.message : 'Something went wrong.' });
      return false;
    }
  }, [api, apply, queryClient, syncEditors]);

  /** Saves now. Resolves when everything changed so far is saved (or a save failed). */
  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (running.current) {
      again.current = true;
      return running.current;
    }
    const run = (async () => {
      let ok = true;
      do {
        again.current = false;
        ok = await saveOnce();
      } while (ok && (again.current || (dirty.current.size > 0 && !timer.current)));
    })().finally(() => {
      running.current = null;
    });
    running.current = run;
    return run;
  }, [saveOnce]);

  const schedule = useCallback(() => {
    clearTimeout(timer.current);
    if (!idRef.current && !hasContent(fieldsRef.current)) {
      setStatus({ kind: 'draft' });
      timer.current = undefined;
      return;
    }
    setStatus((s) => (s.kind === 'saving' ? s : { kind: 'pending' }));
    timer.current = setTimeout(() => {
      timer.current = undefined;
      void flush();
    }, SAVE_DELAY_MS);
  }, [flush]);

  /** Records an edit and saves it shortly. */
  const change = useCallback(
    (patch: Partial<EntryFields>) => {
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

  // Hidden, closed or navigated away: save at once rather than after the delay.
  useEffect(() => {
    const saveNow = () => void flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') saveNow();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', saveNow);
    window.addEventListener('beforeunload', saveNow);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', saveNow);
      window.removeEventListener('beforeunload', saveNow);
    };
  }, [flush]);

  // Switching entries unmounts this editor. A layout cleanup runs before the Markdown editors'
  // handles are detached, so their last keystrokes can still be read and saved.
  useLayoutEffect(
    () => () => {
      syncEditors();
      void flush();
    },
    [flush, syncEditors],
  );

  const entryIdNow = useCallback(() => idRef.current, []);

  return { fields, change, changeText, flush, status, problems, entryId: entryIdNow };
}
