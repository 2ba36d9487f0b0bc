import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Input } from '../../../shared/api/contract';
import { themesChanged } from '../../query/cache';
import { useApi } from '../../query/ApiContext';

/** Theme writes. Each rejects with the backend's ChronicleError, which callers show in place. */
export function useThemeActions() {
  const api = useApi();
  const client = useQueryClient();

  const run = useCallback(
    async <T>(work: () => Promise<T>): Promise<T> => {
      const result = await work();
      themesChanged(client);
      return result;
    },
    [client],
  );

  return {
    create: (input: Input<'themes.create'>) => run(() => api.invoke('themes.create', input)),
    update: (input: Input<'themes.update'>) => run(() => api.invoke('themes.update', input)),
    merge: (sourceId: string, targetId: string) => run(() => api.invoke('themes.merge', { sourceId, targetId })),
    remove: (id: string) => run(() => api.invoke('themes.delete', { id })),
  };
}
