import type { MethodName, WorkTask } from './contract';

/**
 * Calls that can take seconds on a big journal, and the kind of work each is. The backend runs
 * them in its long-work host (electron/host/longWork.ts), so cheap calls are answered meanwhile;
 * the renderer shows a progress bar for one that is still running after a moment, with counts
 * when the backend reports them (`progress` events of the same task).
 */
export const LONG_WORK: Readonly<Partial<Record<MethodName, WorkTask>>> = {
  'review.dashboard': 'review',
  'review.check': 'review',
  'review.summary': 'review',
  'review.packet': 'review',
  'review.bullets': 'review',
  'drafts.create': 'review',
  'drafts.regenerate': 'review',
  'export.file': 'export',
  'export.folder': 'export',
  'export.save': 'export',
  'import.preview': 'import',
  'import.commit': 'import',
  'samples.load': 'samples',
  // Runs the user's git over a period: bounded, but it can take seconds in a large repository.
  'suggestions.list': 'suggestions',
};

export function longWorkTask(method: MethodName): WorkTask | undefined {
  return Object.prototype.hasOwnProperty.call(LONG_WORK, method) ? LONG_WORK[method] : undefined;
}
