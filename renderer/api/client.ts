import type { Input, MethodName, Output, PushEvent } from '../../shared/api/contract';
import { ChronicleError, isChronicleErrorData, type RpcResult } from '../../shared/api/errors';
import { EVENTS_PATH, type PreloadApi, RPC_PATH } from '../../shared/api/transport';

/** How calls reach the backend: Electron IPC in the app, HTTP in browser mode. */
export interface Transport {
  call(method: MethodName, input: unknown): Promise<RpcResult<unknown>>;
  subscribe(listener: (event: PushEvent) => void): () => void;
}

export interface Api {
  /** Calls a backend method; rejects with a ChronicleError carrying the backend's code. */
  invoke<M extends MethodName>(method: M, input: Input<M>): Promise<Output<M>>;
  subscribe(listener: (event: PushEvent) => void): () => void;
}

export function createApi(transport: Transport): Api {
  return {
    async invoke(method, input) {
      const result = await transport.call(method, input);
      if (!result.ok) throw ChronicleError.from(result.error);
      return result.value as Output<typeof method>;
    },
    subscribe: (listener) => transport.subscribe(listener),
  };
}

export function ipcTransport(preload: PreloadApi): Transport {
  return {
    call: (method, input) => preload.invoke(method, input),
    subscribe: (listener) => preload.onEvent(listener),
  };
}

/** Browser mode: the loopback bridge, authenticated with the per-run token. */
export function httpTransport(baseUrl: string, token: string): Transport {
  // One event stream for every subscriber: a browser allows only six connections to a host, and
  // each stream holds one open, so one per subscriber would leave calls waiting for a free one.
  const listeners = new Set<(event: PushEvent) => void>();
  let source: EventSource | null = null;
  const openEvents = () => {
    const events = new EventSource(`${baseUrl}${EVENTS_PATH}?token=${encodeURIComponent(token)}`);
    events.onmessage = (message) => {
      let event: PushEvent;
      try {
        event = JSON.parse(message.data as string) as PushEvent;
      } catch {
        return; // A malformed push is ignored: the next one or a refetch brings the truth.
      }
      listeners.forEach((listener) => listener(event));
    };
    return events;
  };
  return {
    async call(method, input) {
      let response: Response;
      try {
        response = await fetch(`${baseUrl}${RPC_PATH}${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return {
          ok: false,
          error: { code: 'internal', message: 'Chronicle’s backend is not reachable. Is `npm run serve` still running?' },
        };
      }
      const body: unknown = await response.json().catch(() => undefined);
      if (typeof body === 'object' && body !== null && 'ok' in body) return body as RpcResult<unknown>;
      const error = isChronicleErrorData(body)
        ? body
        : { code: 'internal' as const, message: `The backend answered ${response.status} ${response.statusText}.` };
      return { ok: false, error };
    },
    subscribe(listener) {
      listeners.add(listener);
      source ??= openEvents();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          source?.close();
          source = null;
        }
      };
    },
  };
}
const TOKEN_KEY = 'chronicle.token';

/** Electron when the preload is there, else the bridge that served this page. */
export function connect(win: Window = window): Api {
  const preload = (win as Window & { chronicle?: PreloadApi }).chronicle;
  if (preload) return createApi(ipcTransport(preload));
  // The bridge prints a URL with the token in the fragment, which never reaches a server log.
  const match = /(?:^#|&)token=([^&]+)/.exec(win.location.hash);
  if (match?.[1]) {
    win.sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    win.history.replaceState(null, '', win.location.pathname + win.location.search);
  }
  const token = win.sessionStorage.getItem(TOKEN_KEY) ?? '';
  return createApi(httpTransport(win.location.origin, token));
}
