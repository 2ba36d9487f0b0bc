import type { QueryClient } from '@tanstack/react-query';
import { isMutation } from '../../shared/api/contract';
import type { Api } from '../api/client';

/** How long after one of our own writes a `local` change event is taken to be its echo. */
const ECHO_WINDOW_MS = 1500;

export interface TrackedApi extends Api {
  /** True while one of this window's writes is running or has just finished. */
  isEchoOfOwnWrite(): boolean;
}

/** Remembers when this window last wrote, so its own change events do not refetch everything. */
export function trackOwnWrites(api: Api): TrackedApi {
  let running = 0;
  let lastFinished = 0;
  return {
    async invoke(method, input) {
      if (!isMutation(method)) return api.invoke(method, input);
      running++;
      try {
        return await api.invoke(method, input);
      } finally {
        running--;
        lastFinished = Date.now();
      }
    },
    subscribe: (listener) => api.subscribe(listener),
    isEchoOfOwnWrite: () => running > 0 || Date.now() - lastFinished < ECHO_WINDOW_MS,
  };
}

/**
 * Keeps the window true to the journal when something else writes to it (the CLI, another
 * window): every query is refetched. Our own writes already update exactly what they touch.
 */
export function followBackendChanges(api: TrackedApi, client: QueryClient): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = api.subscribe((event) => {
    if (event.type !== 'changed') return;
    if (event.source === 'local' && api.isEchoOfOwnWrite()) return;
    // Several commits in a burst (an import, a script) cause one refetch, not one each.
    clearTimeout(timer);
    timer = setTimeout(() => void client.invalidateQueries(), 100);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
