import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import type { Day } from '../../../shared/domain/day';
import type { ReflectionPeriod } from '../../../shared/domain/model';
import { useApi } from '../../query/ApiContext';
import { keys } from '../../query/keys';
import { useAutosave } from '../../ui/useAutosave';

/** A reflection, saved through the one autosave as it is typed, like entries. */
export function useReflectionAutosave(period: ReflectionPeriod, start: Day, initialBody: string) {
  const api = useApi();
  const client = useQueryClient();
  const saved = useRef(initialBody);
  const latest = useRef(initialBody);

  const autosave = useAutosave({
    hasChanges: () => latest.current !== saved.current,
    saveChanges: async () => {
      const body = latest.current;
      const reflection = await api.invoke('reflections.save', { period, start, body });
      saved.current = body;
      client.setQueryData(keys.reflection(period, start), reflection);
      void client.invalidateQueries({ queryKey: keys.weeks });
    },
  });

  const { schedule } = autosave;
  const change = useCallback(
    (body: string) => {
      if (body === latest.current) return;
      latest.current = body;
      schedule();
    },
    [schedule],
  );

  return { status: autosave.status, change, flush: autosave.flush };
}
