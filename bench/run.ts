/**
 * `npm run bench`: Chronicle's own code paths on synthetic journals of 10k and 100k entries,
 * each figure printed beside a floor measured in the same run (raw better-sqlite3 / FTS5 / node
 * doing the least possible on the same data), as a ratio. Timings belong here, never in tests.
 *
 *   npm run bench                         both sizes
 *   npm run bench -- --sizes 10000        the quick run
 *   npm run bench -- --no-browser         without the palette rows (no build needed)
 *   npm run bench -- --only import,export only these sections' rows (import always runs: it
 *                                         builds the journal); sections: import, export, counts,
 *                                         review, search, open, cli, palette
 *
 * The palette and CLI rows need `npm run build` (they run out/bridge and out/cli).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { openBackend } from '../electron/core/backend';
import { writeEntries } from '../electron/core/exchange/bulkWrite';
import { importText } from '../electron/core/exchange/importers';
import { toFtsExpression } from '../shared/domain/searchQuery';
import { nextThemeColor } from '../shared/domain/themeColors';
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { writeChunksAtomic } from '../electron/core/exchange/atomicWrite';
import { markdownArchiveChunks } from '../electron/core/exchange/markdownArchive';
import { snapshotRepo } from '../electron/core/repos/snapshot';
import { CHROMIUM_ARGS, chromiumPath } from '../test/e2e/browser';

const ROOT = path.resolve(import.meta.dirname, '..');
/** The browser rows drive the built app: say so plainly when it is not built. */
function requireBuild(): void {
  for (const file of ['out/bridge/serve.js', 'out/cli/chronicle.js', 'out/renderer/index.html']) {
    if (!fs.existsSync(path.join(ROOT, file))) throw new Error(`${file} is missing: run npm run build first`);
  }
}
import { syntheticEntries, TOPICS } from './synthetic';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    'no-browser': { type: 'boolean', default: false },
    only: { type: 'string', default: '' },
  },
});
const only = new Set((values.only ?? '').split(',').filter(Boolean));
/** The section whose rows are being measured; `measure`, `once` and `report` skip the ones not wanted. */
let section = 'import';
// The import builds the journal every other section reads, so it always runs.
const wanted = () => only.size === 0 || section === 'import' || only.has(section);
const SKIPPED: Stats = { p50: Number.NaN, p95: Number.NaN };
const sizes = (values.sizes ?? '')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const withBrowser = !values['no-browser'] && (only.size === 0 || only.has('palette'));
if (withBrowser) requireBuild();

interface Stats {
  p50: number;
  p95: number;
}

function stats(times: number[]): Stats {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return { p50: at(0.5), p95: at(0.95) };
}

function measure(runs: number, work: (i: number) => void, warmup = 2): Stats {
  if (!wanted()) return SKIPPED;
  for (let i = 0; i < warmup; i++) work(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work(i);
    times.push(performance.now() - start);
  }
  return stats(times);
}

function once(work: () => void): Stats {
  if (!wanted()) return SKIPPED;
  const start = performance.now();
  work();
  const ms = performance.now() - start;
  return { p50: ms, p95: ms };
}

const rows: string[][] = [];
function report(size: number, what: string, ours: Stats, floor: Stats, target = '', note = '') {
  if (!wanted()) return;
  const ratio = floor.p95 > 0 ? `${(ours.p95 / floor.p95).toFixed(1)}×` : '';
  rows.push([size.toLocaleString('en-US'), what, fmt(ours), fmt(floor), ratio, target, note]);
  console.log(`  ${what}: ${fmt(ours)} ms (floor ${fmt(floor)} ms) ${ratio} ${note}`);
}
const fmt = (s: Stats) => (s.p50 === s.p95 ? s.p95.toFixed(1) : `${s.p50.toFixed(1)} / ${s.p95.toFixed(1)}`);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** The bridge on a journal and Chromium on its page; generous start-up time for a busy machine. */
async function openInBrowser(dbPath: string) {
  const token = `bench-${Math.random().toString(36).slice(2)}`;
  const child = spawn(process.execPath, [path.join(ROOT, 'out/bridge/serve.js'), '--db', dbPath, '--port', '0', '--token', token], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`serve did not start:\n${output}`));
    }, 180_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}:\n${output}`)));
  });
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS }).catch((error: unknown) => {
    child.kill('SIGTERM');
    throw error;
  });
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  page.setDefaultTimeout(120_000);
  await page.goto(url);
  return {
    page,
    async close() {
      await browser.close();
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
    },
  };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-bench-'));
const CLI = path.join(ROOT, 'out/cli/chronicle.js');

try {
  for (const size of sizes) {
    console.log(`\n${size.toLocaleString('en-US')} entries`);
    section = 'import';
    const synthetic = syntheticEntries(size);
    const file = path.join(dir, `journal-${size}.db`);

    // ---- Import: a jrnl export parsed and stored until every entry is searchable.
    const jrnl = JSON.stringify({
      tags: {},
      entries: synthetic.map((e) => ({
        title: e.title,
        body: `${e.body}\n\n${e.impact}`,
        date: e.date,
        time: '09:00',
        tags: e.themes.map((t) => `@${t}`),
        starred: e.starred,
      })),
    });
    let backend = openBackend({ databasePath: file, externalPollMs: 0 });
    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    const importStats = once(() => {
      const parsed = importText(jrnl, 'journal.json');
      writeEntries(
        backend.db,
        parsed.entries.map((e) => ({
          date: e.date as string,
          title: e.title,
          body: e.body,
          impact: e.impact,
          section: e.section,
          kind: e.kind,
          starred: e.starred,
          links: [],
          themes: e.themes,
          people: e.people,
        })),
        {
          now: new Date().toISOString(),
          newId: () => crypto.randomUUID(),
          colorFor: nextThemeColor,
          progressEvery: 5000,
          onProgress: () => (peakRss = Math.max(peakRss, process.memoryUsage().rss)),
        },
      );
    });
    const indexed = (backend.db.prepare('SELECT count(*) AS n FROM entries_fts').get() as { n: number }).n;
    if (indexed < size) throw new Error(`only ${indexed} of ${size} entries are searchable after import`);
    backend.close();

    const rawFile = path.join(dir, `raw-${size}.db`);
    const raw = new Database(rawFile);
    raw.pragma('journal_mode = WAL');
    raw.exec('CREATE TABLE t (date TEXT, title TEXT, body TEXT, impact TEXT); CREATE VIRTUAL TABLE f USING fts5(title, body, impact)');
    const rawInsert = raw.prepare('INSERT INTO t VALUES (?, ?, ?, ?)');
    const rawFts = raw.prepare('INSERT INTO f (rowid, title, body, impact) VALUES (?, ?, ?, ?)');
    const rawImport = once(() => {
      const parsed = JSON.parse(jrnl) as { entries: { date: string; title: string; body: string }[] };
      raw.transaction(() => {
        for (const e of parsed.entries) {
          const id = rawInsert.run(e.date, e.title, e.body, '').lastInsertRowid;
          rawFts.run(id, e.title, e.body, '');
        }
      })();
    });
    raw.close();
    report(
      size,
      'import jrnl until searchable',
      importStats,
      rawImport,
      size >= 100_000 ? '< 30 s' : '< 3 s, ≤ 3× floor',
      `RSS +${mb(peakRss - rssBefore)} during`,
    );

    backend = openBackend({ databasePath: file, externalPollMs: 0 });
    const db = backend.db;
    const call = (method: string, input: unknown) => {
      const result = backend.dispatch(method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
      return result.value;
    };

    section = 'export';
    // ---- Exports, written to a file. Floor: every entry read with a cursor and written out.
    const out = path.join(dir, 'export.md');
    const rawExport = measure(
      3,
      () => {
        const fd = fs.openSync(out, 'w');
        for (const e of db
          .prepare<[], { date: string; title: string; body: string; impact: string }>(
            'SELECT date, title, body, impact FROM entries ORDER BY seq',
          )
          .iterate()) {
          fs.writeSync(fd, `## ${e.date} ${e.title}\n\n${e.body}\n\n${e.impact}\n`);
        }
        fs.closeSync(fd);
      },
      1,
    );
    // Each export is written by the backend as it reads (export.save): RSS after, against before,
    // says whether memory stays flat with the journal's size.
    const target = size >= 100_000 ? '< 2 s' : '< 0.5 s';
    const exportRow = (what: string, request: unknown, to = out, runs = 3) => {
      const rssBefore = process.memoryUsage().rss;
      const stats =
        runs > 1
          ? measure(runs, () => call('export.save', { export: request, to }), 1)
          : once(() => call('export.save', { export: request, to }));
      report(size, what, stats, rawExport, target, `RSS ${mb(process.memoryUsage().rss - rssBefore)} more after`);
    };
    exportRow('Markdown archive export', { kind: 'archive', format: 'markdown' });
    const streamed = measure(3, () => writeChunksAtomic(out, markdownArchiveChunks(snapshotRepo(db).source())), 1);
    report(size, 'Markdown archive streamed to a file', streamed, rawExport, target);
    exportRow('JSON archive export', { kind: 'archive', format: 'json' }, path.join(dir, 'export.json'));
    exportRow('brag export of everything', { kind: 'brag', period: { kind: 'custom', from: '1990-01-01', to: '2030-12-31' } });
    // A file per entry, each flushed to disk on its own: bound by fsync, so measured once, at 10k only.
    if (size < 100_000) {
      const folder = path.join(dir, 'export-folder');
      exportRow('archive folder export (a file per entry, each fsynced)', { kind: 'folder' }, folder, 1);
      fs.rmSync(folder, { recursive: true, force: true });
    }

    section = 'counts';
    // ---- Counts.
    const lastYear = Number((db.prepare('SELECT max(date) AS d FROM entries').get() as { d: string }).d.slice(0, 4)) - 1;
    const rawThemeMonth = db.prepare(
      `SELECT et.theme_seq, substr(e.date, 1, 7), count(*) FROM entries e JOIN entry_themes et ON et.entry_seq = e.seq
       WHERE e.deleted_at IS NULL AND e.date BETWEEN ? AND ? GROUP BY 1, 2`,
    );
    report(
      size,
      `theme × month dashboard, ${lastYear}`,
      measure(10, () => call('review.dashboard', { period: { kind: 'year', year: lastYear } })),
      measure(10, () => rawThemeMonth.all(`${lastYear}-01-01`, `${lastYear}-12-31`)),
      '< 150 ms',
    );
    const rawThemeCounts = db.prepare('SELECT theme_seq, count(*) FROM entry_themes GROUP BY theme_seq');
    report(
      size,
      'themes with entry counts',
      measure(10, () => call('themes.list', {})),
      measure(10, () => rawThemeCounts.all()),
    );

    section = 'review';
    // ---- Review writing through the backend; floor: reading the period's entries.
    const rawPeriod = db.prepare('SELECT * FROM entries WHERE deleted_at IS NULL AND date BETWEEN ? AND ?');
    const year = { kind: 'year', year: lastYear };
    const perYear = (db.prepare('SELECT count(*) AS n FROM entries WHERE date LIKE ?').get(`${lastYear}-%`) as { n: number }).n;
    const yearFloor = measure(3, () => rawPeriod.all(`${lastYear}-01-01`, `${lastYear}-12-31`), 1);
    for (const [what, method, input] of [
      ['summary', 'review.summary', { period: year }],
      ['bullets', 'review.bullets', { period: year }],
      ['check', 'review.check', { period: year }],
      ['packet', 'review.packet', { period: year, reader: 'manager' }],
    ] as const) {
      report(
        size,
        `${what}, one year (${perYear.toLocaleString('en-US')} entries)`,
        measure(3, () => call(method, input), 1),
        yearFloor,
        '< 300 ms',
      );
    }
    const all = { kind: 'custom', from: '1990-01-01', to: '2030-12-31' };
    const rssSummary = process.memoryUsage().rss;
    report(
      size,
      'summary over every year',
      once(() => call('review.summary', { period: all })),
      once(() => rawPeriod.all('1990-01-01', '2030-12-31')),
      '< 2 s, < 300 MB',
      `RSS ${mb(process.memoryUsage().rss - rssSummary)} more after`,
    );

    section = 'search';
    // ---- Search. Query words are names that occur in about 1-5% of entries, as in real journals.
    const rawQuery = db.prepare('SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rank LIMIT 50');
    const countMatches = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM entries_fts WHERE entries_fts MATCH ?');
    const share = (q: string) => (countMatches.get(toFtsExpression(q))?.n ?? 0) / size;
    const words = TOPICS.slice(10, 200)
      .filter((w) => share(w) >= 0.01 && share(w) <= 0.05)
      .slice(0, 6);
    const queries: Record<string, string[]> = {
      [`words (${words.map((w) => `${(share(w) * 100).toFixed(1)}%`).join(', ')})`]: words,
      phrases: ['"design doc"', '"feature store"', '"on-call runbook"', '"tight deadline"'],
      'prefixes (3+ letters)': words.map((w) => `${w.slice(0, 4)}*`),
      [`broad prefix re* (${(share('re*') * 100).toFixed(0)}% of entries)`]: ['re*'],
    };
    for (const [kind, list] of Object.entries(queries)) {
      const ours = measure(10 * list.length, (i) =>
        call('entries.search', { query: list[Math.abs(i) % list.length] as string, limit: 50 }),
      );
      const floor = measure(10 * list.length, (i) => rawQuery.all(toFtsExpression(list[Math.abs(i) % list.length] as string)));
      report(
        size,
        `search top 50 with snippets: ${kind}`,
        ours,
        floor,
        kind.startsWith('broad') ? '< 50 ms' : size >= 100_000 ? '< 50 ms' : '< 10 ms',
      );
    }

    section = 'open';
    // ---- Opening, saving.
    const openFirstPage = measure(10, () => {
      const b = openBackend({ databasePath: file, externalPollMs: 0 });
      const page = b.dispatch('entries.list', { limit: 50 });
      if (!page.ok) throw new Error(page.error.message);
      b.close();
    });
    const rawOpenFirstPage = measure(10, () => {
      const ro = new Database(file, { readonly: true });
      ro.prepare(
        'SELECT seq, date, title, substr(body, 1, 800) FROM entries WHERE deleted_at IS NULL ORDER BY date DESC, seq DESC LIMIT 50',
      ).all();
      ro.close();
    });
    report(size, 'open journal + first timeline page', openFirstPage, rawOpenFirstPage, '< 50 ms');
    const ids = (call('entries.list', { limit: 100 }) as { items: { id: string }[] }).items.map((e) => e.id);
    db.exec('CREATE TABLE IF NOT EXISTS bench_raw (body TEXT)');
    const rawSave = db.prepare('INSERT INTO bench_raw VALUES (?)');
    const rawSaveStats = measure(100, (i) => rawSave.run(synthetic[Math.abs(i)]?.body ?? ''));
    report(
      size,
      'save an edited entry (synchronous=FULL)',
      measure(100, (i) =>
        call('entries.update', { id: ids[Math.abs(i) % ids.length], body: `${synthetic[Math.abs(i)]?.body ?? ''} (edited ${i})` }),
      ),
      rawSaveStats,
      '< 5 ms',
    );
    report(
      size,
      'create an entry with 2 themes, 1 person',
      measure(100, (i) => {
        const e = synthetic[Math.abs(i)] as (typeof synthetic)[number];
        call('entries.create', { date: e.date, title: e.title, body: e.body, newThemes: ['leadership', 'quality'], people: ['Sam'] });
      }),
      rawSaveStats,
      '< 5 ms',
    );
    db.exec('DROP TABLE bench_raw');
    backend.close();
    console.log(`  journal file: ${mb(fs.statSync(file).size)}`);

    section = 'cli';
    // ---- The command line: a small query, whole process, against node starting and exiting.
    if (fs.existsSync(CLI)) {
      const node = (args: string[]) => execFileSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      report(
        size,
        'CLI: list --limit 1, whole process',
        measure(5, () => node([CLI, '--db', file, 'list', '--limit', '1']), 1),
        measure(5, () => node(['-e', '0']), 1),
        '≤ floor + 100 ms',
      );
    }

    section = 'palette';
    // ---- The palette in headless Chromium: from the keystroke that completes a 3-letter
    // prefix to its results in the DOM and painted. Floor: the same search run raw in SQLite.
    if (withBrowser) {
      // Prefixes whose first two letters match nothing, so the third keystroke's results are new.
      const probe = new Database(file, { readonly: true });
      const hits = probe.prepare<[string], { n: number }>('SELECT count(*) AS n FROM entries_fts WHERE entries_fts MATCH ?');
      const prefixes = [...new Set(TOPICS.slice(5, 300).map((t) => t.slice(0, 3)))]
        .filter(
          (p) =>
            hits.get(toFtsExpression(p.slice(0, 2), { asYouType: true }))?.n === 0 &&
            (hits.get(toFtsExpression(p, { asYouType: true }))?.n ?? 0) > 0,
        )
        .slice(0, 20);
      probe.close();
      const app = await openInBrowser(file);
      try {
        const page = app.page;
        await page.getByRole('listbox', { name: 'Entries' }).waitFor({ timeout: 60_000 });
        await page.keyboard.press(process.platform === 'darwin' ? 'Meta+k' : 'Control+k');
        const box = page.getByRole('dialog', { name: 'Search entries' }).getByRole('combobox', { name: 'Search' });
        await box.waitFor();
        const times: number[] = [];
        for (const prefix of prefixes) {
          await box.fill(prefix.slice(0, 2));
          // Two letters are a whole-word query that matches nothing here: wait for that answer.
          await page.getByText(/No entries match/).waitFor();
          // In the page (as a string: this file is compiled without DOM types).
          const armed = page.evaluate<number>(`new Promise((resolve) => {
            let start = 0;
            document.querySelector('.search-input').addEventListener('keydown', () => (start = performance.now()), { once: true, capture: true });
            const observer = new MutationObserver(() => {
              if (start && document.querySelector('[role="listbox"][aria-label="Results"] [role="option"]')) {
                observer.disconnect();
                requestAnimationFrame(() => resolve(performance.now() - start));
              }
            });
            observer.observe(document.body, { childList: true, subtree: true });
          })`);
          await page.evaluate('new Promise((resolve) => requestAnimationFrame(resolve))');
          await page.keyboard.press(prefix.slice(2, 3));
          times.push(await armed);
        }
        const floorDb = new Database(file, { readonly: true });
        const rawSearch = floorDb.prepare(
          `SELECT rowid, snippet(entries_fts, -1, char(2), char(3), '…', 24) FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rank LIMIT 30`,
        );
        const floor = measure(prefixes.length, (i) => rawSearch.all(`"${prefixes[Math.abs(i) % prefixes.length]}"*`));
        floorDb.close();
        report(size, 'palette: keystroke → results painted (Chromium)', stats(times), floor, '< 100 ms p95');
      } finally {
        await app.close();
      }
    }
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

const header = ['entries', 'figure', 'Chronicle p50 / p95 (ms)', 'floor p50 / p95 (ms)', 'ratio (p95)', 'target', 'note'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
console.log(`\n${line(header)}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
for (const row of rows) console.log(line(row));
console.log(
  `\nNode ${process.version}, ${os.cpus().length} cores, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}, SQLite ${new Database(':memory:').prepare('select sqlite_version() v').pluck().get() as string}`,
);
