import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useApi } from '../../query/ApiContext';
import { journalChanged } from '../../query/cache';

/** Renaming, merging and removing people: each shows up on every entry that names them. */
export function usePeopleActions() {
  const api = useApi();
  const client = useQueryClient();
  const run = useCallback(
    async <T>(work: () => Promise<T>): Promise<T> => {
      const result = await work();
      journalChanged(client);
      return result;
    },
    [client],
  );
  return {
    rename: (id: string, name: string) => run(() => api.invoke('people.update', { id, name })),
    merge: (sourceId: string, targetId: string) => run(() => api.invoke('people.merge', { sourceId, targetId })),
    remove: (id: string) => run(() => api.invoke('people.delete', { id })),
  };
}
