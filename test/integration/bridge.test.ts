import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Bridge, MAX_REQUEST_BYTES, startBridge } from '../../electron/bridge/server';
import { openTestJournal, type TestJournal } from './journal';

const TOKEN = 'test-token-0123456789';
let journal: TestJournal;
let bridge: Bridge;
let rendererDir: string;

beforeAll(async () => {
  journal = openTestJournal();
  rendererDir = path.join(journal.dir, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Chronicle</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(journal.dir, 'secret.txt'), 'not for the browser');
  bridge = await startBridge({ backend: journal.backend, rendererDir, token: TOKEN });
});
afterAll(async () => {
  await bridge.close();
  journal.close();
});

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request, so that Host and other headers can be forged as an attacker would. */
function request(options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: bridge.port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

function rpc(method: string, input: unknown, headers: Record<string, string> = {}) {
  return request({
    method: 'POST',
    path: `/rpc/${method}`,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, ...headers },
    body: JSON.stringify(input),
  });
}

describe('the loopback bridge', () => {
  it('listens on 127.0.0.1 only', () => {
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/`);
  });

  it('runs contract methods over HTTP with the token', async () => {
    const created = await rpc('entries.create', { date: '2026-05-01', title: 'Over HTTP 🚀' });
    expect(created.status).toBe(200);
    const body = JSON.parse(created.body) as { ok: boolean; value: { title: string } };
    expect(body).toMatchObject({ ok: true, value: { title: 'Over HTTP 🚀' } });
    const listed = JSON.parse((await rpc('entries.list', {})).body) as { value: { items: unknown[] } };
    expect(listed.value.items).toHaveLength(1);
  });

  it('answers validation errors with their code and a 400', async () => {
    const reply = await rpc('entries.create', { date: '2026-02-30', title: 'x' });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: '2026-02-30 is not a day on the calendar' },
    });
  });

  it('refuses calls without the token, or with a wrong one, and writes nothing', async () => {
    const count = () => journal.call('system.info', {}).entryCount;
    const before = count();
    for (const authorization of [undefined, 'Bearer wrong-token-000000000', `Basic ${TOKEN}`, `Bearer ${TOKEN}x`]) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (authorization) headers.authorization = authorization;
      const reply = await request({
        method: 'POST',
        path: '/rpc/entries.create',
        headers,
        body: JSON.stringify({ date: '2026-05-01', title: 'forged' }),
      });
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(count()).toBe(before);
  });

  it('refuses a forged Host header (DNS rebinding) and a foreign Origin', async () => {
    const rebound = await rpc('system.info', {}, { host: `evil.example:${bridge.port}` });
    expect(rebound.status).toBe(421);
    const foreign = await rpc('system.info', {}, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    const own = await rpc('system.info', {}, { origin: `http://127.0.0.1:${bridge.port}` });
    expect(own.status).toBe(200);
    const page = await request({ path: '/', headers: { host: 'attacker.test' } });
    expect(page.status).toBe(421);
  });

  it('answers an unknown method, bad JSON, a wrong content type and GET on /rpc clearly', async () => {
    const unknown = await rpc('entries.explode', {});
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body)).toMatchObject({ error: { code: 'unknown_method' } });
    const badJson = await request({
      method: 'POST',
      path: '/rpc/system.info',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: '{"truncated": ',
    });
    expect(badJson.status).toBe(400);
    expect(JSON.parse(badJson.body)).toMatchObject({ error: { message: 'The request body is not valid JSON.' } });
    const form = await request({
      method: 'POST',
      path: '/rpc/system.info',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${TOKEN}` },
      body: 'a=b',
    });
    expect(form.status).toBe(415);
    expect((await request({ path: '/rpc/system.info' })).status).toBe(405);
  });

  it('refuses a method that writes to a path on disk, and writes nothing', async () => {
    const target = path.join(journal.dir, 'written-by-a-page.md');
    const reply = await rpc('export.save', { export: { kind: 'archive', format: 'markdown' }, to: target });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(fs.existsSync(target)).toBe(false);
  });

  it('refuses a request body over the limit', async () => {
    const reply = await rpc('entries.create', { date: '2026-05-01', title: 'big', body: 'x'.repeat(MAX_REQUEST_BYTES + 10) });
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ error: { code: 'invalid_input' } });
  });

  it('serves the renderer with a strict content security policy, and nothing outside it', async () => {
    const index = await request({ path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect((await request({ path: '/assets/app.js' })).headers['content-type']).toMatch(/javascript/);
    for (const escape of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/missing.js',
      '/index.html%00.js',
    ]) {
      const reply = await request({ path: escape });
      expect(reply.status, escape).toBe(404);
      expect(reply.body).not.toContain('not for the browser');
    }
  });

  it('pushes a change event to subscribers, token required', async () => {
    expect((await request({ path: '/events?token=wrong' })).status).toBe(401);
    const events = await new Promise<string>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port: bridge.port, path: `/events?token=${TOKEN}` }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => {
          text += chunk.toString();
          if (text.includes('data:')) {
            req.destroy();
            resolve(text);
          }
        });
        // Once connected, make a change through the backend.
        setTimeout(() => void rpc('entries.create', { date: '2026-05-02', title: 'Pushed' }), 50);
      });
      req.on('error', (error) => (error.message.includes('aborted') ? undefined : reject(error)));
    });
    expect(events).toContain('data: {"type":"changed","source":"local"}');
  });
});
