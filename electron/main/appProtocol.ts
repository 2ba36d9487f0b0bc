import fs from 'node:fs';
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { APP_HOST, APP_SCHEME } from './appOrigin';

/**
 * `standard` gives app:// real origins and relative URLs; `secure` makes it a secure context
 * like https; `supportFetchAPI` lets module scripts and preloads load from it.
 * Must be registered before the app is ready.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type AppFileResolution =
  | { ok: true; file: string; mimeType: string }
  | { ok: false; status: 400 | 403 | 404; reason: string };

/**
 * Maps an app:// URL to a file under `rootDir` (out/renderer). Anything that would leave that
 * folder (../, encoded ..%2f, backslashes, absolute paths, NUL bytes) is refused. Paths without
 * an extension are the single-page app's own routes and get index.html.
 */
export function resolveAppFile(rootDir: string, requestUrl: string): AppFileResolution {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400, reason: 'not a URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) {
    return { ok: false, status: 404, reason: 'not an app URL' };
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400, reason: 'malformed escape' };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { ok: false, status: 403, reason: 'forbidden character' };
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) {
    return { ok: false, status: 403, reason: 'path traversal' };
  }
  const relative = segments.length === 0 || path.extname(segments[segments.length - 1] ?? '') === '' ? ['index.html'] : segments;
  const root = path.resolve(rootDir);
  const file = path.resolve(root, ...relative);
  const fromRoot = path.relative(root, file);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) {
    return { ok: false, status: 403, reason: 'outside the app folder' };
  }
  return { ok: true, file, mimeType: mimeTypeFor(file) };
}

/**
 * The protocol handler: serves built renderer files with our CSP as a header (the page's own
 * meta tag may be edited by anyone; the header is set here, where the renderer cannot reach).
 */
export function createAppProtocolHandler(options: {
  rootDir: string;
  contentSecurityPolicy: string;
  readFile?: (file: string) => Promise<Uint8Array>;
}): (request: Request) => Promise<Response> {
  // fs.promises, because Electron teaches it to read inside app.asar.
  const readFile = options.readFile ?? ((file: string) => fs.promises.readFile(file));
  const headers = (contentType: string) => ({
    'content-type': contentType,
    'content-security-policy': options.contentSecurityPolicy,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-cache',
  });
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: headers('text/plain; charset=utf-8') });
    }
    const resolved = resolveAppFile(options.rootDir, request.url);
    if (!resolved.ok) {
      return new Response(resolved.reason, { status: resolved.status, headers: headers('text/plain; charset=utf-8') });
    }
    let body: Uint8Array;
    try {
      body = await readFile(resolved.file);
    } catch {
      return new Response('Not found', { status: 404, headers: headers('text/plain; charset=utf-8') });
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: headers(resolved.mimeType),
    });
  };
}
