import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../shared/domain/model';
import { SECTION_IDS } from '../../shared/domain/sections';
import type { ReviewData } from '../../shared/domain/review/period';
import {
  hasCausalPhrase,
  hasNumber,
  impactIsSpecific,
  READINESS_KINDS,
  READINESS_WEIGHTS,
  reviewReadiness,
  type ReadinessItem,
} from '../../shared/domain/review/readiness';
import { ENTRIES, makeEntry, REVIEW_YEAR } from '../fixtures/reviewYear';

const readiness = reviewReadiness(REVIEW_YEAR);

function ofKind(kind: ReadinessItem['kind'], items: readonly ReadinessItem[] = readiness.items): ReadinessItem[] {
  return items.filter((i) => i.kind === kind);
}

/** An entry that passes every entry check: it says what changed, with a number. */
function completeEntry(id: string, date: string, section: Entry['section'] = 'projects'): Entry {
  return makeEntry({ id, date, title: `Finished ${id}`, section, impact: 'Saved the team 2 hours a week.' });
}

function withEntry(data: ReviewData, id: string, change: Partial<Entry>): ReviewData {
  return { ...data, entries: data.entries.map((e) => (e.id === id ? { ...e, ...change } : e)) };
}

/** Fixes one item the way the user would, in place. */
function fix(data: ReviewData, item: ReadinessItem): ReviewData {
  switch (item.kind) {
    case 'missing-impact':
    case 'vague-impact':
      return withEntry(data, item.entryId ?? '', { impact: 'Cut review time from 3 days to 1.' });
    case 'empty-section':
      return { ...data, entries: [...data.entries, completeEntry(`fill-${item.section}`, data.period.from, item.section)] };
    case 'silent-month':
      return { ...data, entries: [...data.entries, completeEntry(`fill-${item.month}`, `${item.month}-15`)] };
    case 'goal-without-evidence':
      return { ...data, goals: data.goals.map((g) => (g.id === item.goalId ? { ...g, evidenceIds: [data.entries[0]?.id ?? ''] } : g)) };
    case 'unanswered-follow-up':
      return { ...data, followUps: { open: data.followUps.open.filter((f) => f.id !== item.followUpId) } };
    case 'no-entries':
      return { ...data, entries: [completeEntry('first', data.period.from)] };
  }
}

describe('the review-readiness check', () => {
  it('asks what happened because of each accomplishment that has no impact, and only those', () => {
    expect(ofKind('missing-impact').map((i) => i.entryId)).toEqual(['rubric', 'rollback-runbook', 'incident-review', 'office-hours', 'tomas-release']);
    // Learnings and kudos stand on their own.
    const notAsked = ENTRIES.filter((e) => e.kind !== 'accomplishment' && !e.impact).map((e) => e.id);
    expect(notAsked.length).toBeGreaterThan(0);
    for (const id of notAsked) expect(ofKind('missing-impact').some((i) => i.entryId === id)).toBe(false);
    expect(ofKind('missing-impact')[0]?.message).toBe(
      '"Interviewed 4 candidates and rewrote the take-home rubric" (30 Jan 2026) has no impact yet: what happened because of it?',
    );
  });

  it('flags impacts with neither a number nor a “which caused…”', () => {
    expect(ofKind('vague-impact').map((i) => i.entryId)).toEqual([
      'feature-store-doc',
      'lena-review',
      'platform-reviews',
      'offsite',
      'oncall-doc',
      'quality-report',
    ]);
    expect(ofKind('vague-impact')[0]?.message).toBe(
      'The impact of "Wrote the design doc for feature-store caching" (13 Feb 2026) has no number and no "which caused…": what changed, and by how much?',
    );
  });

  it('names the template sections with nothing in them', () => {
    expect(ofKind('empty-section')).toEqual([
      {
        kind: 'empty-section',
        section: 'outside',
        message: 'Nothing under Outside of work in 2026. Blog posts, talks, open source, recognition outside your job.',
      },
    ]);
  });

  it('names the silent months', () => {
    expect(ofKind('silent-month')).toEqual([
      { kind: 'silent-month', month: '2026-08', message: 'No entries in August 2026: anything worth remembering from that month?' },
    ]);
  });

  it('does not count months that have not started yet as silent', () => {
    const early = reviewReadiness({ ...REVIEW_YEAR, entries: ENTRIES.filter((e) => e.date < '2026-03-01') }, { today: '2026-02-27' });
    expect(ofKind('silent-month', early.items).map((i) => i.month)).toEqual([]);
    const later = reviewReadiness({ ...REVIEW_YEAR, entries: ENTRIES.filter((e) => e.date < '2026-03-01') }, { today: '2026-05-01' });
    expect(ofKind('silent-month', later.items).map((i) => i.month)).toEqual(['2026-03', '2026-04', '2026-05']);
  });

  it('names goals with no linked entry, but not dropped ones', () => {
    expect(ofKind('goal-without-evidence').map((i) => i.goalId)).toEqual(['goal-conference', 'goal-fair-interviews']);
    expect(ofKind('goal-without-evidence')[1]?.message).toBe(
      'The goal "Make our interviews fairer" is marked achieved but no entry shows it: link the work that got it there.',
    );
  });

  it('names follow-ups due by the end of the period and never answered, soonest first', () => {
    const items = ofKind('unanswered-follow-up');
    expect(items.map((i) => [i.followUpId, i.entryId])).toEqual([
      ['follow-sso', 'sso'],
      ['follow-incident', 'incident-review'],
    ]);
    expect(items[0]?.message).toBe(
      'A follow-up about "Built the SSO integration for the admin console" has waited for an answer since 2 Jul 2026: Three months ago you built the SSO integration: did the bank pilots go ahead?',
    );
  });

  it('lists items grouped by kind, each pointing at something that exists', () => {
    const order = readiness.items.map((i) => READINESS_KINDS.indexOf(i.kind));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const entryIds = new Set(ENTRIES.map((e) => e.id));
    for (const item of readiness.items) {
      expect(item.message).toMatch(/^[A-Z"].*[.?!]$/);
      if (item.entryId !== undefined) expect(entryIds.has(item.entryId)).toBe(true);
      if (item.goalId !== undefined) expect(REVIEW_YEAR.goals.some((g) => g.id === item.goalId)).toBe(true);
      if (item.section !== undefined) expect(SECTION_IDS).toContain(item.section);
    }
  });

  it('scores the weighted share of checks passed', () => {
    const accomplishments = ENTRIES.filter((e) => e.kind === 'accomplishment').length;
    const total =
      accomplishments * (READINESS_WEIGHTS.impact + READINESS_WEIGHTS.specificImpact) + 6 + 12 + 5 + 2;
    const failed =
      5 * (READINESS_WEIGHTS.impact + READINESS_WEIGHTS.specificImpact) + 6 * READINESS_WEIGHTS.specificImpact + 1 + 1 + 2 + 2;
    expect(readiness.checks).toEqual({ total, passed: total - failed });
    expect(readiness.score).toBeCloseTo((100 * (total - failed)) / total, 10);
    expect(readiness.score).toBeGreaterThan(0);
    expect(readiness.score).toBeLessThan(100);
  });

  it('rises strictly with every gap fixed, one at a time, up to 100', () => {
    let data = REVIEW_YEAR;
    let current = reviewReadiness(data);
    let steps = 0;
    while (current.items.length > 0) {
      const item = current.items[0] as ReadinessItem;
      data = fix(data, item);
      const next = reviewReadiness(data);
      expect(next.score, `fixing ${item.kind}`).toBeGreaterThan(current.score);
      expect(next.items.length).toBe(current.items.length - 1);
      current = next;
      steps += 1;
    }
    expect(steps).toBe(readiness.items.length);
    expect(current.score).toBe(100);
  });

  it('rises strictly whichever gap is fixed first', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: readiness.items.length - 1 }), (index) => {
        const item = readiness.items[index] as ReadinessItem;
        expect(reviewReadiness(fix(REVIEW_YEAR, item)).score).toBeGreaterThan(readiness.score);
      }),
    );
  });

  it('gives an empty period a score of 0 and one thing to do', () => {
    const empty = reviewReadiness({ ...REVIEW_YEAR, entries: [] });
    expect(empty).toEqual({
      score: 0,
      checks: { passed: 0, total: 0 },
      items: [{ kind: 'no-entries', message: 'There are no entries for 2026 yet: add what you did, even briefly, and this check will have something to look at.' }],
    });
    expect(reviewReadiness(fix({ ...REVIEW_YEAR, entries: [] }, empty.items[0] as ReadinessItem)).score).toBeGreaterThan(0);
  });

  it('handles 5,000 entries', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ ...(ENTRIES[i % ENTRIES.length] as Entry), id: `copy-${i}` }));
    expect(reviewReadiness({ ...REVIEW_YEAR, entries: many }).items.length).toBeGreaterThan(1000);
  });
});

describe('what makes an impact specific', () => {
  it.each([
    ['CI went from 38 minutes to 12', true],
    ['halved the build time', true],
    ['Unblocked the pilot with two banks', true],
    ['Health is visible per account, so that managers see problems early', true],
    ['The fix, which made on-call calmer', true],
    ['Adopted by the search and ads teams.', false],
    ['Everyone came.', false],
    ['', false],
  ])('%j → %s', (impact, specific) => {
    expect(impactIsSpecific(impact)).toBe(specific);
  });

  it('finds causal phrases across Markdown and line breaks, in any case', () => {
    expect(hasCausalPhrase('Shipped it, **which\ncaused** fewer pages')).toBe(true);
    expect(hasCausalPhrase('As a result, fewer pages')).toBe(true);
    expect(hasCausalPhrase('Reenabled the flag')).toBe(false);
  });

  it('counts spelled-out quantities as numbers', () => {
    expect(hasNumber('three teams')).toBe(true);
    expect(hasNumber('doubled the traffic')).toBe(true);
    expect(hasNumber('the team')).toBe(false);
  });
});
