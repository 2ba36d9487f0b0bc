import { describe, expect, it } from 'vitest';
import { extractMeasures, markdownToPlain, type MeasureKind } from '../../shared/domain/review/measures';
import { findWeakOpeners, gerundOf, leadingVerb, strongVerbFor } from '../../shared/domain/review/verbs';

type Row = [phrase: string, kind: MeasureKind, text: string];

/** How people actually write numbers in a brag document, and what should be quoted back. */
const MEASURES: Row[] = [
  // percentages
  ['Cut flaky test reruns by 30%.', 'percent', '30%'],
  ['Reduced cloud spend by 30 percent.', 'percent', '30 percent'],
  ['Builds are 40 % faster.', 'percent', '40 % faster'],
  ['Conversion went up 12.5% after the redesign.', 'percent', '12.5%'],
  ['Error rate dropped by 10-15% across regions.', 'percent', '10-15%'],
  ['A 25 per cent reduction in tickets.', 'percent', '25 per cent reduction'],
  ['Precision improved by 4 percentage points.', 'percent', '4 percentage points'],
  ['Churn fell 3 pct quarter over quarter.', 'percent', '3 pct'],
  // money
  ['Saved $40k a year on GPU reservations.', 'money', '$40k a year'],
  ['Closed a $1.2M renewal with the largest account.', 'money', '$1.2M'],
  ['Cut the vendor bill by €300 per month.', 'money', '€300 per month'],
  ['Approved a budget of USD 5,000 for the pilot.', 'money', 'USD 5,000'],
  ['That is 40k dollars we no longer spend.', 'money', '40k dollars'],
  ['Recovered £2,500 in duplicate charges.', 'money', '£2,500'],
  ['Avoided $3 million in penalties.', 'money', '$3 million'],
  // multipliers
  ['The tests are 3x faster.', 'multiplier', '3x faster'],
  ['Throughput went up 3× on the same hardware.', 'multiplier', '3×'],
  ['Tripled the number of weekly active teams.', 'multiplier', 'Tripled'],
  ['Doubled the cache hit rate.', 'multiplier', 'Doubled'],
  ['Halved the on-call load.', 'multiplier', 'Halved'],
  ['Queries run 10 times faster now.', 'multiplier', '10 times faster'],
  ['Cut the image size in half.', 'multiplier', 'in half'],
  ['A 5-fold increase in coverage.', 'multiplier', '5-fold'],
  ['Indexing is 2.5x cheaper.', 'multiplier', '2.5x cheaper'],
  // from A to B
  ['CI went from 40 minutes to 6.', 'fromTo', 'from 40 minutes to 6'],
  ['Pages went from 14 to 3 pages a week.', 'fromTo', 'from 14 to 3 pages a week'],
  ['Brought p95 from 420 ms to 95 ms.', 'fromTo', 'p95 from 420 ms to 95 ms'],
  ['p99 latency from 1.2 s to 300 ms.', 'fromTo', 'p99 latency from 1.2 s to 300 ms'],
  ['The monthly bill dropped from $18k to $9k.', 'fromTo', 'from $18k to $9k'],
  ['Coverage from 41% to 78%.', 'fromTo', 'from 41% to 78%'],
  ['Cold start 9s → 2s.', 'fromTo', '9s → 2s'],
  ['Onboarding time went from about 3 weeks to 4 days.', 'fromTo', 'from about 3 weeks to 4 days'],
  // counts with units
  ['Migrated 12 services to the new queue.', 'count', '12 services'],
  ['Interviewed 4 candidates this month.', 'count', '4 candidates'],
  ['2 teams adopted the library.', 'count', '2 teams'],
  ['It now serves 3,000 users.', 'count', '3,000 users'],
  ['Handles 1.5M requests/day at peak.', 'count', '1.5M requests/day'],
  ['Deleted 30 alerts nobody acted on.', 'count', '30 alerts'],
  ['Reviewed 120 pull requests.', 'count', '120 pull requests'],
  ['Closed 15 legacy billing tickets.', 'count', '15 legacy billing tickets'],
  ['Archived 500 GB of stale logs.', 'count', '500 GB'],
  ['Answered questions from two vendor security questionnaires.', 'count', 'two vendor security questionnaires'],
  ['Fixed 8 APIs with missing auth checks.', 'count', '8 APIs'],
  // durations
  ['Shipped the importer in 3 weeks.', 'duration', 'in 3 weeks'],
  ['The nightly job now takes 6 minutes.', 'duration', '6 minutes'],
  ['Launched 2 days ahead of schedule.', 'duration', '2 days ahead of schedule'],
  ['Delivered the pilot a quarter early.', 'duration', 'a quarter early'],
  ['Finished the migration within a single sprint.', 'duration', 'within a single sprint'],
  ['Saves everyone 3 hours a week.', 'duration', '3 hours a week'],
  ['Ran the on-call rotation for two weeks.', 'duration', 'for two weeks'],
  ['Requests time out after 30s.', 'duration', 'after 30s'],
  // team size
  ['Led a team of 5 through the relaunch.', 'teamSize', 'a team of 5'],
  ['Hired 5 engineers for the platform team.', 'teamSize', '5 engineers'],
  ['Led 3 people through the reorg.', 'teamSize', '3 people'],
  ['Collected proposals from all five engineers.', 'teamSize', 'five engineers'],
  ['Mentored 2 interns over the summer.', 'teamSize', '2 interns'],
  ['Onboarded 6 new hires.', 'teamSize', '6 new hires'],
  ['Managed a team of eight engineers.', 'teamSize', 'a team of eight engineers'],
];

/** Numbers that are not measures: quoting them as impact would be misleading. */
const NOT_MEASURES: string[] = [
  'Shipped it on 2026-03-04.',
  'Kicked off Q3 planning.',
  'Released v2.1 of the client.',
  'Standup moved to start at 16:00.',
  'My first design review as tech lead.',
  'Fixed JIRA-1234 before the release.',
  'Call the on-call phone at +1 555 013 4567.',
  'The vendor hotline is 555-0134.',
  'Weekly 1:1s with Priya.',
  'Upgraded the ranking service to Python 3.12.',
  'Merged PR #482 after review.',
  'Third time, the 3rd attempt worked.',
  'Started the rewrite in 2025 with Marco.',
  'Wrote the sprint 14 retro notes.',
  'Prepared the SOC 2 audit evidence.',
  'Met on March 4, 2026 to decide.',
  'On-call 24/7 for the launch week.',
  'Patched CVE-2024-3094 in the base image.',
  'Rolled back commit 3f9a2c1b in production.',
  'Moved the standup to 9am.',
  'Handled a SEV-1 and two P2 incidents.',
  'Reached L5 this cycle.',
  'Was the go-to person for Kafka 3.6 questions.',
  'Covered H2 2026 roadmap items.',
  'Drafted the doc from 2019 to 2024 history.',
];

describe('measures found in what the person wrote', () => {
  it.each(MEASURES)('%s', (phrase, kind, text) => {
    const measures = extractMeasures(phrase, 'impact');
    expect(measures).toContainEqual({ kind, text, field: 'impact' });
    // Each phrase has exactly one measure: nothing else in it is mistaken for a number.
    expect(measures).toHaveLength(1);
  });

  it('covers at least fifty phrasings of every kind', () => {
    expect(MEASURES.length).toBeGreaterThanOrEqual(50);
    const kinds = new Set(MEASURES.map(([, kind]) => kind));
    expect([...kinds].sort()).toEqual(['count', 'duration', 'fromTo', 'money', 'multiplier', 'percent', 'teamSize']);
  });

  it.each(NOT_MEASURES)('finds no measure in %j', (phrase) => {
    expect(extractMeasures(phrase)).toEqual([]);
  });

  it('quotes each measure exactly as written and says which part of the entry it came from', () => {
    const impact = 'CI went from 38 minutes to 12, which made the tests 3x faster for everyone on the team.';
    const measures = extractMeasures(impact, 'impact');
    expect(measures).toEqual([
      { kind: 'fromTo', text: 'from 38 minutes to 12', field: 'impact' },
      { kind: 'multiplier', text: '3x faster', field: 'impact' },
    ]);
    for (const m of measures) expect(impact).toContain(m.text);
    expect(extractMeasures('Migrated 12 services', 'title')[0]?.field).toBe('title');
    expect(extractMeasures('Migrated 12 services')[0]?.field).toBe('body');
  });

  it('reads Markdown: markup is stripped before matching', () => {
    const body = '## Results\n\n- **p95** went from `420 ms` to **95 ms**\n- saved [$40k a year](https://example.test/costs)';
    expect(extractMeasures(body).map((m) => [m.kind, m.text])).toEqual([
      ['fromTo', 'from 420 ms to 95 ms'],
      ['money', '$40k a year'],
    ]);
  });

  it('keeps a date or an id next to a measure out of the measure', () => {
    expect(extractMeasures('On 2026-03-04 (JIRA-1234) cut p95 from 420 ms to 95 ms for 3,000 users.').map((m) => m.text)).toEqual([
      'p95 from 420 ms to 95 ms',
      '3,000 users',
    ]);
  });

  it('finds numbers in text of other languages and scripts', () => {
    expect(extractMeasures('שיפרתי את זמן הבנייה ב-40%')).toEqual([{ kind: 'percent', text: '40%', field: 'body' }]);
  });

  it('finds nothing in text without numbers', () => {
    expect(extractMeasures('Wrote the design doc for feature-store caching.')).toEqual([]);
    expect(extractMeasures('')).toEqual([]);
  });
});

describe('Markdown as plain text', () => {
  it('keeps list items and paragraphs as separate sentences', () => {
    expect(markdownToPlain('Shipped it.\n\n- wrote the gating job\n- documented how to override it')).toBe(
      'Shipped it. wrote the gating job. documented how to override it',
    );
  });

  it('drops emphasis, links, code and headings but keeps their words', () => {
    expect(markdownToPlain('# Title\n**Rewrote** the [alerting rules](https://x.test) in `yaml`')).toBe(
      'Title. Rewrote the alerting rules in yaml',
    );
  });

  it('joins a hard-wrapped paragraph into one sentence', () => {
    expect(markdownToPlain('Split the slow integration\nsuite and cached fixtures.')).toBe(
      'Split the slow integration suite and cached fixtures.',
    );
  });
});

describe('verbs', () => {
  it.each([
    ['Shipped the importer', { verb: 'shipped', strong: true, rest: 'the importer' }],
    ['Led the Q3 planning', { verb: 'led', strong: true, rest: 'the Q3 planning' }],
    ['I finally rewrote the rubric', { verb: 'rewrote', strong: true, rest: 'the rubric' }],
    ['Worked on the billing migration', { verb: 'worked on', strong: false, rest: 'the billing migration' }],
    ['Was responsible for the release train', { verb: 'was responsible for', strong: false, rest: 'the release train' }],
    ['Co-led the hiring loop redesign', { verb: 'co-led', strong: true, rest: 'the hiring loop redesign' }],
  ])('recognises the verb %j starts with', (title, expected) => {
    expect(leadingVerb(title)).toEqual(expected);
  });

  it.each(['Quarterly planning as tech lead', 'Speed up the build', 'Hundred-day plan', 'Based on feedback, changed the rubric'])(
    'finds no verb at the start of %j',
    (title) => {
      expect(leadingVerb(title)).toBeUndefined();
    },
  );

  it('flags weak openers once each, in the order they appear', () => {
    expect(findWeakOpeners('Helped with the migration. Was involved in planning, worked on docs and helped with tests.')).toEqual([
      'helped with',
      'was involved in',
      'worked on',
    ]);
    expect(findWeakOpeners('I was responsible for on-call and assisted Sam; we did the cutover.')).toEqual([
      'was responsible for',
      'assisted',
      'did',
    ]);
    expect(findWeakOpeners("Didn't wait: did not block, shipped it.")).toEqual([]);
    expect(findWeakOpeners('Shipped the importer and mentored Sam.')).toEqual([]);
  });

  it('chooses a verb by theme first, then by section', () => {
    expect(strongVerbFor({ section: 'projects', kind: 'accomplishment', themes: [{ name: 'leadership' }] })).toBe('led');
    expect(strongVerbFor({ section: 'projects', kind: 'accomplishment', themes: [{ name: 'transition' }, { name: 'quality' }] })).toBe(
      'reduced',
    );
    expect(strongVerbFor({ section: 'projects', kind: 'accomplishment', themes: [] })).toBe('built');
    expect(strongVerbFor({ section: 'design', kind: 'accomplishment', themes: [] })).toBe('authored');
    expect(strongVerbFor({ section: 'company', kind: 'accomplishment', themes: [{ name: 'hiring' }] })).toBe('established');
    expect(strongVerbFor({ section: 'outside', kind: 'accomplishment', themes: [] })).toBe('published');
    expect(strongVerbFor({ section: 'projects', kind: 'learning', themes: [{ name: 'leadership' }] })).toBe('learned');
  });

  it('skips verbs other bullets already use', () => {
    const entry = { section: 'projects' as const, kind: 'accomplishment' as const, themes: [{ name: 'leadership' }] };
    expect(strongVerbFor(entry, new Set(['led']))).toBe('mentored');
    expect(strongVerbFor(entry, new Set(['led', 'mentored', 'coached']))).toBe('guided');
  });

  it.each([
    ['split', 'splitting'],
    ['cached', 'caching'],
    ['shipped', 'shipping'],
    ['wrote', 'writing'],
    ['documented', 'documenting'],
    ['unified', 'unifying'],
    ['agreed', 'agreeing'],
    ['exceeded', 'exceeding'],
    ['ran', 'running'],
    ['deployed', 'deploying'],
  ])('turns %s into %s for "by doing…"', (past, gerund) => {
    expect(gerundOf(past)).toBe(gerund);
  });
});
