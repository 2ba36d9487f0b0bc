import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticEntries, THEMES as SYNTHETIC_THEMES } from '../../bench/synthetic';
import type { Entry, Theme } from '../../shared/domain/model';
import { analyzeEntry, type EntryAnalysis } from '../../shared/domain/review/analysis';
import { draftBullets } from '../../shared/domain/review/bullets';
import { reviewPacket } from '../../shared/domain/review/packet';
import { type ReviewData, yearPeriod } from '../../shared/domain/review/period';
import { reviewReadiness } from '../../shared/domain/review/readiness';
import { reviewSummary } from '../../shared/domain/review/summary';
import { JOURNALS } from '../fixtures/journals';
import { makeEntry, REVIEW_YEAR } from '../fixtures/reviewYear';

/**
 * Review writing, pinned: the whole output of the summary, bullets (both formats), readiness
 * check and both packets for every fixture journal, and a digest of the same for a synthetic
 * year of 1,500 entries. Speed work must give exactly these results; a deliberate change of
 * wording regenerates the files with UPDATE_REVIEW_GOLDEN=1 and shows up in review as a diff.
 */

const GOLDEN_DIR = path.join(__dirname, '..', 'fixtures', 'reviewGolden');
const update = process.env.UPDATE_REVIEW_GOLDEN === '1';

function analysisLookup() {
  const cache = new Map<string, EntryAnalysis>();
  return (entry: Pick<Entry, 'id' | 'title' | 'body' | 'impact' | 'kind' | 'section'>): EntryAnalysis => {
    const known = cache.get(entry.id) ?? analyzeEntry(entry);
    cache.set(entry.id, known);
    return known;
  };
}

/** Everything the generators write for one journal, as plain data. */
function outputsOf(data: ReviewData) {
  const analysisOf = analysisLookup();
  const order = { themeOrder: [] as string[], analysisOf };
  return {
    summary: reviewSummary(data, order),
    bulletsXyz: draftBullets(data.entries, 'xyz', analysisOf),
    bulletsShort: draftBullets(data.entries, 'short', analysisOf),
    check: reviewReadiness(data, { today: '2026-12-20' }, analysisOf),
    manager: reviewPacket(data, 'manager', order),
    peer: reviewPacket(data, 'peer', order),
  };
}

/** A year of the benchmark's synthetic journal: realistic volume, themes, untagged entries and numbers. */
function syntheticYear(count: number): ReviewData {
  const themes: Theme[] = SYNTHETIC_THEMES.map((name, i) => ({
    id: `theme-${name}`,
    name,
    color: '#2f6fdb',
    description: i % 3 === 0 ? '' : `Work on ${name}.`,
    entryCount: 0,
    sample: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }));
  const entries = syntheticEntries(count).map((e, i) =>
    makeEntry({
      id: `synthetic-${i}`,
      date: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((Math.floor(i / 12) % 28) + 1).padStart(2, '0')}`,
      title: e.title,
      body: e.body,
      impact: e.impact,
      section: e.section,
      starred: e.starred,
      themes: e.themes.map((name) => ({ id: `theme-${name}`, name, color: '#2f6fdb' })),
    }),
  );
  return { period: yearPeriod(2026), entries, themes, goals: [], goalsNext: [], reflections: [], followUps: { open: [] } };
}

function pinned(name: string, actual: unknown): unknown {
  const file = path.join(GOLDEN_DIR, `${name}.json`);
  const text = `${JSON.stringify(actual, null, 1)}\n`;
  if (update) fs.writeFileSync(file, text);
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

describe('review writing gives exactly the pinned output', () => {
  const journals: [string, ReviewData][] = [
    ['reviewYear', REVIEW_YEAR],
    ...JOURNALS.map((j): [string, ReviewData] => [j.author.split(' ')[0]?.toLowerCase() ?? j.author, j.data]),
  ];
  for (const [name, data] of journals) {
    it(`for ${name}'s journal`, () => {
      const outputs = outputsOf(data);
      expect(outputs).toEqual(pinned(name, outputs));
    });
  }

  it('for a synthetic year of 1,500 entries (each output by its digest)', () => {
    const outputs = outputsOf(syntheticYear(1500));
    const digests = Object.fromEntries(
      Object.entries(outputs).map(([key, value]) => [key, createHash('sha256').update(JSON.stringify(value)).digest('hex')]),
    );
    expect(outputs.bulletsXyz.length).toBeGreaterThan(1000);
    expect(digests).toEqual(pinned('synthetic1500', digests));
    // Analyses 1,500 entries from scratch; on a loaded two-core machine that outlasts the default limit.
  }, 180_000);
});
