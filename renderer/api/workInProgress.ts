import type { MethodName, WorkTask } from '../../shared/api/contract';
import { longWorkTask } from '../../shared/api/longWork';
import type { Api } from './client';

/** One long call this window is waiting for, and how far the backend says it has got. */
export interface Work {
  id: number;
  method: MethodName;
  task: WorkTask;
  startedAt: number;
  /** From the backend's `progress` events for this task; absent until one arrives. */
  phase?: 'writing' | 'indexing';
  done?: number;
  total?: number;
}

export interface WorkTracker {
  /** The long calls still running, oldest first. */
  current: () => readonly Work[];
  subscribe: (listener: () => void) => () => void;
  /** Wraps an API so its long calls are tracked; everything else passes through untouched. */
  track<A extends Api>(api: A): A;
}

/**
 * Follows this window's long calls (see shared/api/longWork.ts) and the backend's progress events,
 * so one bar can say what is being done and, when counts are known, how much of it.
 */
export function createWorkTracker(now: () => number = Date.now): WorkTracker {
  let running: readonly Work[] = [];
  let nextId = 1;
  const listeners = new Set<() => void>();
  const changed = (next: readonly Work[]) => {
    running = next;
    listeners.forEach((listener) => listener());
  };

  return {
    current: () => running,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    track<A extends Api>(api: A): A {
      api.subscribe((event) => {
        if (event.type !== 'progress') return;
        if (!running.some((work) => work.task === event.task)) return;
        changed(
          running.map((work) => (work.task === event.task ? { ...work, phase: event.phase, done: event.done, total: event.total } : work)),
        );
      });
      return {
        ...api,
        async invoke(method, input) {
          const task = longWorkTask(method);
          if (!task) return api.invoke(method, input);
          const work: Work = { id: nextId++, method, task, startedAt: now() };
          changed([...running, work]);
          try {
            return await api.invoke(method, input);
          } finally {
            changed(running.filter((w) => w.id !== work.id));
          }
        },
      };
    },
  };
}
