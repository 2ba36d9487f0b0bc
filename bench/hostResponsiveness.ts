/**
 * `npx tsx bench/hostResponsiveness.ts [entries]` (needs `npm run build`): how responsive the main
 * process stays while the backend drafts résumé bullets over a whole journal.
 *
 * A stand-in for Electron's main process measures its own event-loop delay (perf_hooks) and the
 * latency of a cheap call (settings.get, every 50 ms) while `review.bullets` runs over every entry:
 *   before: the backend in the main process, as the app used to run it (dispatch called directly);
 *   after:  the backend hosts (out/main/host.js) forked as main forks its utility processes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend } from '../electron/core/backend';
import { forkHost } from '../electron/host/forkHost';
import { superviseBackendHosts } from '../electron/host/longWork';
import { syntheticEntries } from './synthetic';

const size = Number(process.argv[2] ?? 10_000);
const HOST = path.resolve(import.meta.dirname, '../out/main/host.js');
if (!fs.existsSync(HOST)) throw new Error('out/main/host.js is missing: run npm run build first');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-host-bench-'));
const file = path.join(dir, 'journal.db');
const bulletsInput = { period: { kind: 'custom', from: '1990-01-01', to: '2030-12-31' } };

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function measure(label: string, call: (method: string, input: unknown) => Promise<{ ok: boolean }>): Promise<void> {
  // A 10 ms timer: how late each tick comes is the loop's delay. (perf_hooks' histogram misses a
  // loop blocked once for the whole call, which is what "before" is.)
  const delays: number[] = [];
  let last = performance.now();
  const sampler = setInterval(() => {
    const now = performance.now();
    delays.push(Math.max(0, now - last - 10));
    last = now;
  }, 10);
  const cheap: number[] = [];
  let running = true;
  const ticker = (async () => {
    while (running) {
      const start = performance.now();
      await call('settings.get', {});
      cheap.push(performance.now() - start);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const start = performance.now();
  const result = await call('review.bullets', bulletsInput);
  const longMs = performance.now() - start;
  // One more turn of the loop, so a loop blocked by the call itself gets its delay recorded.
  await new Promise((resolve) => setTimeout(resolve, 20));
  clearInterval(sampler);
  running = false;
  await ticker;
  if (!result.ok) throw new Error(`review.bullets failed: ${JSON.stringify(result)}`);
  console.log(
    `${label}: review.bullets ${longMs.toFixed(0)} ms; main event-loop delay p50 ${percentile(delays, 50).toFixed(1)} ms, ` +
      `p99 ${percentile(delays, 99).toFixed(1)} ms, max ${Math.max(...delays).toFixed(1)} ms; cheap call during it: ${cheap.length} calls, ` +
      `p50 ${percentile(cheap, 50).toFixed(1)} ms, p99 ${percentile(cheap, 99).toFixed(1)} ms, max ${Math.max(...cheap).toFixed(1)} ms`,
  );
}

try {
  const seed = openBackend({ databasePath: file, externalPollMs: 0 });
  const entries = syntheticEntries(size);
  seed.db.transaction(() => {
    for (const e of entries) {
      const created = seed.dispatch('entries.create', {
        date: e.date,
        title: e.title,
        body: e.body,
        impact: e.impact,
        section: e.section,
        starred: e.starred,
      });
      if (!created.ok) throw new Error(created.error.message);
    }
  })();
  console.log(`${size.toLocaleString('en-US')} entries`);

  // Before: the backend on the main stand-in's own thread.
  await measure('in main (before)', (method, input) => Promise.resolve(seed.dispatch(method, input)));
  seed.close();

  // After: the two backend hosts, as child processes.
  const hosts = superviseBackendHosts({ spawn: () => forkHost(HOST), databasePath: file, onEvent: () => {}, onCrash: () => {} });
  await hosts.opened;
  // Both hosts started and warm before measuring.
  await hosts.call('review.period', { period: { kind: 'year', year: 2026 } });
  await hosts.call('review.check', { period: { kind: 'year', year: 2026 } });
  await measure('backend hosts (after)', (method, input) => hosts.call(method, input));
  await hosts.close();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
