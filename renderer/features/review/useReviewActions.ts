import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Input } from '../../../shared/api/contract';
import type { Draft } from '../../../shared/domain/model';
import { useApi } from '../../query/ApiContext';
import { entryWritten } from '../../query/cache';
import { keys } from '../../query/keys';

/**
 * Review-season writes. Each rejects with the backend's ChronicleError, which callers show in
 * words where the person is looking.
 */
export function useReviewActions() {
  const api = useApi();
  const client = useQueryClient();

  /** The draft as the backend now has it becomes the latest in the cache; lists refetch. */
  const draftWritten = useCallback(
    (draft: Draft) => {
      client.setQueryData(keys.draft(draft.id), draft);
      void client.invalidateQueries({ queryKey: keys.draftLists });
      return draft;
    },
    [client],
  );

  return {
    draftWritten,
    saveImpact: async (id: string, impact: string) => {
      const entry = await api.invoke('entries.update', { id, impact });
      // Also refetches the readiness check, so the fixed gap leaves the list and the score moves.
      entryWritten(client, entry, { reorders: false });
      return entry;
    },
    createDraft: async (input: Input<'drafts.create'>) => draftWritten(await api.invoke('drafts.create', input)),
    saveDraft: async (input: Input<'drafts.save'>) => draftWritten(await api.invoke('drafts.save', input)),
    regenerateDraft: async (id: string) => draftWritten(await api.invoke('drafts.regenerate', { id })),
    restoreDraft: async (id: string, version: number) => draftWritten(await api.invoke('drafts.restore', { id, version })),
    deleteDraft: async (id: string) => {
      await api.invoke('drafts.delete', { id });
      client.removeQueries({ queryKey: ['drafts.get', { id }], exact: false });
      void client.invalidateQueries({ queryKey: keys.draftLists });
    },
  };
}
