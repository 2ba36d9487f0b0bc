/**
 * List excerpts at 10k entries (issue 15, item 3): one 50-item timeline page, each page one not
 * seen before (so the excerpt cache never helps), with the excerpts cut by the Markdown parser
 * (shared/domain/excerpt.ts) beside the regex rule it replaced (shared/domain/plainText.ts), in
 * the same process on the same rows. Two journals: the synthetic prose (no Markdown syntax, the
 * parser is skipped) and the same words written as lists with bold and links (every entry parsed).
 *
 *   npx tsx bench/excerpts.ts
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openBackend } from '../electron/core/backend';
import { writeEntries } from '../electron/core/exchange/bulkWrite';
import { EXCERPT_SOURCE_CHARS, listExcerpts } from '../shared/domain/excerpt';
import { plainExcerpt } from '../shared/domain/plainText';
import { nextThemeColor } from '../shared/domain/themeColors';
import { syntheticEntries } from './synthetic';

const SIZE = 10_000;
const PAGE = 50;
const PAGES = 40;

/** The same words as a brag list: a bullet a sentence, the first in bold, every third with a link. */
function asList(prose: string): string {
  return prose
    .split(/(?<=\.) /)
    .map((s, i) => `- ${i === 0 ? `**${s}**` : i % 3 === 0 ? `${s} ([PR](https://example.com/pr/${i}))` : s}`)
    .join('\n');
}

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;
const p95 = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)] as number;

for (const shape of ['prose', 'lists'] as const) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-excerpts-'));
  const backend = openBackend({ databasePath: path.join(dir, 'journal.db'), externalPollMs: 0 });
  const entries = syntheticEntries(SIZE, shape === 'prose' ? 7 : 8);
  writeEntries(
    backend.db,
    entries.map((e) => ({
      date: e.date,
      title: e.title,
      body: shape === 'prose' ? e.body : asList(e.body),
      impact: e.impact,
      section: e.section,
      kind: 'accomplishment' as const,
      starred: e.starred,
      links: [],
      themes: e.themes,
      people: [],
    })),
    { now: new Date().toISOString(), newId: () => crypto.randomUUID(), colorFor: nextThemeColor },
  );

  // Whole pages through the backend, walking back so every page is new to the excerpt cache.
  const pageTimes: number[] = [];
  let cursor: unknown;
  for (let i = 0; i < PAGES; i++) {
    const start = performance.now();
    const result = backend.dispatch('entries.list', { limit: PAGE, ...(cursor ? { cursor } : {}) });
    pageTimes.push(performance.now() - start);
    if (!result.ok) throw new Error(result.error.message);
    cursor = (result.value as { nextCursor?: unknown }).nextCursor;
  }

  // The excerpts alone on the same kind of rows (cut as SQL cuts them): parser versus regex.
  const rows = backend.db
    .prepare<[], { body: string; impact: string }>(
      `SELECT substr(body, 1, ${EXCERPT_SOURCE_CHARS.body}) AS body, substr(impact, 1, ${EXCERPT_SOURCE_CHARS.impact}) AS impact
       FROM entries ORDER BY date ASC, seq ASC LIMIT ${PAGE * PAGES}`,
    )
    .all();
  const parsed: number[] = [];
  const regex: number[] = [];
  for (let i = 0; i < PAGES; i++) {
    const page = rows.slice(i * PAGE, (i + 1) * PAGE);
    let start = performance.now();
    for (const row of page) listExcerpts(row);
    parsed.push(performance.now() - start);
    start = performance.now();
    for (const row of page) {
      plainExcerpt(row.body);
      plainExcerpt(row.impact, 160);
    }
    regex.push(performance.now() - start);
  }
  const again = performance.now();
  for (const row of rows.slice(0, PAGE)) listExcerpts(row);
  const cached = performance.now() - again;

  console.log(
    `${SIZE.toLocaleString('en-US')} entries, ${shape}: timeline page (entries.list, ${PAGE} items, cold) median ${median(pageTimes).toFixed(1)} ms, p95 ${p95(pageTimes).toFixed(1)} ms; ` +
      `excerpts of a page: parser median ${median(parsed).toFixed(2)} ms (p95 ${p95(parsed).toFixed(2)}), regex median ${median(regex).toFixed(2)} ms (p95 ${p95(regex).toFixed(2)}), ` +
      `ratio ${(median(parsed) / median(regex)).toFixed(1)}×; a page seen before ${cached.toFixed(2)} ms`,
  );
  backend.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
