import type { PushEvent } from '../../shared/api/contract';

export interface PushQueue {
  /** Sends now if the page listens, else keeps the event for when it does. */
  push(event: PushEvent): void;
  /** A new page is loading in the window: until it says it listens, pushes are kept. */
  pageLoading(): void;
  /** The page subscribed to pushes: what was kept goes out, in order. */
  pageListening(): void;
}

/**
 * Pushes for one window. A window created to carry out a command (a notification clicked while
 * it was closed, a menu item) gets it only once its page listens; sent earlier it would be lost.
 * Kept events are deduplicated, so the backlog stays small however long the page takes: there
 * are only a handful of distinct events.
 */
export function createPushQueue(send: (event: PushEvent) => void): PushQueue {
  let listening = false;
  const pending = new Map<string, PushEvent>();
  return {
    push(event) {
      if (listening) {
        send(event);
        return;
      }
      const key = JSON.stringify(event);
      pending.delete(key);
      pending.set(key, event);
    },
    pageLoading() {
      listening = false;
    },
    pageListening() {
      listening = true;
      const kept = [...pending.values()];
      pending.clear();
      kept.forEach(send);
    },
  };
}
