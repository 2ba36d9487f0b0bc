/**
 * `npm run bench`: the backend's own code paths on synthetic journals of 10k and 100k entries,
 * each figure printed beside a baseline measured in the same run (raw better-sqlite3 / FTS5
 * doing the least possible), as a ratio. Timings belong here, never in tests.
 *
 *   npm run bench                 both sizes
 *   npm run bench -- --sizes 10000
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { openBackend } from '../electron/core/backend';
import { toFtsExpression } from '../shared/domain/searchQuery';
import { syntheticEntries, THEMES } from './synthetic';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '10000,100000' } } });
const sizes = (values.sizes ?? '').split(',').map(Number).filter((n) => n > 0);

interface Stats {
  p50: number;
  p95: number;
  mean: number;
}

function measure(runs: number, work: (i: number) => void, warmup = 3): Stats {
  for (let i = 0; i < warmup; i++) work(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] as number;
  return { p50: at(0.5), p95: at(0.95), mean: times.reduce((a, b) => a + b, 0) / times.length };
}

const rows: string[][] = [];
function report(size: number, what: string, ours: Stats, baseline: Stats, target?: string) {
  rows.push([
    size.toLocaleString('en-US'),
    what,
    `${ours.p50.toFixed(2)} / ${ours.p95.toFixed(2)}`,
    `${baseline.p50.toFixed(2)} / ${baseline.p95.toFixed(2)}`,
    `${(ours.p95 / baseline.p95).toFixed(2)}×`,
    target ?? '',
  ]);
  console.log(`  ${what}: p50 ${ours.p50.toFixed(2)} ms, p95 ${ours.p95.toFixed(2)} ms (baseline p95 ${baseline.p95.toFixed(2)} ms)`);
}

function single(ms: number): Stats {
  return { p50: ms, p95: ms, mean: ms };
}

const QUERIES = {
  words: ['ranking', 'kubernetes', 'onboarding latency', 'enterprise customer', 'rollbacks'],
  phrases: ['"design doc"', '"feature store"', '"on-call runbook"', '"tight deadline"'],
  prefixes: ['kube*', 'onb*', 'lat*', 'instrum*', 'deprec*'],
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-bench-'));
try {
  for (const size of sizes) {
    console.log(`\n${size.toLocaleString('en-US')} entries`);
    const entries = syntheticEntries(size);
    const file = path.join(dir, `journal-${size}.db`);

    // Loading through the backend's own create path, in batches of one transaction each.
    let backend = openBackend({ databasePath: file, externalPollMs: 0 });
    for (const name of THEMES) if (!backend.handlers['themes.list']({}).some((t) => t.name === name)) backend.handlers['themes.create']({ name, description: '' });
    const themeIds = new Map(backend.handlers['themes.list']({}).map((t) => [t.name, t.id]));
    let start = performance.now();
    const BATCH = 5000;
    for (let i = 0; i < entries.length; i += BATCH) {
      backend.db.transaction(() => {
        for (const e of entries.slice(i, i + BATCH)) {
          const result = backend.dispatch('entries.create', {
            date: e.date, title: e.title, body: e.body, impact: e.impact, section: e.section, starred: e.starred,
            themeIds: e.themes.map((t) => themeIds.get(t) as string),
          });
          if (!result.ok) throw new Error(result.error.message);
        }
      })();
    }
    const loadMs = performance.now() - start;
    backend.close();

    const rawFile = path.join(dir, `raw-${size}.db`);
    const raw = new Database(rawFile);
    raw.pragma('journal_mode = WAL');
    raw.exec('CREATE TABLE t (date TEXT, title TEXT, body TEXT, impact TEXT); CREATE VIRTUAL TABLE f USING fts5(title, body, impact)');
    const rawInsert = raw.prepare('INSERT INTO t VALUES (?, ?, ?, ?)');
    const rawFts = raw.prepare('INSERT INTO f (rowid, title, body, impact) VALUES (?, ?, ?, ?)');
    start = performance.now();
    for (let i = 0; i < entries.length; i += BATCH) {
      raw.transaction(() => {
        for (const e of entries.slice(i, i + BATCH)) {
          const id = rawInsert.run(e.date, e.title, e.body, e.impact).lastInsertRowid;
          rawFts.run(id, e.title, e.body, e.impact);
        }
      })();
    }
    const rawLoadMs = performance.now() - start;
    raw.close();
    report(size, 'bulk load, whole journal (ms)', single(loadMs), single(rawLoadMs));

    // Opening the journal and showing the first page of the timeline.
    const openFirstPage = measure(20, () => {
      const b = openBackend({ databasePath: file, externalPollMs: 0 });
      const page = b.dispatch('entries.list', { limit: 50 });
      if (!page.ok) throw new Error(page.error.message);
      b.close();
    });
    const rawOpenFirstPage = measure(20, () => {
      const db = new Database(file, { readonly: true });
      db.prepare('SELECT seq, date, title, substr(body, 1, 800) FROM entries WHERE deleted_at IS NULL ORDER BY date DESC, seq DESC LIMIT 50').all();
      db.close();
    });
    report(size, 'open journal + first timeline page', openFirstPage, rawOpenFirstPage, size >= 100_000 ? '< 50 ms' : '');

    backend = openBackend({ databasePath: file, externalPollMs: 0 });
    const db = backend.db;
    const rawQuery = db.prepare('SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rank LIMIT 50');
    const naiveJoin = db.prepare(
      `SELECT e.*, snippet(entries_fts, -1, char(2), char(3), '…', 24) AS snippet FROM entries_fts
       JOIN entries e ON e.seq = entries_fts.rowid WHERE entries_fts MATCH ? ORDER BY rank LIMIT 50`,
    );
    const searchTarget = size >= 100_000 ? '< 50 ms' : '< 10 ms';
    for (const [kind, queries] of Object.entries(QUERIES)) {
      const ours = measure(10 * queries.length, (i) => {
        const q = queries[Math.abs(i) % queries.length] as string;
        const result = backend.dispatch('entries.search', { query: q, limit: 50 });
        if (!result.ok) throw new Error(result.error.message);
      });
      const baseline = measure(10 * queries.length, (i) => {
        rawQuery.all(toFtsExpression(queries[Math.abs(i) % queries.length] as string));
      });
      report(size, `search top 50 with snippets: ${kind}`, ours, baseline, searchTarget);
      if (kind === 'words') {
        const naive = measure(10 * queries.length, (i) => {
          naiveJoin.all(toFtsExpression(queries[Math.abs(i) % queries.length] as string));
        });
        report(size, '  (naive join-then-rank, for comparison)', naive, baseline);
      }
    }

    // Saving: autosave updates an existing entry; the baseline is one raw insert, same fsync.
    const ids = backend.handlers['entries.list']({ limit: 200, trashed: false }).items.map((e) => e.id);
    const save = measure(200, (i) => {
      const id = ids[Math.abs(i) % ids.length] as string;
      const result = backend.dispatch('entries.update', { id, body: `${entries[Math.abs(i)]?.body ?? ''} (edited ${i})` });
      if (!result.ok) throw new Error(result.error.message);
    });
    const create = measure(200, (i) => {
      const e = entries[Math.abs(i)] as (typeof entries)[number];
      const result = backend.dispatch('entries.create', { date: e.date, title: e.title, body: e.body, newThemes: e.themes });
      if (!result.ok) throw new Error(result.error.message);
    });
    db.exec('CREATE TABLE IF NOT EXISTS bench_raw (body TEXT)');
    const rawSave = db.prepare('INSERT INTO bench_raw VALUES (?)');
    const rawSaveStats = measure(200, (i) => rawSave.run(entries[Math.abs(i)]?.body ?? ''));
    report(size, 'save an edited entry (synchronous=FULL)', save, rawSaveStats, '< 5 ms');
    report(size, 'create an entry with themes (synchronous=FULL)', create, rawSaveStats, '< 5 ms');
    backend.close();
    const mb = (fs.statSync(file).size / 1024 / 1024).toFixed(0);
    console.log(`  journal file: ${mb} MB`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

const header = ['entries', 'figure', 'Chronicle p50 / p95 (ms)', 'baseline p50 / p95 (ms)', 'ratio (p95)', 'target'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ');
console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
for (const row of rows) console.log(line(row));
console.log(`\nNode ${process.version}, ${os.cpus().length} cores, SQLite ${new Database(':memory:').prepare('select sqlite_version() v').pluck().get() as string}`);
