/**
 * `tsx bench/importProfile.ts [size]`: the jrnl import split into its parse and store halves, each
 * beside the raw floor of its half, for profiling (`node --cpu-prof --import tsx`).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { openBackend } from '../electron/core/backend';
import { writeEntries } from '../electron/core/exchange/bulkWrite';
import { importText } from '../electron/core/exchange/importers';
import { nextThemeColor } from '../shared/domain/themeColors';
import { syntheticEntries } from './synthetic';

const size = Number(process.argv[2] ?? 10_000);
const synthetic = syntheticEntries(size);
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
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-import-'));
const time = <T>(work: () => T): [T, number] => {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
};
try {
  const backend = openBackend({ databasePath: path.join(dir, 'journal.db'), externalPollMs: 0 });
  const rss = process.memoryUsage().rss;
  const [parsed, parseMs] = time(() => importText(jrnl, 'journal.json'));
  const items = parsed.entries.map((e) => ({
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
  }));
  const [, storeMs] = time(() =>
    writeEntries(backend.db, items, { now: new Date().toISOString(), newId: () => crypto.randomUUID(), colorFor: nextThemeColor }),
  );
  const rssAfter = process.memoryUsage().rss;
  backend.close();

  const raw = new Database(path.join(dir, 'raw.db'));
  raw.pragma('journal_mode = WAL');
  raw.exec('CREATE TABLE t (date TEXT, title TEXT, body TEXT, impact TEXT); CREATE VIRTUAL TABLE f USING fts5(title, body, impact)');
  const rawInsert = raw.prepare('INSERT INTO t VALUES (?, ?, ?, ?)');
  const rawFts = raw.prepare('INSERT INTO f (rowid, title, body, impact) VALUES (?, ?, ?, ?)');
  const [rawParsed, rawParseMs] = time(() => JSON.parse(jrnl) as { entries: { date: string; title: string; body: string }[] });
  const [, rawStoreMs] = time(() =>
    raw.transaction(() => {
      for (const e of rawParsed.entries) {
        const id = rawInsert.run(e.date, e.title, e.body, '').lastInsertRowid;
        rawFts.run(id, e.title, e.body, '');
      }
    })(),
  );
  raw.close();
  const f = (n: number) => `${n.toFixed(0)} ms`;
  console.log(`${size} entries`);
  console.log(`  parse: ${f(parseMs)} (floor JSON.parse ${f(rawParseMs)})`);
  console.log(
    `  store: ${f(storeMs)} (floor ${f(rawStoreMs)}, ${(storeMs / rawStoreMs).toFixed(1)}×), RSS +${((rssAfter - rss) / 2 ** 20).toFixed(0)} MB`,
  );
  console.log(
    `  whole: ${f(parseMs + storeMs)} (floor ${f(rawParseMs + rawStoreMs)}, ${((parseMs + storeMs) / (rawParseMs + rawStoreMs)).toFixed(1)}×)`,
  );
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
