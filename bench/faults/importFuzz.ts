/**
 * Fault injection for importers: feeds malformed files (mutations of the real fixtures, plus
 * hostile shapes) to `import.commit` on a real journal and counts crashes (an internal error or
 * an exception escaping dispatch), hangs (one file over --hang-ms) and partial writes (a refused
 * import that changed anything). Deterministic for a given --seed; stops after --files files.
 *
 *   npx tsx bench/faults/importFuzz.ts --files 371
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { openBackend } from '../../electron/core/backend';
import { snapshotRepo } from '../../electron/core/repos/snapshot';
import { toJsonArchive } from '../../electron/core/exchange/jsonArchive';
import { toMarkdownArchive } from '../../electron/core/exchange/markdownArchive';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '371' },
    seed: { type: 'string', default: '15' },
    'hang-ms': { type: 'string', default: '20000' },
  },
});
const total = Number(values.files);
const hangMs = Number(values['hang-ms']);

// A small deterministic generator (mulberry32), so a failing file can be made again.
let state = Number(values.seed) >>> 0;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const int = (max: number) => Math.floor(random() * max);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-fuzz-'));
const databasePath = path.join(dir, 'journal.db');
const internals: unknown[] = [];
const backend = openBackend({ databasePath, externalPollMs: 0, onInternalError: (error) => internals.push(error) });
for (let i = 0; i < 5; i++) backend.dispatch('entries.create', { date: `2026-01-0${i + 1}`, title: `Already here ${i}`, body: '- a\n- b' });

const fixtures = path.join(import.meta.dirname, '../../test/fixtures/imports');
const enc = new TextEncoder();
const seeds: { name: string; bytes: Uint8Array }[] = fs
  .readdirSync(fixtures, { withFileTypes: true })
  // Fixture folders (such as authors/) hold their own cases; the seeds are the files at the top.
  .filter((item) => item.isFile())
  .map(({ name }) => ({ name, bytes: new Uint8Array(fs.readFileSync(path.join(fixtures, name))) }));
const snapshot = snapshotRepo(backend.db).read();
seeds.push({ name: 'archive.json', bytes: enc.encode(toJsonArchive(snapshot)) });
seeds.push({ name: 'archive.md', bytes: enc.encode(toMarkdownArchive(snapshot)) });

/** Ways to break a file, each a plausible accident or a hostile shape. */
const MUTATIONS: Record<string, (bytes: Uint8Array) => Uint8Array> = {
  truncate: (b) => b.slice(0, int(b.length)),
  flipBytes: (b) => {
    const out = b.slice();
    for (let i = 0; i < 1 + int(20); i++) out[int(out.length)] = int(256);
    return out;
  },
  deleteRange: (b) => {
    const at = int(b.length);
    return new Uint8Array([...b.slice(0, at), ...b.slice(at + 1 + int(200))]);
  },
  duplicateRange: (b) => {
    const at = int(b.length);
    const piece = b.slice(at, at + 1 + int(400));
    return new Uint8Array([...b.slice(0, at), ...piece, ...piece, ...b.slice(at)]);
  },
  insertControl: (b) => {
    const at = int(b.length);
    return new Uint8Array([...b.slice(0, at), pick([0, 1, 7, 0x1b, 0x7f, 0xff, 0xfe]), ...b.slice(at)]);
  },
  boms: (b) =>
    new Uint8Array([
      ...pick([
        [0xef, 0xbb, 0xbf],
        [0xff, 0xfe],
        [0xfe, 0xff],
        [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf],
      ]),
      ...b,
    ]),
  swapQuotes: (b) => enc.encode(new TextDecoder().decode(b).replaceAll('"', pick(["'", '', '"\n', '\\"']))),
  hostileText: () =>
    enc.encode(
      pick([
        '1',
        '"str"',
        'null',
        '[]',
        '{}',
        '{"__proto__": {"polluted": true}, "entries": []}',
        `${'['.repeat(5000)}${']'.repeat(5000)}`,
        `${'- '.repeat(3000)}deep`,
        `${'> '.repeat(3000)}quote`,
        `## Projects\n\n${'- item #tag\n'.repeat(20000)}`,
        `${'#tag '.repeat(5000)}\n`,
        '---\na: &a [*a, *a]\n---\n# Brag 2019\n\n- x',
        `---\n${'k: v\n'.repeat(10000)}---\n`,
        '\u0000\u0001\u0002binary',
        `# 2019\n\n## Projects\n\n- ${'x'.repeat(200_000)}`,
        '{"format":"chronicle-archive","version":1,"entries":[{"date":"2019-13-45\\nrm"}]}',
      ]),
    ),
};

function journalState(): string {
  const rows = ['entries', 'themes', 'people', 'entry_themes', 'goals', 'drafts', 'settings'].map((t) =>
    backend.db.prepare(`SELECT * FROM ${t}`).all(),
  );
  return crypto.createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

const counts = { imported: 0, refused: 0, crashes: 0, hangs: 0, partialWrites: 0 };
let slowest = 0;
for (let n = 0; n < total; n++) {
  const seed = pick(seeds);
  const mutation = pick(Object.keys(MUTATIONS));
  const bytes = (MUTATIONS[mutation] as (b: Uint8Array) => Uint8Array)(seed.bytes);
  const fileName = pick([seed.name, 'notes.md', 'export.json', 'weird name\n.md', 'archive.md']);
  const before = journalState();
  const internalBefore = internals.length;
  const start = performance.now();
  let outcome: string;
  try {
    const result = backend.dispatch('import.commit', { fileName, data: Buffer.from(bytes).toString('base64'), includeDuplicates: true });
    if (result.ok) {
      counts.imported++;
      outcome = 'imported';
    } else {
      if (result.error.code === 'internal') counts.crashes++;
      else counts.refused++;
      if (journalState() !== before) counts.partialWrites++;
      outcome = `${result.error.code}: ${result.error.message.slice(0, 100)}`;
    }
  } catch (error) {
    counts.crashes++;
    outcome = `threw: ${String(error).slice(0, 100)}`;
  }
  const took = performance.now() - start;
  slowest = Math.max(slowest, took);
  if (took > hangMs) counts.hangs++;
  if (internals.length > internalBefore || outcome.startsWith('threw') || took > hangMs) {
    console.log(`file ${n + 1} (${seed.name} ${mutation}): ${outcome}, ${took.toFixed(0)} ms`);
  }
}
const integrity = backend.db.pragma('integrity_check', { simple: true });
backend.close();
fs.rmSync(dir, { recursive: true, force: true });
console.log(
  `${total} malformed files: ${counts.imported} imported, ${counts.refused} refused with a sentence, ${counts.crashes} crashes, ` +
    `${counts.hangs} hangs (over ${hangMs} ms; slowest ${slowest.toFixed(0)} ms), ${counts.partialWrites} partial writes, integrity ${String(integrity)}`,
);
process.exit(counts.crashes + counts.hangs + counts.partialWrites === 0 && integrity === 'ok' ? 0 : 1);
