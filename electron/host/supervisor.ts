import type { BackendEvent } from '../../shared/api/contract';
import { ChronicleError, type RpcResult } from '../../shared/api/errors';
import type { FromHost, ToHost } from './protocol';

/** A started host process, whichever way it was started (utilityProcess, child_process.fork). */
export interface HostProcess {
  send(message: ToHost): void;
  onMessage(listener: (message: FromHost) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
  /** The OS process id, where there is one. */
  readonly pid?: number;
}

export interface CrashReport {
  /** The host's exit code (null when killed by a signal). */
  code: number | null;
  /** Whether it is being started again; false once it has crashed too often to keep trying. */
  restarting: boolean;
}

export interface SupervisorOptions {
  spawn: () => HostProcess;
  databasePath: string;
  /** How often the host looks for other processes' writes (the CLI); passed to openBackend. */
  externalPollMs?: number;
  /** Rolling backups on open and on close (only the interactive host takes them). */
  automaticBackups?: boolean;
  onEvent: (event: BackendEvent) => void;
  onCrash: (report: CrashReport) => void;
  /** Crashes tolerated within `crashWindowMs` before giving up. */
  maxCrashes?: number;
  crashWindowMs?: number;
  now?: () => number;
}

export interface BackendHost {
  /** Resolves once the journal is open; rejects with the ChronicleError that stopped it. */
  readonly opened: Promise<void>;
  call(method: string, input: unknown): Promise<RpcResult<unknown>>;
  /** The running host process (tests kill it to check the restart). */
  current(): HostProcess | null;
  close(): Promise<void>;
}

const LOST: RpcResult<unknown> = {
  ok: false,
  error: {
    code: 'internal',
    message: 'Chronicle’s backend stopped while doing this and has been restarted. Check whether this change was saved, then try again.',
  },
};
const GAVE_UP: RpcResult<unknown> = {
  ok: false,
  error: { code: 'internal', message: 'Chronicle’s backend keeps stopping, so it is no longer restarted. Quit and reopen Chronicle.' },
};

const CLOSING: RpcResult<unknown> = {
  ok: false,
  error: { code: 'internal', message: 'Chronicle is closing; this was not done.' },
};

/**
 * Main's side of the backend host: starts it, opens the journal in it, matches answers to calls,
 * and when the process dies, fails the calls it had not answered (they may or may not have been
 * applied), tells the user, and starts a new one. Calls made while it restarts wait for it.
 * Answered calls were committed before the answer was sent, so a crash loses none of them.
 */
export function superviseBackendHost(options: SupervisorOptions): BackendHost {
  const now = options.now ?? Date.now;
  const maxCrashes = options.maxCrashes ?? 3;
  const crashWindowMs = options.crashWindowMs ?? 60_000;
  const crashes: number[] = [];
  const pending = new Map<number, (result: RpcResult<unknown>) => void>();
  /** Calls made before the host is (re)opened, sent once it is. */
  let waiting: Array<{ id: number; method: string; input: unknown }> = [];
  let nextId = 1;
  let child: HostProcess | null = null;
  let ready = false;
  let closing = false;
  let gaveUp = false;
  let closed: (() => void) | null = null;

  let settleOpened: { resolve: () => void; reject: (error: ChronicleError) => void } | null = null;
  const opened = new Promise<void>((resolve, reject) => (settleOpened = { resolve, reject }));
  // Callers that never look at `opened` (a restart) must not see an unhandled rejection.
  opened.catch(() => {});

  function start(): void {
    ready = false;
    const started = options.spawn();
    child = started;
    started.onMessage((message) => {
      if (child !== started) return;
      switch (message.type) {
        case 'opened': {
          ready = true;
          settleOpened?.resolve();
          settleOpened = null;
          const queued = waiting;
          waiting = [];
          for (const call of queued) started.send({ type: 'call', ...call });
          return;
        }
        case 'openFailed':
          settleOpened?.reject(ChronicleError.from(message.error));
          settleOpened = null;
          giveUp();
          return;
        case 'result':
          pending.get(message.id)?.(message.result);
          pending.delete(message.id);
          return;
        case 'event':
          options.onEvent(message.event);
          return;
        case 'closed':
          return;
      }
    });
    started.onExit((code) => {
      if (child !== started) return;
      child = null;
      ready = false;
      if (closing) {
        closed?.();
        return;
      }
      for (const [id, resolve] of pending) {
        resolve(LOST);
        pending.delete(id);
      }
      if (gaveUp) return;
      const at = now();
      crashes.push(at);
      while (crashes.length > 0 && (crashes[0] ?? at) < at - crashWindowMs) crashes.shift();
      const restarting = crashes.length <= maxCrashes && settleOpened === null;
      if (!restarting) giveUp();
      options.onCrash({ code, restarting });
      if (restarting) start();
    });
    started.send({
      type: 'open',
      databasePath: options.databasePath,
      externalPollMs: options.externalPollMs,
      automaticBackups: options.automaticBackups,
    });
  }

  function giveUp(): void {
    gaveUp = true;
    settleOpened?.reject(new ChronicleError('internal', 'Chronicle’s backend stopped before the journal was open.'));
    settleOpened = null;
    for (const call of waiting) pending.get(call.id)?.(GAVE_UP);
    waiting = [];
  }

  start();

  return {
    opened,
    current: () => child,
    call(method, input) {
      if (closing) return Promise.resolve(CLOSING);
      if (gaveUp) return Promise.resolve(GAVE_UP);
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, (result) => {
          pending.delete(id);
          resolve(result);
        });
        if (ready && child) child.send({ type: 'call', id, method, input });
        else waiting.push({ id, method, input });
      });
    },
    close() {
      closing = true;
      const running = child;
      if (!running) return Promise.resolve();
      return new Promise<void>((resolve) => {
        closed = resolve;
        running.send({ type: 'close' });
        // A host that does not close within a few seconds is stopped: the app is quitting.
        // The interactive host may be taking the quit backup, which gets longer.
        setTimeout(() => running.kill(), options.automaticBackups ? 30_000 : 3_000).unref?.();
      });
    },
  };
}
