/**
 * Importing a big jrnl export with the built command line (`chronicle import <file>`, which the
 * journal reads in a stream): time and peak memory of that process, beside a floor measured on
 * the same file in the same run (reading and decoding the file in the same chunks, then the same
 * number of raw INSERTs of title and body into a bare table, in a child process of its own).
 * Needs `npm run build` (it runs out/cli/chronicle.js).
 *
 *   npx tsx bench/bigImport.ts               a 200 MB jrnl export
 *   npx tsx bench/bigImport.ts --mb 50 --format day-one
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { writeBigExport } from '../test/fixtures/bigExports';

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '200' },
    format: { type: 'string', default: 'jrnl' },
    child: { type: 'string' },
    file: { type: 'string' },
    count: { type: 'string' },
  },
});

interface ChildReport {
  ms: number;
  peakRssMb: number;
  entries: number;
}

function peakRssMb(): number {
  // maxRSS is in kilobytes.
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

function runChild(): void {
  const file = values.file as string;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-bigimport-'));
  const databasePath = path.join(dir, 'journal.db');
  try {
    // The floor: the same chunks read and decoded, and as many bare INSERTs of similar rows.
    const start = performance.now();
    const fd = fs.openSync(file, 'r');
    const buffer = Buffer.alloc(1024 * 1024);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let characters = 0;
    for (let read = fs.readSync(fd, buffer); read > 0; read = fs.readSync(fd, buffer)) {
      characters += decoder.decode(buffer.subarray(0, read), { stream: true }).length;
    }
    fs.closeSync(fd);
    const count = Number(values.count);
    const perEntry = Math.floor(characters / count);
    const db = new Database(databasePath);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE entries (id INTEGER PRIMARY KEY, title TEXT, body TEXT)');
    const insert = db.prepare('INSERT INTO entries (title, body) VALUES (?, ?)');
    const body = 'x'.repeat(Math.max(0, perEntry - 60));
    db.transaction(() => {
      for (let i = 0; i < count; i++) insert.run(`Entry ${i}`, body);
    })();
    db.close();
    const report: ChildReport = { ms: performance.now() - start, peakRssMb: peakRssMb(), entries: count };
    process.stdout.write(JSON.stringify(report));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The built command line importing the file, with its peak RSS read as it exits. */
function cliImport(file: string): ChildReport {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-bigimport-cli-'));
  try {
    const databasePath = path.join(dir, 'journal.db');
    const peak = 'data:text/javascript,process.on("exit",()=>process.stderr.write("maxrss "+process.resourceUsage().maxRSS+"\\n"))';
    const cli = path.join(import.meta.dirname, '../out/cli/chronicle.js');
    if (!fs.existsSync(cli)) throw new Error('out/cli/chronicle.js is missing: run npm run build first');
    const start = performance.now();
    const run = spawnSync(process.execPath, ['--import', peak, cli, '--db', databasePath, 'import', file], { encoding: 'utf8' });
    const ms = performance.now() - start;
    if (run.status !== 0) throw new Error(`chronicle import failed: ${run.stderr}`);
    const maxRss = Number(/maxrss (\d+)/.exec(run.stderr)?.[1] ?? NaN);
    const db = new Database(databasePath, { readonly: true });
    const entries = (db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n;
    db.close();
    return { ms, peakRssMb: Math.round(maxRss / 1024), entries };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function floorChild(file: string, count: number): ChildReport {
  const output = execFileSync(
    process.execPath,
    [...process.execArgv, import.meta.filename, '--child', 'floor', '--file', file, '--count', String(count)],
    { encoding: 'utf8', maxBuffer: 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(output) as ChildReport;
}

function main(): void {
  const format = values.format === 'day-one' ? 'day-one' : 'jrnl';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-bigexport-'));
  const file = path.join(dir, `${format}-export.json`);
  try {
    const count = writeBigExport(file, format, Number(values.mb) * 1024 * 1024);
    const size = fs.statSync(file).size;
    console.log(`${format} export: ${(size / 1024 / 1024).toFixed(1)} MB, ${count.toLocaleString('en-US')} entries`);
    const floor = floorChild(file, count);
    const ours = cliImport(file);
    if (ours.entries !== count) throw new Error(`imported ${ours.entries} of ${count} entries`);
    const rate = (r: ChildReport) => `${((size / 1024 / 1024 / r.ms) * 1000).toFixed(1)} MB/s`;
    console.log(
      `  chronicle import (built CLI, streamed): ${(ours.ms / 1000).toFixed(1)} s, ${rate(ours)}, peak RSS ${ours.peakRssMb} MB, ${ours.entries} entries`,
    );
    console.log(`  floor (read + decode + bare inserts): ${(floor.ms / 1000).toFixed(1)} s, peak RSS ${floor.peakRssMb} MB`);
    console.log(`  ratio: ${(ours.ms / floor.ms).toFixed(1)}× the floor's time; memory target < 500 MB`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (values.child) runChild();
else main();
