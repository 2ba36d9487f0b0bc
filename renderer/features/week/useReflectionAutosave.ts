import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { Day } from '../../../shared/domain/day';
import type { ReflectionPeriod } from '../../../shared/domain/model';
import { useApi } from '../../query/ApiContext';
import { keys } from '../../query/keys';
import { errorMessage } from '../../ui/errors';
import type { SaveStatus } from '../journal/useEntryAutosave';
import { useSaveOnLeave } from '../journal/useSaveOnLeave';

const SAVE_DELAY_MS = 700;

/** An entry's save states less 'draft': this text always exists already, so there is no unsaved new one. */
export type ReflectionSaveStatus = Exclude<SaveStatus, { kind: 'draft' }>;

/**
 * Saves a reflection as it is typed, like entries: a moment after typing stops, and at once when
 * the window is hidden or the editor goes away. One save at a time; the newest text wins.
 */
export function useReflectionAutosave(period: ReflectionPeriod, start: Day, initialBody: string) {
  const api = useApi();
  const client = useQueryClient();
  const [status, setStatus] = useState<ReflectionSaveStatus>({ kind: 'idle' });
  const saved = useRef(initialBody);
  const latest = useRef(initialBody);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const running = useRef<Promise<void> | null>(null);

  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (running.current) return running.current.then(() => flush());
    if (latest.current === saved.current) return Promise.resolve();
    const body = latest.current;
    setStatus({ kind: 'saving' });
    const run = api
      .invoke('reflections.save', { period, start, body })
      .then(
        (reflection) => {
          saved.current = body;
          client.setQueryData(keys.reflection(period, start), reflection);
          void client.invalidateQueries({ queryKey: keys.weeks });
          setStatus(latest.current === saved.current ? { kind: 'saved' } : { kind: 'pending' });
        },
        (error: unknown) => setStatus({ kind: 'error', message: errorMessage(error) }),
      )
      .finally(() => {
        running.current = null;
      });
    running.current = run;
    return run;
  }, [api, client, period, start]);

  const change = useCallback(
    (body: string) => {
      latest.current = body;
      if (body === saved.current && !running.current) return;
      setStatus({ kind: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush],
  );

  // Leaving the week (or the page) saves what was typed, without waiting for the delay.
  useSaveOnLeave(flush);

  return { status, change, flush };
}
