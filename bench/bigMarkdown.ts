/**
 * Importing huge Markdown documents (the fuzz's 20,000-line documents and 150,000-item lists),
 * beside micromark's own parse of the same text as the floor, in the same run. Also micromark's
 * original EditMap on a smaller list, to show the quadratic cost the linear one removes.
 *
 *   npx tsx bench/bigMarkdown.ts                 20k-line document, 20k and 150k-item lists
 *   npx tsx bench/bigMarkdown.ts --items 20000   only the 20k sizes
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { openBackend } from '../electron/core/backend';
import { useLinearEditMap, useOriginalEditMap } from '../electron/core/exchange/importers/linearEditMap';

const { values } = parseArgs({
  options: { items: { type: 'string', default: '20000,150000' }, 'compare-only': { type: 'boolean', default: false } },
});
const sizes = (values.items ?? '').split(',').map(Number);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A brag document as people write one: month headings, items with people, measures, tags, sub-bullets. */
function bragDocument(lines: number): string {
  const out = ['# Brag document 2019', '', '## Projects', ''];
  for (let i = 0; out.length < lines; i++) {
    if (i % 40 === 0) out.push('', `### ${MONTHS[Math.floor(i / 40) % 12]}`, '');
    out.push(`- Shipped the billing change ${i} with Dana (my manager), latency 300 ms → 120 ms #billing`);
    out.push(`  - Impact: checkout is faster for ${i} users`);
  }
  return out.join('\n');
}

function list(items: number): string {
  return `## Projects\n\n${'- item #tag\n'.repeat(items)}`;
}

function timed<T>(work: () => T): { ms: number; cpuMs: number; value: T } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = work();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, value };
}

function micromark(text: string): unknown {
  return fromMarkdown(text, {
    extensions: [gfm(), frontmatter(['yaml', 'toml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml', 'toml'])],
  });
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-bigmd-'));
try {
  const cases: [string, string][] = [];
  for (const n of values['compare-only'] ? [] : sizes) {
    if (n <= 20_000) cases.push([`brag document, ${n.toLocaleString('en-US')} lines`, bragDocument(n)]);
    cases.push([`list, ${n.toLocaleString('en-US')} items`, list(n)]);
  }
  for (const [what, text] of cases) {
    useLinearEditMap();
    const floor = timed(() => micromark(text));
    const backend = openBackend({ databasePath: path.join(dir, `${cases.findIndex(([w]) => w === what)}.db`), externalPollMs: 0 });
    const ours = timed(() =>
      backend.dispatch('import.commit', { fileName: 'brag.md', data: Buffer.from(text).toString('base64'), defaultDate: '2019-06-01' }),
    );
    backend.close();
    if (!ours.value.ok) throw new Error(ours.value.error.message);
    const created = (ours.value.value as { created: number }).created;
    console.log(
      `${what} (${(text.length / 1024).toFixed(0)} KB): import ${(ours.ms / 1000).toFixed(1)} s (cpu ${(ours.cpuMs / 1000).toFixed(1)} s), ${created} entries; ` +
        `floor micromark parse ${(floor.ms / 1000).toFixed(1)} s (cpu ${(floor.cpuMs / 1000).toFixed(1)} s); ratio ${(ours.ms / floor.ms).toFixed(1)}×`,
    );
  }
  // micromark's own EditMap, for comparison, where it still finishes: items with sub-bullets
  // (every brag document has them) are where it copies the whole event list per item.
  for (const n of [2_000, 4_000, 8_000]) {
    const text = bragDocument(n);
    useOriginalEditMap();
    const before = timed(() => micromark(text));
    useLinearEditMap();
    const after = timed(() => micromark(text));
    console.log(
      `micromark parse of a ${n.toLocaleString('en-US')}-line brag document: original EditMap ${before.ms.toFixed(0)} ms (cpu ${before.cpuMs.toFixed(0)}), linear ${after.ms.toFixed(0)} ms (cpu ${after.cpuMs.toFixed(0)})`,
    );
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
