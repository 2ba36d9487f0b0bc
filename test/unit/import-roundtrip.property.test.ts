import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bragDocument } from '../../electron/core/exchange/exports';
import { importBragMarkdown } from '../../electron/core/exchange/importers/bragMarkdown';
import { endOfPeriod, startOfPeriod, type DatePrecision } from '../../shared/domain/entryDate';
import type { Entry, EntryKind } from '../../shared/domain/model';
import { SECTION_IDS, type SectionId } from '../../shared/domain/sections';

/**
 * Any list of entries exported as a brag document imports back to the same entries: dates with
 * their precision and range, kinds, sections, titles, bodies, themes, people and impact.
 */

const VERBS = ['Shipped', 'Rebuilt', 'Wrote', 'Led', 'Fixed', 'Designed', 'Migrated', 'Reviewed'];
const NOUNS = ['the cache', 'the billing queue', 'the onboarding guide', 'search ranking', 'the deploy lock', 'the metrics pipeline'];
const THEMES = ['infra', 'reliability', 'hiring', 'docs', 'search', 'ml'];
const PEOPLE = ['Dana', 'Jonas', 'Marcus', 'Priya', 'Tom', 'Sarah'];
// What people write under an entry: a sentence, two paragraphs, a list, a sentence then a list.
const BODIES = [
  '',
  'Took two long weekends.',
  'Paired on both pages that came in.\n\nWrote the runbook afterwards.',
  '- rewrote the feature pipeline\n- ran the A/B test for 3 weeks',
  'Moved the slow tests to a nightly job.\n\n- builds went from 22 to 11 minutes',
];
const IMPACTS = ['builds twice as fast', 'support tickets down a third', 'p99 from 900ms to 250ms', 'AUC 0.71 → 0.78'];
const PRECISIONS: DatePrecision[] = ['day', 'week', 'part', 'month', 'quarter', 'half', 'season', 'year'];

function dayOf(n: number): string {
  const d = new Date(Date.UTC(1995, 0, 1) + n * 86_400_000);
  return d.toISOString().slice(0, 10);
}

const dateArb = fc
  .record({
    start: fc.integer({ min: 0, max: 12_000 }),
    precision: fc.constantFrom(...PRECISIONS),
    span: fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
  })
  .map(({ start, precision, span }) => {
    const date = startOfPeriod(dayOf(start), precision);
    if (span === undefined) return { date, datePrecision: precision, dateEnd: null };
    // A range ends on the last day of a later period of the same precision.
    const later = precision === 'week' ? dayOf(start + 7 * Math.ceil(span / 7)) : dayOf(start + span * (precision === 'day' ? 1 : 15));
    const dateEnd = precision === 'week' ? dayOf(start + 7 * Math.ceil(span / 7) + 6) : endOfPeriod(later, precision);
    return dateEnd > endOfPeriod(date, precision)
      ? { date, datePrecision: precision, dateEnd }
      : { date, datePrecision: precision, dateEnd: null };
  });

const entryArb = fc.record({
  when: dateArb,
  verb: fc.constantFrom(...VERBS),
  noun: fc.constantFrom(...NOUNS),
  kind: fc.constantFrom<EntryKind>('accomplishment', 'learning', 'kudos'),
  section: fc.constantFrom<SectionId>(...SECTION_IDS),
  themes: fc.uniqueArray(fc.constantFrom(...THEMES), { maxLength: 3 }),
  people: fc.uniqueArray(fc.constantFrom(...PEOPLE), { maxLength: 2 }),
  impact: fc.option(fc.constantFrom(...IMPACTS), { nil: '' }),
  body: fc.constantFrom(...BODIES),
  starred: fc.boolean(),
});

type Generated = typeof entryArb extends fc.Arbitrary<infer T> ? T : never;

function toEntry(g: Generated, i: number): Entry {
  return {
    id: `e${i}`,
    ...g.when,
    title: `${g.verb} ${g.noun}`,
    body: g.body,
    section: g.section,
    impact: g.impact,
    themes: g.themes.map((name, t) => ({ id: `t${t}`, name, color: '#888888' })),
    kind: g.kind,
    people: g.people.map((name, p) => ({ id: `p${p}`, name })),
    goals: [],
    followUp: null,
    starred: g.starred,
    links: [],
    sample: false,
    createdAt: '2020-01-01T00:00:00.000Z',
    updatedAt: '2020-01-01T00:00:00.000Z',
    deletedAt: null,
  };
}

const comparable = (
  e: {
    date: string | null;
    datePrecision?: DatePrecision;
    dateEnd?: string | null;
    kind: string;
    section: string;
    title: string;
    body: string;
    impact: string;
    starred: boolean;
  },
  themes: string[],
  people: string[],
) => ({
  date: e.date,
  datePrecision: e.datePrecision ?? 'day',
  dateEnd: e.dateEnd ?? null,
  kind: e.kind,
  section: e.section,
  title: e.title,
  body: e.body,
  impact: e.impact,
  starred: e.starred,
  themes: [...themes].sort(),
  people: [...people].sort(),
});

describe('brag document export → import', () => {
  it('gives back the same entries', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { minLength: 1, maxLength: 8 }), (generated) => {
        const entries = generated.map(toEntry);
        const doc = bragDocument({ label: 'all time', entries, goals: [], goalsNext: [], fileName: 'brag.md' }).content;
        const back = importBragMarkdown(doc, { thisYear: 2030 }).entries;
        // The export groups by section in the template's order; compare in that order.
        const expected = SECTION_IDS.flatMap((s) => entries.filter((e) => e.section === s)).map((e) =>
          comparable(
            e,
            e.themes.map((t) => t.name),
            e.people.map((p) => p.name),
          ),
        );
        expect(back.map((e) => comparable(e, e.themes, e.people))).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
