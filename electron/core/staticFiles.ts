import fs from 'node:fs';
import path from 'node:path';

/**
 * The one place that maps a URL path to a file of the built renderer (out/renderer), used by both
 * the app:// protocol (electron/main/appProtocol.ts) and the loopback bridge (electron/bridge).
 */
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

export type StaticResolution = { ok: true; file: string; mimeType: string } | { ok: false; status: 400 | 403 | 404; reason: string };

/**
 * Maps a URL path (`/assets/index-abc.js`) to a file under `rootDir`. Anything that would leave
 * that folder (../, encoded ..%2f, backslashes, absolute paths, NUL bytes) is refused with 403, a
 * malformed escape with 400. Paths without an extension are the single-page app's own routes and
 * get index.html. Whether the file exists is the caller's to find out (reading it, or `exists`).
 */
export function resolveStaticPath(rootDir: string, urlPath: string): StaticResolution {
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '');
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

/** resolveStaticPath, and the file must exist (404 otherwise): for servers that stream it. */
export function resolveExistingStaticFile(rootDir: string, urlPath: string): StaticResolution {
  const resolved = resolveStaticPath(rootDir, urlPath);
  if (!resolved.ok) return resolved;
  try {
    if (!fs.statSync(resolved.file).isFile()) return { ok: false, status: 404, reason: 'not a file' };
  } catch {
    return { ok: false, status: 404, reason: 'not found' };
  }
  return resolved;
}
