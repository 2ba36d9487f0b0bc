import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { PushEvent } from '../../shared/api/contract';
import { ChronicleError } from '../../shared/api/errors';
import type { Api } from '../../renderer/api/client';
import { followBackendChanges, trackOwnWrites } from '../../renderer/query/backendEvents';

/** A transport double: the real tracking and query code, with the backend's echo under test control. */
function fakeApi(fail = false) {
  const listeners = new Set<(event: PushEvent) => void>();
  const api: Api = {
    invoke: () => {
      if (fail) return Promise.reject(new ChronicleError('invalid_input', 'no'));
      return Promise.resolve(undefined as never);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { api, push: (event: PushEvent) => listeners.forEach((l) => l(event)) };
}

describe('following changes made elsewhere', () => {
  it('skips exactly one echo per own write, so another window’s write still refreshes', async () => {
    vi.useFakeTimers();
    const { api, push } = fakeApi();
    const client = new QueryClient();
    const invalidate = vi.spyOn(client, 'invalidateQueries');
    const tracked = trackOwnWrites(api);
    followBackendChanges(tracked, client);

    await tracked.invoke('entries.update', { id: 'x' });
    push({ type: 'changed', source: 'local' }); // the echo of our own write
    vi.advanceTimersByTime(200);
    expect(invalidate).not.toHaveBeenCalled();

    push({ type: 'changed', source: 'local' }); // someone else in the same process
    vi.advanceTimersByTime(200);
    expect(invalidate).toHaveBeenCalledTimes(1);

    push({ type: 'changed', source: 'external' }); // the CLI
    vi.advanceTimersByTime(200);
    expect(invalidate).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
  });

  it('expects no echo from a failed write, and reads only never expect one', async () => {
    const failing = trackOwnWrites(fakeApi(true).api);
    await expect(failing.invoke('entries.update', { id: 'x' })).rejects.toThrow('no');
    expect(failing.takeOwnEcho()).toBe(false);
    const reading = trackOwnWrites(fakeApi().api);
    await reading.invoke('entries.list', {});
    expect(reading.takeOwnEcho()).toBe(false);
  });

  it('forgets an echo that never came', async () => {
    let now = 0;
    const tracked = trackOwnWrites(fakeApi().api, () => now);
    await tracked.invoke('entries.update', { id: 'x' });
    now = 6000;
    expect(tracked.takeOwnEcho()).toBe(false);
  });
});
