import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BackendEvent } from '../../shared/api/contract';
import { NOT_FROM_PAGES } from '../../shared/api/contract';
import type { ErrorCode, RpcResult } from '../../shared/api/errors';
import { EVENTS_PATH, RPC_PATH } from '../../shared/api/transport';
import type { Backend } from '../core/backend';
import { resolveExistingStaticFile } from '../core/staticFiles';

/**
 * What the bridge serves: calls answered asynchronously and events pushed as they happen. `npm run
 * serve` gives it the two backend host processes (longWork.ts), so a cheap call is answered while a
 * long one runs and a long call's progress reaches the page while it runs; tests may give it an
 * in-process Backend (`inProcess`).
 */
export interface BridgeBackend {
  call(method: string, input: unknown): Promise<RpcResult<unknown>>;
  subscribe(listener: (event: BackendEvent) => void): () => void;
}

/** An in-process backend as a BridgeBackend: one call at a time, events sent once a call returns. */
export function inProcess(backend: Backend): BridgeBackend {
  return {
    call: (method, input) => Promise.resolve(backend.dispatch(method, input)),
    subscribe: (listener) => backend.subscribe(listener),
  };
}

export interface BridgeOptions {
  backend: BridgeBackend | Backend;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** Required on every call; random per run unless given. */
  token: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface Bridge {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Large enough for an entry at the body limit written entirely in 4-byte characters. */
export const MAX_REQUEST_BYTES = 16 * 1024 * 1024;
const HOST = '127.0.0.1';

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  invalid_input: 400,
  bad_query: 400,
  not_found: 404,
  unknown_method: 404,
  conflict: 409,
  database_too_new: 409,
  journal_empty: 409,
  journal_damaged: 409,
  journal_read_only: 409,
  journal_locked: 503,
  forbidden: 403,
  internal: 500,
};

export const BRIDGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function createToken(): string {
  return crypto.randomBytes(24).toString('base64url');
}

/**
 * Browser mode: the same dispatch as Electron's IPC, over HTTP on the loopback interface only.
 * A random token guards every call, and the Host check defeats DNS rebinding, so a web page
 * the user visits cannot reach the journal. Never part of the packaged app.
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const { rendererDir, token } = options;
  const backend = 'dispatch' in options.backend ? inProcess(options.backend) : options.backend;
  const clients = new Set<http.ServerResponse>();
  let port = 0;

  const allowedHosts = () => new Set([`${HOST}:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([...allowedHosts()].map((h) => `http://${h}`));

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://placeholder');
    if (!allowedHosts().has(req.headers.host ?? '')) {
      return sendError(res, 'forbidden', 'This address is not served here.', 421);
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) {
      return sendError(res, 'forbidden', 'Requests from other sites are refused.');
    }
    if (url.pathname.startsWith(RPC_PATH)) return handleRpc(req, res, url);
    if (url.pathname === EVENTS_PATH) return handleEvents(req, res, url);
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 'forbidden', 'Only GET is served here.', 405);
    return serveStatic(res, url.pathname, req.method === 'HEAD');
  });

  function authorized(presented: string | undefined): boolean {
    if (!presented) return false;
    const a = Buffer.from(presented);
    const b = Buffer.from(token);
    return a.length === b.length && crypto.timingSafeEqual(a, b);
  }

  function handleRpc(req: http.IncomingMessage, res: http.ServerResponse, url: URL): void {
    if (req.method !== 'POST') return sendError(res, 'forbidden', 'Calls are made with POST.', 405);
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!authorized(bearer)) return sendError(res, 'forbidden', 'Missing or wrong token.', 401);
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      return sendError(res, 'invalid_input', 'Send the input as application/json.', 415);
    }
    let method: string;
    try {
      method = decodeURIComponent(url.pathname.slice(RPC_PATH.length));
    } catch {
      return sendError(res, 'unknown_method', 'That method name is not valid.');
    }
    if (NOT_FROM_PAGES.has(method)) return sendError(res, 'forbidden', 'A page cannot ask Chronicle to write to a path on disk.', 403);
    readBody(req, MAX_REQUEST_BYTES)
      .then((text) => {
        let input: unknown;
        try {
          input = text.length === 0 ? {} : JSON.parse(text);
        } catch {
          return sendError(res, 'invalid_input', 'The request body is not valid JSON.');
        }
        return backend.call(method, input).then((result) => sendResult(res, result));
      })
      .catch((error: unknown) => {
        if (error instanceof TooLarge) {
          sendError(res, 'invalid_input', `The request is larger than ${MAX_REQUEST_BYTES / 1024 / 1024} MB.`, 413);
        } else if (!res.headersSent) {
          sendError(res, 'internal', 'The request could not be read.');
        }
      });
  }

  function handleEvents(req: http.IncomingMessage, res: http.ServerResponse, url: URL): void {
    // EventSource cannot send headers, so this one route takes the token in the query.
    if (!authorized(url.searchParams.get('token') ?? undefined)) {
      return sendError(res, 'forbidden', 'Missing or wrong token.', 401);
    }
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    clients.add(res);
    req.on('close', () => clients.delete(res));
  }

  function serveStatic(res: http.ServerResponse, pathname: string, headOnly: boolean): void {
    const found = resolveExistingStaticFile(rendererDir, pathname);
    // Every refusal is a plain 404 here: a page on the loopback port learns nothing about the disk.
    if (!found.ok) return sendError(res, 'not_found', 'Not found.', 404);
    res.writeHead(200, {
      'content-type': found.mimeType,
      'content-security-policy': BRIDGE_CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': found.mimeType.startsWith('text/html') ? 'no-store' : 'no-cache',
    });
    if (headOnly) return void res.end();
    fs.createReadStream(found.file).pipe(res);
  }

  const unsubscribe = backend.subscribe((event) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const client of clients) client.write(frame);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    url: `http://${HOST}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const client of clients) client.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

class TooLarge extends Error {}

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume();
      return reject(new TooLarge());
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new TooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendResult(res: http.ServerResponse, result: RpcResult<unknown>): void {
  const status = result.ok ? 200 : STATUS_BY_CODE[result.error.code];
  send(res, status, result);
}

function sendError(res: http.ServerResponse, code: ErrorCode, message: string, status = STATUS_BY_CODE[code]): void {
  send(res, status, { ok: false, error: { code, message } });
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}
