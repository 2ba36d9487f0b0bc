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
    async (draft: Draft) => {
      // A refetch already on its way (another write's change event) would land after this and
      // put the older version back: drop it first, then show what the write answered.
      await client.cancelQueries({ queryKey: keys.draft(draft.id) });
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
    /** The user's theme order (first = the lead); summaries and packets follow it from now on. */
    orderThemes: async (order: string[]) => {
      const saved = await api.invoke('review.orderThemes', { order });
      await client.invalidateQueries({ queryKey: keys.summaries });
      return saved;
    },
    /** Tags a suggestion's entries with its theme in one write; everything that counts themes refetches. */
    acceptTheme: async (input: Input<'themes.accept'>) => {
      const theme = await api.invoke('themes.accept', input);
      void client.invalidateQueries({ queryKey: keys.themes });
      void client.invalidateQueries({ queryKey: keys.entryLists });
      for (const id of input.entryIds) void client.invalidateQueries({ queryKey: keys.entry(id) });
      void client.invalidateQueries({ queryKey: keys.dashboards });
      void client.invalidateQueries({ queryKey: keys.checks });
      await client.invalidateQueries({ queryKey: keys.summaries });
      return theme;
    },
    deleteDraft: async (id: string) => {
      await api.invoke('drafts.delete', { id });
      client.removeQueries({ queryKey: ['drafts.get', { id }], exact: false });
      void client.invalidateQueries({ queryKey: keys.draftLists });
    },
  };
}
