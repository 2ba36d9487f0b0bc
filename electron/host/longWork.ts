import type { BackendEvent } from '../../shared/api/contract';
import { isMethodName, type MethodName } from '../../shared/api/contract';
import type { RpcResult } from '../../shared/api/errors';
import { type BackendHost, type CrashReport, superviseBackendHost, type SupervisorOptions } from './supervisor';

/**
 * Calls that can take seconds on a big journal: writing a review, résumé bullets or a packet over
 * a long period, exports, imports, drafts built from a period, loading samples. They go to a second
 * backend host with its own connection (WAL lets it read while the first writes), so a cheap call
 * (a keystroke's autosave, the week view) is answered while one of these is still working.
 *
 * A second process rather than a worker thread: Electron's utility processes load from app.asar,
 * and a crash in long work leaves the interactive host (and the user's typing) untouched.
 */
export const LONG_METHODS: ReadonlySet<MethodName> = new Set<MethodName>([
  'review.dashboard',
  'review.check',
  'review.summary',
  'review.packet',
  'review.bullets',
  'drafts.create',
  'drafts.regenerate',
  'export.file',
  'export.folder',
  'export.save',
  'import.preview',
  'import.commit',
  'samples.load',
  // Runs the user's git over a period: bounded, but it can take seconds in a large repository.
  'suggestions.list',
]);

export function isLongMethod(method: unknown): boolean {
  return isMethodName(method) && LONG_METHODS.has(method);
}

export interface BackendHosts extends BackendHost {
  /** The interactive host and the long-work host (tests kill one to check the restart). */
  readonly interactive: BackendHost;
  readonly longWork: BackendHost;
}

/**
 * Starts both hosts and routes each call to the right one. The long-work host starts once the
 * interactive one has opened the journal (which creates or migrates it), and it does not poll for
 * outside writes: the interactive host sees its commits and tells the windows.
 */
export function superviseBackendHosts(
  options: Omit<SupervisorOptions, 'onCrash'> & { onCrash: (report: CrashReport & { host: 'interactive' | 'longWork' }) => void },
): BackendHosts {
  const interactive = superviseBackendHost({ ...options, onCrash: (report) => options.onCrash({ ...report, host: 'interactive' }) });
  let longWork: BackendHost | null = null;
  const longWorkReady = interactive.opened.then(() => {
    longWork = superviseBackendHost({
      ...options,
      externalPollMs: 0,
      automaticBackups: false,
      onEvent: (event: BackendEvent) => options.onEvent(event),
      onCrash: (report) => options.onCrash({ ...report, host: 'longWork' }),
    });
    return longWork;
  });
  longWorkReady.catch(() => {});

  return {
    // Ready when the interactive host is: the first long call waits for the other if it must.
    opened: interactive.opened,
    interactive,
    get longWork(): BackendHost {
      if (!longWork) throw new Error('The long-work host starts once the journal is open.');
      return longWork;
    },
    current: () => interactive.current(),
    call(method: string, input: unknown): Promise<RpcResult<unknown>> {
      if (!isLongMethod(method)) return interactive.call(method, input);
      return longWorkReady.then(
        (host) => host.call(method, input),
        () => interactive.call(method, input),
      );
    },
    async close() {
      await Promise.all([
        interactive.close(),
        longWorkReady.then(
          (host) => host.close(),
          () => undefined,
        ),
      ]);
    },
  };
}
