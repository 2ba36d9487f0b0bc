import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../shared/domain/model';
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
    case 'vague-entry':
      return withEntry(data, item.entryId ?? '', { impact: 'Cut review time from 3 days to 1.' });
    case 'kudos-without-person':
      return withEntry(data, item.entryId ?? '', { people: [{ id: 'person-fixer', name: 'Ada Fixer' }] });
    case 'guessed-date':
      return { ...data, entries: data.entries.map((e) => (e.id === item.entryId ? { ...e, datePrecision: 'day' } : e)) };
    case 'single-entry-theme': {
      const theme = data.themes.find((t) => t.id === item.themeId);
      const extra = {
        ...completeEntry(`more-${item.themeId ?? ''}`, data.period.from),
        themes: theme ? [{ id: theme.id, name: theme.name, color: theme.color }] : [],
      };
      return { ...data, entries: [...data.entries, extra] };
    }
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
  // Issue 12 changed what is flagged: an impact counts wherever it is stated, a strong entry
  // without a stated result is no longer nagged about, and empty template sections are not
  // items. What remains is what a careful manager would ask about.
  it('asks for the result only of starred or goal-linked work that states none anywhere', () => {
    expect(ofKind('missing-impact').map((i) => i.entryId)).toEqual(['rollback-runbook']);
    expect(ofKind('missing-impact')[0]?.message).toBe(
      '"Wrote the runbook for model rollbacks" (9 Apr 2026) is evidence for "Make ML work feel like engineering" but does not say what changed because of it: what happened next?',
    );
    // Learnings and kudos stand on their own.
    for (const e of ENTRIES.filter((x) => x.kind !== 'accomplishment'))
      expect(ofKind('missing-impact').some((i) => i.entryId === e.id)).toBe(false);
  });

  it('counts an impact wherever it is stated: title, body or impact field', () => {
    const base = makeEntry({
      id: 'latency',
      date: '2026-05-05',
      title: 'Reduced p99 latency from 450ms to 180ms',
      section: 'projects',
      starred: true,
    });
    const inTitle = reviewReadiness({ ...REVIEW_YEAR, entries: [base] });
    expect(inTitle.items.filter((i) => i.entryId === 'latency')).toEqual([]);
    const inBody = makeEntry({
      id: 'docs',
      date: '2026-05-05',
      title: 'Rewrote the onboarding docs',
      body: 'New hires now ship in week one → adopted by 3 teams.',
      section: 'projects',
      starred: true,
    });
    expect(reviewReadiness({ ...REVIEW_YEAR, entries: [inBody] }).items.filter((i) => i.entryId === 'docs')).toEqual([]);
  });

  it('flags vague entries: a weak verb and no outcome, but not a weak verb with one', () => {
    const vague = makeEntry({ id: 'vague', date: '2026-05-05', title: 'Worked on the on-call rotation', section: 'projects' });
    const helped = makeEntry({
      id: 'helped',
      date: '2026-05-06',
      title: 'Helped with the deployment',
      section: 'projects',
      impact: 'Which let the team ship two days early.',
    });
    const items = reviewReadiness({ ...REVIEW_YEAR, entries: [...ENTRIES, vague, helped] }).items;
    expect(ofKind('vague-entry', items).map((i) => i.entryId)).toEqual(['vague']);
    expect(ofKind('vague-entry', items)[0]?.message).toBe(
      '"Worked on the on-call rotation" (5 May 2026) says you took part ("worked on") but not what you did or what changed: what was your part, and what came of it?',
    );
  });

  it('flags kudos without a person, guessed dates and themes with a single entry', () => {
    const kudos = makeEntry({ id: 'shoutout', date: '2026-05-05', title: 'Shoutout at the all-hands', section: 'company', kind: 'kudos' });
    const guessed = {
      ...makeEntry({ id: 'guessed', date: '2026-05-01', title: 'Shipped the export', section: 'projects' }),
      datePrecision: 'season' as const,
    };
    const lonely = REVIEW_YEAR.themes.find((t) => t.name === 'open-source');
    const single = {
      ...makeEntry({ id: 'single', date: '2026-05-07', title: 'Published the ranking library', section: 'outside' }),
      themes: lonely ? [{ id: lonely.id, name: lonely.name, color: lonely.color }] : [],
    };
    const items = reviewReadiness({ ...REVIEW_YEAR, entries: [...ENTRIES, kudos, guessed, single] }).items;
    expect(ofKind('kudos-without-person', items).map((i) => i.entryId)).toEqual(['shoutout']);
    expect(ofKind('guessed-date', items).map((i) => i.entryId)).toEqual(['guessed']);
    expect(ofKind('single-entry-theme', items).map((i) => i.themeId)).toEqual([lonely?.id]);
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
      if (item.themeId !== undefined) expect(REVIEW_YEAR.themes.some((t) => t.id === item.themeId)).toBe(true);
    }
  });

  it('scores the weighted share of checks passed', () => {
    const accomplishments = ENTRIES.filter((e) => e.kind === 'accomplishment');
    const highlighted = accomplishments.filter((e) => e.starred || e.goals.length > 0).length;
    const kudos = ENTRIES.filter((e) => e.kind === 'kudos').length;
    const themesUsed = new Set(ENTRIES.flatMap((e) => e.themes.map((t) => t.id))).size;
    const goals = REVIEW_YEAR.goals.filter((g) => g.status !== 'dropped').length;
    const total =
      accomplishments.length * READINESS_WEIGHTS.vague +
      highlighted * READINESS_WEIGHTS.outcome +
      kudos +
      themesUsed +
      12 +
      goals * READINESS_WEIGHTS.goalEvidence +
      2;
    const failed = READINESS_WEIGHTS.outcome + 1 + 2 * READINESS_WEIGHTS.goalEvidence + 2;
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
      items: [
        {
          kind: 'no-entries',
          message: 'There are no entries for 2026 yet: add what you did, even briefly, and this check will have something to look at.',
        },
      ],
    });
    expect(reviewReadiness(fix({ ...REVIEW_YEAR, entries: [] }, empty.items[0] as ReadinessItem)).score).toBeGreaterThan(0);
  });

  it('handles 5,000 entries', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ ...(ENTRIES[i % ENTRIES.length] as Entry), id: `copy-${i}` }));
    // The same year copied: the same gaps, never more than half the entries flagged.
    const items = reviewReadiness({ ...REVIEW_YEAR, entries: many }).items;
    const flagged = new Set(items.flatMap((i) => (i.entryId ? [i.entryId] : [])));
    expect(flagged.size).toBeGreaterThan(100);
    expect(flagged.size).toBeLessThan(2500);
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
