import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Day } from '../../../shared/domain/day';
import type { Suggestion } from '../../../shared/domain/gitSuggestions';
import { useApi } from '../../query/ApiContext';
import { entriesMoved } from '../../query/cache';
import { errorMessage } from '../../ui/errors';
import { useToast } from '../../ui/Toasts';

// Keys start with the method name, like renderer/query/keys.ts, so a journal change refetches them.
const suggestionKey = (from?: Day, to?: Day) => ['suggestions.list', { from, to }] as const;

/** Candidates from the user's commits in a period; nothing is read when no repository is set. */
export function useSuggestions(period: { from?: Day; to?: Day }, enabled = true) {
  const api = useApi();
  return useQuery({
    queryKey: suggestionKey(period.from, period.to),
    queryFn: () => api.invoke('suggestions.list', period),
    enabled,
    // git is run on every read: once per visit is plenty
    staleTime: 60_000,
    retry: false,
  });
}

/** One-click add and dismiss, each telling the person what happened. */
export function useSuggestionActions(period: { from: Day; to: Day }) {
  const api = useApi();
  const client = useQueryClient();
  const toast = useToast();
  const add = useCallback(
    async (suggestion: Suggestion) => {
      try {
        const entry = await api.invoke('suggestions.add', { id: suggestion.id, ...period });
        entriesMoved(client);
        void client.invalidateQueries({ queryKey: ['suggestions.list'] });
        toast({ message: `Added “${entry.title}” to your journal` });
      } catch (error) {
        toast({ message: `Couldn’t add it: ${errorMessage(error)}`, tone: 'error' });
      }
    },
    [api, client, toast, period],
  );
  const dismiss = useCallback(
    async (suggestion: Suggestion) => {
      try {
        await api.invoke('suggestions.dismiss', { id: suggestion.id, ...period });
        void client.invalidateQueries({ queryKey: ['suggestions.list'] });
      } catch (error) {
        toast({ message: `Couldn’t dismiss it: ${errorMessage(error)}`, tone: 'error' });
      }
    },
    [api, client, toast, period],
  );
  return { add, dismiss };
}
