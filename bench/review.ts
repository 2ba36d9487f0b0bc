/**
 * Review writing at scale (issue 13.5): a year's summary, bullets, check and manager packet at
 * 10k entries in that year, and the 10-year summary at 100k, with the per-entry analysis read
 * from its cache in the database. Each figure beside a raw floor measured in the same run
 * (better-sqlite3 reading the period's rows), as a ratio. Timings belong here, never in tests.
 *
 *   npx tsx bench/review.ts                      10k in one year
 *   npx tsx bench/review.ts --ten-years 100000   also 100k over ten years
 *   npx tsx bench/review.ts --year 0 --ten-years 100000   only the ten years
 *
 * Beside the wall-clock median, the median CPU time of the process: on a machine shared with
 * other work the wall clock includes waiting for a core, the CPU time does not.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { openBackend } from '../electron/core/backend';
import { syntheticEntries, THEMES } from './synthetic';

const { values } = parseArgs({ options: { year: { type: 'string', default: '10000' }, 'ten-years': { type: 'string', default: '0' } } });
const inYear = Number(values.year);
const tenYears = Number(values['ten-years']);

interface Timing {
  wall: number;
  cpu: number;
}

function time(runs: number, work: () => void): Timing {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    work();
    const used = process.cpuUsage(cpu);
    walls.push(performance.now() - start);
    cpus.push((used.user + used.system) / 1000);
  }
  const median = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)] as number;
  return { wall: median(walls), cpu: median(cpus) };
}

/** One row: ours beside the floor, wall clock and CPU time, each as a ratio. */
function row(count: number, what: string, ours: Timing, floor: Timing, target: string): string[] {
  return [
    `${count}`,
    what,
    ours.wall.toFixed(0),
    floor.wall.toFixed(1),
    `${(ours.wall / floor.wall).toFixed(0)}×`,
    ours.cpu.toFixed(0),
    floor.cpu.toFixed(1),
    `${(ours.cpu / floor.cpu).toFixed(0)}×`,
    target,
  ];
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-review-bench-'));
const rows: string[][] = [];

function load(file: string, count: number, oneYear: boolean) {
  const backend = openBackend({ databasePath: file, externalPollMs: 0 });
  // A new journal is seeded with a few themes; add the rest.
  for (const name of THEMES)
    if (!backend.handlers['themes.list']({}).some((t) => t.name === name)) backend.handlers['themes.create']({ name, description: '' });
  const themeIds = new Map(backend.handlers['themes.list']({}).map((t) => [t.name, t.id]));
  const entries = syntheticEntries(count);
  backend.db.transaction(() => {
    entries.forEach((e, i) => {
      // One year: the same entries spread over 2026's days.
      const date = oneYear
        ? `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((Math.floor(i / 12) % 28) + 1).padStart(2, '0')}`
        : e.date;
      const result = backend.dispatch('entries.create', {
        date,
        title: e.title,
        body: e.body,
        impact: e.impact,
        section: e.section,
        starred: e.starred,
        themeIds: e.themes.map((t) => themeIds.get(t) as string),
      });
      if (!result.ok) throw new Error(result.error.message);
    });
  })();
  return backend;
}

function measureYear(count: number) {
  const backend = load(path.join(dir, `year-${count}.db`), count, true);
  const period = { kind: 'year', year: 2026 } as const;
  const raw = backend.db.prepare("SELECT * FROM entries WHERE date BETWEEN '2026-01-01' AND '2026-12-31' AND deleted_at IS NULL");
  const floor = time(5, () => raw.all());
  const cold = time(1, () => backend.handlers['review.summary']({ period }));
  rows.push(row(count, 'first review of the year (fills the analysis cache)', cold, floor, ''));
  const generators: [string, () => unknown][] = [
    ['summary', () => backend.handlers['review.summary']({ period })],
    ['bullets', () => backend.handlers['review.bullets']({ period, format: 'xyz' })],
    ['check', () => backend.handlers['review.check']({ period })],
    ['manager packet', () => backend.handlers['review.packet']({ period, reader: 'manager' })],
  ];
  for (const [name, work] of generators) {
    // The first call of each fills its own part of the cache (bullets are drafted once per format).
    work();
    rows.push(row(count, `year's ${name} (cached analysis)`, time(5, work), floor, '< 300 ms'));
  }
  backend.close();
}

function measureTenYears(count: number) {
  const backend = load(path.join(dir, `decade-${count}.db`), count, false);
  const period = { kind: 'custom', from: '2016-11-28', to: '2026-11-27' } as const;
  const raw = backend.db.prepare("SELECT * FROM entries WHERE date BETWEEN '2016-11-28' AND '2026-11-27' AND deleted_at IS NULL");
  const floor = time(3, () => raw.all());
  const cold = time(1, () => backend.handlers['review.summary']({ period }));
  rows.push(row(count, '10-year summary, first (fills the cache)', cold, floor, ''));
  const warm = time(3, () => backend.handlers['review.summary']({ period }));
  const rss = process.memoryUsage().rss / 1e6;
  rows.push(row(count, `10-year summary (cached), RSS ${rss.toFixed(0)} MB`, warm, floor, '< 2000 ms, < 300 MB'));
  backend.close();
}

try {
  if (inYear > 0) measureYear(inYear);
  if (tenYears > 0) measureTenYears(tenYears);
  const header = ['entries', 'what', 'ours ms (median)', 'raw read ms', 'ratio', 'ours CPU ms', 'raw read CPU ms', 'CPU ratio', 'target'];
  console.log(`| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
