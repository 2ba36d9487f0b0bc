import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useApi } from './ApiContext';
import { type EntryFilter, keys } from './keys';

/** Entries per page: a screenful many times over, small enough to arrive at once. */
export const PAGE_SIZE = 100;

export function useEntry(id: string | null) {
  const api = useApi();
  return useQuery({
    queryKey: keys.entry(id ?? ''),
    queryFn: () => api.invoke('entries.get', { id: id as string }),
    enabled: id !== null,
  });
}

/** Entries newest first (or the trash, newest deletion first), a page at a time. */
export function useEntryList(filter: EntryFilter) {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: keys.entryList(filter),
    queryFn: ({ pageParam }) =>
      api.invoke('entries.list', { ...filter, limit: PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

export function useThemes() {
  const api = useApi();
  return useQuery({ queryKey: keys.themes, queryFn: () => api.invoke('themes.list', {}) });
}

export function useSystemInfo() {
  const api = useApi();
  return useQuery({ queryKey: keys.systemInfo, queryFn: () => api.invoke('system.info', {}) });
}

/** Search as you type; the previous results stay on screen while the next ones arrive. */
export function useSearch(query: string) {
  const api = useApi();
  const trimmed = query.trim();
  return useQuery({
    queryKey: keys.search(trimmed),
    queryFn: () => api.invoke('entries.search', { query: trimmed, asYouType: true, limit: 30 }),
    enabled: trimmed.length > 0,
    placeholderData: keepPreviousData,
    retry: false,
  });
}
