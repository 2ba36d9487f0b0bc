import fs from 'node:fs';
import type { CustomScheme } from 'electron';
import { mimeTypeFor, resolveStaticPath, type StaticResolution } from '../core/staticFiles';
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

export { mimeTypeFor };

export type AppFileResolution = StaticResolution;

/**
 * Maps an app:// URL to a file under `rootDir` (out/renderer): other schemes and hosts are 404,
 * the path itself goes through the one static-file resolver (electron/core/staticFiles.ts), which
 * refuses anything that would leave that folder and gives the app's own routes index.html.
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
  return resolveStaticPath(rootDir, url.pathname);
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
