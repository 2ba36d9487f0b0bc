import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { BackendEvent } from '../../shared/api/contract';
import type { RpcResult } from '../../shared/api/errors';
import { openBackend } from '../../electron/core/backend';
import { forkHost } from '../../electron/host/forkHost';
import { type BackendHosts, superviseBackendHosts } from '../../electron/host/longWork';
import type { CrashReport } from '../../electron/host/supervisor';

/**
 * The backend host for real: the built out/main/host.js started with child_process.fork (the same
 * messages Electron's utilityProcess carries), called, killed with SIGKILL, and restarted by the
 * supervisor main uses. Real journal files in a temp folder.
 */
const root = path.resolve(import.meta.dirname, '../..');
const HOST = path.join(root, 'out/main/host.js');
const SLOW = 180_000;

let dir: string;
let hosts: BackendHosts | null = null;
const crashes: Array<CrashReport & { host: string }> = [];
const events: BackendEvent[] = [];

beforeAll(() => {
  if (!fs.existsSync(HOST)) throw new Error('out/main/host.js is missing: run npm run build first');
});

function start(databasePath: string, options: { maxCrashes?: number } = {}): BackendHosts {
  crashes.length = 0;
  events.length = 0;
  hosts = superviseBackendHosts({
    spawn: () => forkHost(HOST),
    databasePath,
    onEvent: (event) => events.push(event),
    onCrash: (report) => crashes.push(report),
    ...options,
  });
  return hosts;
}

function journal(): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-host-'));
  return path.join(dir, 'chronicle.db');
}

afterEach(async () => {
  await hosts?.close();
  hosts = null;
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function value<T>(result: RpcResult<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function until(check: () => boolean): Promise<void> {
  await expect.poll(check, { timeout: SLOW, interval: 50 }).toBe(true);
}

describe('the backend host process', () => {
  it(
    'answers the contract and tells main about writes',
    async () => {
      const host = start(journal());
      await host.opened;
      const created = value<{ id: string; title: string }>(
        await host.call('entries.create', { date: '2026-05-01', title: 'Moved the backend out of the main process' }),
      );
      expect(created.title).toBe('Moved the backend out of the main process');
      await until(() => events.some((event) => event.type === 'changed' && event.source === 'local'));
      expect(await host.call('entries.create', { date: 'yesterday' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(await host.call('no.such', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    },
    SLOW,
  );

  it(
    'is restarted after a crash, reports it, and loses no acknowledged write',
    async () => {
      const file = journal();
      const host = start(file);
      await host.opened;
      const acknowledged: string[] = [];
      const calls: Array<Promise<void>> = [];
      const firstPid = host.interactive.current()?.pid;
      let killed = false;
      for (let i = 0; i < 40; i++) {
        calls.push(
          host.call('entries.create', { date: '2026-05-02', title: `Write number ${i}` }).then((result) => {
            if (result.ok) acknowledged.push((result.value as { id: string }).id);
            // Killed once twenty writes are acknowledged: the rest are in flight or not yet sent.
            if (acknowledged.length === 20 && !killed) {
              killed = true;
              host.interactive.current()?.kill();
            }
          }),
        );
      }
      await Promise.all(calls);
      await until(() => crashes.length === 1);
      expect(crashes[0]).toMatchObject({ host: 'interactive', restarting: true });
      expect(acknowledged.length).toBeGreaterThanOrEqual(20);

      // A call after the crash waits for the new process and is answered.
      const listed = value<{ items: Array<{ id: string }> }>(await host.call('entries.list', { limit: 200 }));
      expect(host.interactive.current()?.pid).not.toBe(firstPid);
      const ids = new Set(listed.items.map((entry) => entry.id));
      expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
      await hosts?.close();
      hosts = null;

      // And on disk, read by another connection.
      const db = new Database(file, { readonly: true });
      const onDisk = new Set((db.prepare('SELECT id FROM entries').all() as Array<{ id: string }>).map((row) => row.id));
      db.close();
      expect(acknowledged.filter((id) => !onDisk.has(id))).toEqual([]);
    },
    SLOW,
  );

  it(
    'gives up after crashing too often, and says so',
    async () => {
      const host = start(journal(), { maxCrashes: 1 });
      await host.opened;
      host.interactive.current()?.kill();
      await until(() => crashes.length === 1);
      await host.call('settings.get', {});
      host.interactive.current()?.kill();
      await until(() => crashes.length === 2);
      expect(crashes.map((crash) => crash.restarting)).toEqual([true, false]);
      expect(await host.call('settings.get', {})).toMatchObject({
        ok: false,
        error: { code: 'internal', message: expect.stringMatching(/no longer restarted/) },
      });
    },
    SLOW,
  );

  it(
    'refuses a journal from a newer Chronicle and leaves it untouched',
    async () => {
      const file = journal();
      const db = new Database(file);
      db.pragma('user_version = 999');
      db.close();
      const bytes = fs.readFileSync(file);
      const host = start(file);
      await expect(host.opened).rejects.toMatchObject({ code: 'database_too_new' });
      expect(fs.readFileSync(file).equals(bytes)).toBe(true);
      expect(crashes).toEqual([]);
    },
    SLOW,
  );
});

describe('long work', () => {
  it(
    'runs in its own host, so a quick call made during it is answered first',
    async () => {
      const file = journal();
      // A few thousand entries through the real create path, so drafting bullets takes a while.
      const seed = openBackend({ databasePath: file, externalPollMs: 0 });
      seed.db.transaction(() => {
        for (let i = 0; i < 3000; i++) {
          const day = `2025-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
          const created = seed.dispatch('entries.create', {
            date: day,
            title: `Shipped the reporting change number ${i}`,
            body: 'Rewrote the export job so that customers get their reports on time, with the on-call runbook updated.',
            impact: 'Cut report latency from 40 minutes to 6 minutes for 120 customers.',
          });
          if (!created.ok) throw new Error(created.error.message);
        }
      })();
      seed.close();

      const host = start(file);
      await host.opened;
      // Both hosts up before timing anything.
      value(await host.call('review.period', { period: { kind: 'year', year: 2025 } }));
      value(await host.call('review.check', { period: { kind: 'year', year: 2025 } }));

      const order: string[] = [];
      const long = host.call('review.bullets', { period: { kind: 'year', year: 2025 } }).then((result) => {
        order.push('bullets');
        return result;
      });
      const quick = host.call('settings.get', {}).then((result) => {
        order.push('settings');
        return result;
      });
      const [bullets, settings] = await Promise.all([long, quick]);
      expect(value<unknown[]>(bullets).length).toBeGreaterThan(100);
      expect(settings.ok).toBe(true);
      expect(order).toEqual(['settings', 'bullets']);
      expect(host.longWork.current()?.pid).not.toBe(host.interactive.current()?.pid);
    },
    SLOW,
  );
});
