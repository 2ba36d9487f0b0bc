import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler, mimeTypeFor, resolveAppFile } from '../../electron/main/appProtocol';

let root: string;
let outside: string;
beforeAll(() => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-protocol-'));
  root = path.join(base, 'renderer');
  outside = path.join(base, 'secret.txt');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Chronicle</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}');
  fs.writeFileSync(outside, 'not for the renderer');
});
afterAll(() => fs.rmSync(path.dirname(root), { recursive: true, force: true }));

describe('the app:// scheme', () => {
  it('is standard and secure, so pages get a real origin and a secure context', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP');
  });
});

describe('resolving app:// URLs to files', () => {
  it('maps a path to the file under the renderer folder', () => {
    expect(resolveAppFile(root, 'app://chronicle/assets/index-abc.js')).toEqual({
      ok: true,
      file: path.join(root, 'assets', 'index-abc.js'),
      mimeType: 'text/javascript; charset=utf-8',
    });
  });

  it('serves index.html for the root and for the app’s own routes', () => {
    for (const url of ['app://chronicle/', 'app://chronicle', 'app://chronicle/review/2026', 'app://chronicle/index.html?x=1#y']) {
      const resolved = resolveAppFile(root, url);
      expect(resolved).toMatchObject({ ok: true, file: path.join(root, 'index.html'), mimeType: 'text/html; charset=utf-8' });
    }
  });

  it.each([
    'app://chronicle/../secret.txt',
    'app://chronicle/%2e%2e/secret.txt',
    'app://chronicle/assets/%2e%2e/%2e%2e/secret.txt',
    'app://chronicle/..%2fsecret.txt',
    'app://chronicle/..%5csecret.txt',
    'app://chronicle/%2e%2e%5c%2e%2e%5csecret.txt',
    'app://chronicle/assets/%00.js',
  ])('refuses to leave the renderer folder: %s', (url) => {
    const resolved = resolveAppFile(root, url);
    if (resolved.ok) expect(path.relative(root, resolved.file).startsWith('..')).toBe(false);
    else expect([400, 403, 404]).toContain(resolved.status);
  });

  it('refuses other hosts and schemes, and malformed escapes', () => {
    expect(resolveAppFile(root, 'app://elsewhere/index.html')).toMatchObject({ ok: false, status: 404 });
    expect(resolveAppFile(root, 'file:///etc/passwd')).toMatchObject({ ok: false, status: 404 });
    expect(resolveAppFile(root, 'app://chronicle/%E0%A4%A.js')).toMatchObject({ ok: false, status: 400 });
  });

  it('names the MIME type a browser needs for each kind of file', () => {
    expect(mimeTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('a.mjs')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('a.PNG')).toBe('image/png');
    expect(mimeTypeFor('a.exe')).toBe('application/octet-stream');
  });
});

describe('the protocol handler', () => {
  const handle = () => createAppProtocolHandler({ rootDir: root, contentSecurityPolicy: "script-src 'self'" });

  it('returns the file with its type, the CSP header and nosniff', async () => {
    const response = await handle()(new Request('app://chronicle/index.html'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Chronicle</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers 404 for a missing file and 403 for traversal, with the CSP still set', async () => {
    const missing = await handle()(new Request('app://chronicle/assets/nope.js'));
    expect(missing.status).toBe(404);
    const traversal = await handle()(new Request('app://chronicle/..%2fsecret.txt'));
    expect(traversal.status).toBe(403);
    expect(await traversal.text()).not.toContain('not for the renderer');
    expect(traversal.headers.get('content-security-policy')).toBe("script-src 'self'");
  });

  it('serves only reads', async () => {
    const response = await handle()(new Request('app://chronicle/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });
});
