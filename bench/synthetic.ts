/**
 * A deterministic synthetic journal: entries of 50-300 words drawn from the vocabulary of real
 * brag documents, spread over the years with realistic themes, sections and stars.
 */

/** mulberry32: small, fast, seeded; the same seed gives the same journal. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VERBS = [
  'shipped',
  'led',
  'designed',
  'migrated',
  'reduced',
  'mentored',
  'rewrote',
  'automated',
  'debugged',
  'documented',
  'reviewed',
  'launched',
  'profiled',
  'refactored',
  'onboarded',
  'interviewed',
  'presented',
  'prototyped',
  'deprecated',
  'stabilised',
  'scaled',
  'benchmarked',
  'coordinated',
  'unblocked',
  'instrumented',
];
const OBJECTS = [
  'the ranking service',
  'our CI pipeline',
  'the feature store',
  'the onboarding guide',
  'the billing export',
  'the search index',
  'the data pipeline',
  'the on-call runbook',
  'the recommendation model',
  'the deployment tooling',
  'the design review process',
  'the interview loop',
  'the metrics dashboard',
  'the authentication flow',
  'the mobile release train',
  'the inference cluster',
  'the schema migration',
  'the customer escalation',
  'the quarterly roadmap',
  'the evaluation harness',
  'the experimentation platform',
  'the enterprise SSO integration',
  'the latency budget',
  'the flaky test suite',
  'the Kubernetes upgrade',
];
const DETAILS = [
  'with two new hires',
  'across three teams',
  'before the enterprise launch',
  'during a tough on-call week',
  'after the reorg',
  'with the platform team',
  'for our largest customer',
  'while moving to a new city',
  'as the new tech lead',
  'in the first month',
  'under a tight deadline',
  'with careful rollbacks',
  'using feature flags',
  'after a week of profiling',
  'by pairing every afternoon',
];
const RESULTS = [
  'which made the tests 3x faster for everyone',
  'cutting p95 latency from 420 ms to 95 ms',
  'saving about $40k a year in compute',
  'so that support tickets dropped by 30%',
  'and two other teams adopted it',
  'which unblocked the Q3 launch',
  'reducing pages from 14 to 3 a week',
  'and onboarding time went from 3 weeks to 5 days',
  'which the VP cited in the all-hands',
  'so deploys now take 6 minutes instead of 40',
  'raising model precision by 4 points',
  'which removed a whole class of incidents',
];
const FILLER = [
  'The hard part was getting agreement on the trade-offs.',
  'I wrote a short design doc first and circulated it for comments.',
  'We measured before and after with the same load test.',
  'Most of the work was reading old code and asking questions.',
  'I learned a lot about how enterprise customers evaluate vendors.',
  'The first attempt failed, so we rolled back and tried a smaller change.',
  'Pairing made the knowledge transfer much faster than documentation alone.',
  'This was fuzzy work with no big launch, but it mattered.',
  'I kept a log of decisions so the next person has the context.',
  'Feedback from the retro shaped the second iteration.',
  'It took longer than planned because of a dependency on the data team.',
  'Next time I would involve security reviewers earlier.',
];
export const THEMES = [
  'transition',
  'leadership',
  'growth',
  'quality',
  'ml-engineering',
  'enterprise',
  'mentoring',
  'reliability',
  'hiring',
  'writing',
];
const SECTIONS = ['projects', 'projects', 'projects', 'collaboration', 'design', 'company', 'learning', 'outside'] as const;

export interface SyntheticEntry {
  date: string;
  title: string;
  body: string;
  impact: string;
  section: (typeof SECTIONS)[number];
  themes: string[];
  starred: boolean;
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

// Real journals name many specific things (systems, customers, people, codenames), each in a
// small share of entries. 400 made-up names, drawn with a skew: the commonest is in ~15% of
// entries, the 5th-40th in about 1-5%, the tail in a fraction of a percent.
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tor',
  'vex',
  'qua',
  'zin',
  'pel',
  'dor',
  'fen',
  'gri',
  'hal',
  'jun',
  'bry',
  'sol',
  'wyn',
  'cor',
  'nab',
  'ust',
];
export const TOPICS: string[] = Array.from({ length: 400 }, (_, i) => {
  const a = SYLLABLES[i % 20] as string;
  const b = SYLLABLES[Math.floor(i / 20) % 20] as string;
  return `${a}${b}${['', 'ix', 'on', 'ar'][i % 4]}`;
});

function topic(rand: () => number): string {
  return TOPICS[Math.floor(TOPICS.length * rand() * rand())] as string;
}

function sentence(rand: () => number): string {
  const verb = pick(rand, VERBS);
  return `${verb[0]?.toUpperCase()}${verb.slice(1)} ${pick(rand, OBJECTS)} for ${topic(rand)} ${pick(rand, DETAILS)}, ${pick(rand, RESULTS)}.`;
}

function paragraphOfWords(rand: () => number, words: number): string {
  const parts: string[] = [];
  let count = 0;
  while (count < words) {
    const s = rand() < 0.5 ? sentence(rand) : pick(rand, FILLER);
    parts.push(s);
    count += s.split(' ').length;
  }
  return parts.join(' ');
}

/** `count` entries, one or more a day going back from `lastDay`. */
export function syntheticEntries(count: number, seed = 42, lastDay = new Date(Date.UTC(2026, 10, 27))): SyntheticEntry[] {
  const rand = random(seed);
  const perDay = Math.max(1, Math.ceil(count / 3650));
  const entries: SyntheticEntry[] = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(lastDay.getTime() - Math.floor(i / perDay) * 86_400_000);
    const words = 50 + Math.floor(rand() * 251);
    const verb = pick(rand, VERBS);
    const themeCount = Math.floor(rand() * 3);
    const themes = new Set<string>();
    while (themes.size < themeCount) themes.add(pick(rand, THEMES));
    entries.push({
      date: day.toISOString().slice(0, 10),
      title: `${verb[0]?.toUpperCase()}${verb.slice(1)} ${pick(rand, OBJECTS)}`,
      body: paragraphOfWords(rand, words),
      impact: rand() < 0.6 ? `${pick(rand, RESULTS)[0]?.toUpperCase()}${pick(rand, RESULTS).slice(1)}.` : '',
      section: pick(rand, SECTIONS),
      themes: [...themes],
      starred: rand() < 0.05,
    });
  }
  return entries;
}
