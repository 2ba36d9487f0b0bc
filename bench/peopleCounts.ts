/**
 * People with their counts (entries, kudos, first and last date) at 10k or 100k entries, against
 * the raw floor of counting links by person. `npx tsx bench/peopleCounts.ts 100000`
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openBackend } from '../electron/core/backend';
import { writeEntries } from '../electron/core/exchange/bulkWrite';
import { nextThemeColor } from '../shared/domain/themeColors';
import { random, syntheticEntries } from './synthetic';

const size = Number(process.argv[2] ?? 10_000);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-people-'));
try {
  const backend = openBackend({ databasePath: path.join(dir, 'journal.db'), externalPollMs: 0 });
  const rand = random(7);
  const names = Array.from({ length: 300 }, (_, i) => `Person Number${i}`);
  const entries = syntheticEntries(size).map((e) => ({
    ...e,
    kind: rand() < 0.2 ? ('kudos' as const) : ('accomplishment' as const),
    links: [],
    people: rand() < 0.6 ? [names[Math.floor(rand() * names.length)] as string, names[Math.floor(rand() * 40)] as string] : [],
  }));
  backend.db.transaction(() =>
    writeEntries(backend.db, entries, { now: new Date().toISOString(), newId: () => crypto.randomUUID(), colorFor: nextThemeColor }),
  )();
  // Some in the trash, which the counts leave out.
  backend.db.exec("UPDATE entries SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE seq % 50 = 0");
  backend.db.pragma('optimize');
  const time = (runs: number, work: () => unknown) => {
    const times: number[] = [];
    for (let i = 0; i < runs + 2; i++) {
      const start = performance.now();
      work();
      if (i >= 2) times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)] as number;
  };
  // Floor: the same counts as one plain join, the way a person would first write it.
  const raw = backend.db.prepare(
    `SELECT ep.person_seq, count(*), sum(e.kind = 'kudos'), min(e.date), max(e.date)
     FROM entry_people ep JOIN entries e ON e.seq = ep.entry_seq WHERE e.deleted_at IS NULL GROUP BY ep.person_seq`,
  );
  const floor = time(10, () => raw.all());
  const ours = time(10, () => backend.dispatch('people.list', {}));
  console.log(
    `${size.toLocaleString('en-US')} entries, people.list: ${ours.toFixed(1)} ms p50; floor (plain join) ${floor.toFixed(1)} ms; ${(ours / floor).toFixed(1)}×`,
  );
  backend.close();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
