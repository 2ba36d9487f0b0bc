import { test } from 'vitest';
import { reviewReadiness } from '../../shared/domain/review/readiness';
import { JOURNALS } from '../fixtures/journals';
test('print', () => {
  for (const j of JOURNALS) {
    const r = reviewReadiness(j.data, { today: '2026-12-31' });
    const flagged = new Set(r.items.flatMap((i) => i.entryId ? [i.entryId] : []));
    console.log(`\n=== ${j.author} score ${r.score.toFixed(1)} flagged ${flagged.size}/${j.data.entries.length}`);
    for (const i of r.items) console.log(`  ${i.kind}: ${i.message}`);
  }
});
