import { describe, expect, it } from 'vitest';
import type { PushEvent } from '../../shared/api/contract';
import { ChronicleError } from '../../shared/api/errors';
import type { Api } from '../../renderer/api/client';
import { createWorkTracker } from '../../renderer/api/workInProgress';

/** A backend double whose answers the test gives by hand, so a call stays running until it says. */
function manualApi() {
  const listeners = new Set<(event: PushEvent) => void>();
  const answers: Array<{ method: string; settle: (ok: boolean) => void }> = [];
  const api: Api = {
    invoke: (method) =>
      new Promise((resolve, reject) => {
        answers.push({ method, settle: (ok) => (ok ? resolve(undefined as never) : reject(new ChronicleError('internal', 'broke'))) });
      }),
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return { api, answers, push: (event: PushEvent) => listeners.forEach((l) => l(event)) };
}

describe('the work in progress a window shows', () => {
  it('follows a long call with the counts the backend reports, until it answers', async () => {
    const { api, answers, push } = manualApi();
    const tracker = create();
    const tracked = tracker.track(api);
    const importing = tracked.invoke('import.commit', { fileName: 'journal.json', data: '' });
    const listing = tracked.invoke('entries.list', {});
    expect(tracker.current().map((w) => [w.method, w.task])).toEqual([['import.commit', 'import']]);
    expect(tracker.current()[0]?.total).toBeUndefined();

    push({ type: 'progress', task: 'import', phase: 'writing', done: 3000, total: 12000 });
    // Another kind of work's progress leaves this one alone.
    push({ type: 'progress', task: 'export', phase: 'writing', done: 1, total: 2 });
    expect(tracker.current()[0]).toMatchObject({ phase: 'writing', done: 3000, total: 12000 });

    answers.find((a) => a.method === 'entries.list')?.settle(true);
    await listing;
    expect(tracker.current()).toHaveLength(1);
    answers.find((a) => a.method === 'import.commit')?.settle(true);
    await importing;
    expect(tracker.current()).toEqual([]);
  });

  it('forgets a long call that failed, and tells its listeners each time', async () => {
    const { api, answers } = manualApi();
    const tracker = create();
    let told = 0;
    tracker.subscribe(() => told++);
    const drafting = tracker.track(api).invoke('review.bullets', { period: { kind: 'year', year: 2026 } });
    expect(tracker.current().map((w) => w.task)).toEqual(['review']);
    answers[0]?.settle(false);
    await expect(drafting).rejects.toThrow('broke');
    expect(tracker.current()).toEqual([]);
    expect(told).toBe(2);
  });
});

function create() {
  let now = 0;
  return createWorkTracker(() => (now += 10));
}
