import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackendEvent } from '../../shared/api/contract';

/**
 * `npm run serve` for real: the built bridge as a child process, with its two backend host
 * processes (interactive and long work). A long import runs in the long-work host while cheap
 * calls are answered, and its progress reaches a browser's event stream while it runs.
 */
const root = path.resolve(import.meta.dirname, '../..');
const SERVE = path.join(root, 'out/bridge/serve.js');
const SLOW = 240_000;
const TOKEN = 'bridge-hosts-token-0123';
const ENTRIES = 12_000;

let dir: string;
let serve: ChildProcess;
let base: string;

beforeAll(async () => {
  if (!fs.existsSync(path.join(root, 'out/bridge/host.js'))) throw new Error('out/bridge/host.js is missing: run npm run build first');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-bridge-hosts-'));
  serve = spawn(process.execPath, [SERVE, '--db', path.join(dir, 'journal.db'), '--port', '0', '--token', TOKEN], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  base = await new Promise<string>((resolve, reject) => {
    let output = '';
    serve.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Open (http:\/\/127\.0\.0\.1:\d+)\//.exec(output)?.[1];
      if (url) resolve(url);
    });
    serve.once('exit', (code) => reject(new Error(`serve exited with ${String(code)}:\n${output}`)));
  });
}, SLOW);

afterAll(async () => {
  if (serve && serve.exitCode === null) {
    const exited = new Promise((resolve) => serve.once('exit', resolve));
    serve.kill('SIGTERM');
    await exited;
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

function rpc(method: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { message: string } }> {
  return fetch(`${base}/rpc/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify(input),
  }).then((response) => response.json() as Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>);
}

/** Reads the bridge's Server-Sent Events as a browser's EventSource would. */
function listen(onEvent: (event: BackendEvent) => void): Promise<() => void> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${base}/events?token=${TOKEN}`, (response) => {
      let buffer = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        buffer += chunk;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(frame)?.[1];
          if (data) onEvent(JSON.parse(data) as BackendEvent);
        }
      });
      resolve(() => request.destroy());
    });
    request.on('error', reject);
  });
}

function jrnlFile(count: number): string {
  const entries = Array.from({ length: count }, (_, i) => ({
    title: `Reviewed the rollout plan number ${i} @work`,
    body: `Walked the team through step ${i} of the migration.`,
    date: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
    time: '09:00',
    tags: ['@work'],
    starred: false,
  }));
  return Buffer.from(JSON.stringify({ tags: {}, entries })).toString('base64');
}

describe('the bridge over the backend hosts', () => {
  it(
    'answers cheap calls while a long import runs, and streams its progress as it goes',
    async () => {
      const events: BackendEvent[] = [];
      let firstProgress: () => void = () => {};
      const progressSeen = new Promise<void>((resolve) => (firstProgress = resolve));
      const stop = await listen((event) => {
        events.push(event);
        if (event.type === 'progress') firstProgress();
      });

      const finished: string[] = [];
      const importing = rpc('import.commit', { fileName: 'journal.json', data: jrnlFile(ENTRIES) }).then((reply) => {
        finished.push('import');
        return reply;
      });
      // The import is under way (it has reported its first thousand): now the cheap calls.
      await progressSeen;
      const progressBeforeAnswer = events.filter((e) => e.type === 'progress').length;
      const cheap = ['themes.list', 'entries.list', 'settings.get'].map((method) =>
        rpc(method, {}).then((reply) => {
          finished.push(method);
          return reply;
        }),
      );
      const [imported, ...answers] = await Promise.all([importing, ...cheap]);
      stop();

      expect(imported).toMatchObject({ ok: true, value: { created: ENTRIES } });
      for (const answer of answers) expect(answer.ok).toBe(true);
      expect(finished.indexOf('import')).toBe(3);
      expect(progressBeforeAnswer).toBeGreaterThan(0);
      const progress = events.filter((e): e is Extract<BackendEvent, { type: 'progress' }> => e.type === 'progress');
      const writing = progress.filter((e) => e.phase === 'writing').map((e) => e.done);
      expect(writing).toEqual(Array.from({ length: ENTRIES / 1000 }, (_, i) => (i + 1) * 1000));
      expect(progress.every((e) => e.task === 'import' && e.total === ENTRIES)).toBe(true);
      // The import's commit is seen by the interactive host too.
      const themes = (await rpc('themes.list', {})).value as { name: string; entryCount: number }[];
      expect(themes.find((t) => t.name === 'work')?.entryCount).toBe(ENTRIES);
    },
    SLOW,
  );
});
