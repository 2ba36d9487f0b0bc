import { describe, expect, it } from 'vitest';
import type { KeptBullet } from '../../shared/domain/model';
import { MEASURE_PLACEHOLDER } from '../../shared/domain/review/bullets';
import { edited } from '../../renderer/features/review/bulletWarnings';

const drafted: KeptBullet = {
  id: 'b1',
  text: 'Rewrote the evaluation harness',
  sourceIds: ['entry-1'],
  accepted: false,
  needsMeasure: true,
  warnings: [{ code: 'no-measure', message: 'No number yet.' }],
  rank: 3,
  inDefaultSet: true,
  rankReasons: ['starred'],
};

describe('a bullet after the person rewrote it', () => {
  it('still needs a number while its text states none, even without the placeholder', () => {
    const next = edited(drafted, 'Rewrote the evaluation harness so it shards by customer');
    expect(next.needsMeasure).toBe(true);
    expect(next.warnings.map((w) => w.code)).toEqual(['no-measure']);
  });

  it('no longer needs one once the text has a measure', () => {
    const next = edited(drafted, 'Cut model evaluation from 3 hours to 22 minutes');
    expect(next.needsMeasure).toBe(false);
    expect(next.warnings).toEqual([]);
  });

  it('needs one while the placeholder is there, whatever else the text says', () => {
    expect(edited(drafted, `Served 40 teams ${MEASURE_PLACEHOLDER}`).needsMeasure).toBe(true);
  });

  it('keeps how it was ranked', () => {
    const next = edited(drafted, 'Cut model evaluation from 3 hours to 22 minutes');
    expect([next.rank, next.inDefaultSet, next.rankReasons]).toEqual([3, true, ['starred']]);
  });
});
