import type { QueryClient } from '@tanstack/react-query';
import { isMutation } from '../../shared/api/contract';
import type { Api } from '../api/client';

/** An own write's echo that has not come back by then is taken as lost (a dropped connection). */
const ECHO_TIMEOUT_MS = 5000;

export interface TrackedApi extends Api {
  /**
   * Whether a `local` change event is the echo of one of this window's own writes. Each write
   * expects exactly one echo, so a write made elsewhere in the same process (the quick-capture
   * window, another tab on the bridge) still refreshes this window even while it is typing.
   */
  takeOwnEcho(): boolean;
}

/** Counts this window's writes, so that their change events do not refetch everything. */
export function trackOwnWrites(api: Api, now: () => number = Date.now): TrackedApi {
  // One timestamp per write whose echo has not arrived yet. The backend sends its event before
  // the call returns, so a write is expected from the moment it is sent; a failed write sends
  // no event and is forgotten.
  let expected: number[] = [];
  return {
    async invoke(method, input) {
      if (!isMutation(method)) return api.invoke(method, input);
      const sentAt = now();
      expected.push(sentAt);
      try {
        return await api.invoke(method, input);
      } catch (error) {
        const index = expected.indexOf(sentAt);
        if (index >= 0) expected.splice(index, 1);
        throw error;
      }
    },
    subscribe: (listener) => api.subscribe(listener),
    takeOwnEcho() {
      const cutoff = now() - ECHO_TIMEOUT_MS;
      expected = expected.filter((sentAt) => sentAt >= cutoff);
      return expected.shift() !== undefined;
    },
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
    if (event.source === 'local' && api.takeOwnEcho()) return;
    // Several commits in a burst (an import, a script) cause one refetch, not one each.
    clearTimeout(timer);
    timer = setTimeout(() => void client.invalidateQueries(), 100);
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
