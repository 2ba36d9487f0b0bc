import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Input } from '../../shared/api/contract';
import { useApi } from '../query/ApiContext';
import { journalChanged } from '../query/cache';

/** Goal writes. Each rejects with the backend's ChronicleError, which callers show in place. */
export function useGoalActions() {
  const api = useApi();
  const client = useQueryClient();

  const run = useCallback(
    async <T>(work: () => Promise<T>): Promise<T> => {
      const result = await work();
      // A goal shows up on entries (their goal chips) and in the week; refetch what is shown.
      journalChanged(client);
      return result;
    },
    [client],
  );

  return {
    create: (input: Input<'goals.create'>) => run(() => api.invoke('goals.create', input)),
    update: (input: Input<'goals.update'>) => run(() => api.invoke('goals.update', input)),
    remove: (id: string) => run(() => api.invoke('goals.delete', { id })),
    link: (goalId: string, entryId: string) => run(() => api.invoke('goals.link', { goalId, entryId })),
    unlink: (goalId: string, entryId: string) => run(() => api.invoke('goals.unlink', { goalId, entryId })),
  };
}
