import { describe, expect, it } from 'vitest';
import {
  MAX_BULLET_LENGTH,
  MEASURE_PLACEHOLDER,
  draftBullet,
  draftBullets,
  hasFirstPerson,
  isBulletWorthy,
  type BulletDraft,
  type BulletFormat,
  type BulletInput,
} from '../../shared/domain/review/bullets';
import { analyzeEntry } from '../../shared/domain/review/analysis';
import { OWNERSHIP_VERBS, WEAK_OPENERS } from '../../shared/domain/review/verbs';

type Fixture = Omit<BulletInput, 'themes'> & { themes: string[] };

/** A year of one engineer's journal: with and without numbers, kudos, learning, weak openers, first person, Markdown, other scripts. */
const RAW: Fixture[] = [
  {
    id: 'ci',
    date: '2025-04-11',
    title: 'Cut CI time for the ranking repo',
    body: 'Split the slow integration suite and cached the model fixtures.',
    impact: 'CI went from 38 minutes to 12, which made the tests 3x faster for everyone on the team.',
    section: 'projects',
    kind: 'accomplishment',
    themes: ['quality'],
  },
  {
    id: 'gates',
    date: '2025-05-02',
    title: 'Added evaluation gates to the model release pipeline',
    body: 'A candidate model now has to beat the current one on the offline benchmark and pass a shadow-traffic check before release.\n\n- wrote the gating job\n- documented how to override it',
    impact: 'Caught a regression of 4 points in precision before it reached customers.',
    section: 'projects',
    kind: 'accomplishment',
    themes: ['ml-engineering', 'quality'],
  },
  {
    id: 'planning',
    date: '2025-06-27',
    title: 'Ran my first quarterly planning as tech lead',
    body: 'Collected proposals from all five engineers, wrote the **trade-offs** down in one doc and ran the prioritisation meeting.',
    impact: 'The team agreed on 3 priorities in one meeting instead of the usual three.',
    section: 'projects',
    kind: 'accomplishment',
    themes: ['leadership', 'transition'],
  },
  {
    id: 'kudos',
    date: '2025-07-01',
    title: 'Priya said my design review was the clearest she’s seen',
    body: '> It was the first review where I understood the risks before the meeting.',
    impact: '',
    section: 'collaboration',
    kind: 'kudos',
    themes: ['leadership'],
  },
  {
    id: 'sam',
    date: '2025-07-14',
    title: 'Mentored Sam through their first on-call week',
    body: 'Paired on the two pages that came in and wrote down the steps we took.',
    impact: 'Sam handled the next incident alone; the runbook now has 6 new steps.',
    section: 'collaboration',
    kind: 'accomplishment',
    themes: ['leadership', 'quality'],
  },
  {
    id: 'security',
    date: '2025-08-04',
    title: 'Learned how enterprise customers run security reviews',
    body: 'Sat in on two vendor security questionnaires with our solutions engineer.',
    impact: '',
    section: 'learning',
    kind: 'learning',
    themes: ['transition'],
  },
  {
    id: 'questionnaires',
    date: '2025-08-20',
    title: 'Learned to answer vendor security questionnaires',
    body: 'Shadowed our solutions engineer on two of them, then wrote a reusable answer bank.',
    impact: 'Our turnaround went from 10 days to 4 on the next questionnaire.',
    section: 'learning',
    kind: 'learning',
    themes: ['transition', 'enterprise'],
  },
  {
    id: 'kafka',
    date: '2025-09-05',
    title: 'Worked on the billing migration to Kafka',
    body: 'Moved 12 services off the legacy queue. I wrote the dual-write adapter and the replay tool.',
    impact: 'Zero lost messages during the cutover; the old queue was shut down 2 weeks ahead of schedule.',
    section: 'projects',
    kind: 'accomplishment',
    themes: ['infra'],
  },
  {
    id: 'handbook',
    date: '2025-09-19',
    title: 'Helped with the on-call handbook',
    body: 'Wrote the sections on paging and escalation.',
    impact: 'New on-call engineers say they read it before their first shift.',
    section: 'design',
    kind: 'accomplishment',
    themes: [],
  },
  {
    id: 'release',
    date: '2025-10-03',
    title: 'Responsible for the release train',
    body: 'Cut the weekly release branch, chased sign-offs, and ran the go/no-go meeting.',
    impact: '',
    section: 'projects',
    kind: 'accomplishment',
    themes: [],
  },
  {
    id: 'gpu',
    date: '2025-10-17',
    title: 'Renegotiated the GPU reservation for inference',
    body: 'Compared on-demand and reserved pricing with finance.',
    impact: 'Saved $40k a year on inference.',
    section: 'projects',
    kind: 'accomplishment',
    themes: ['cost'],
  },
  {
    id: 'alerts',
    date: '2025-10-31',
    title: '**Rewrote** the _alerting_ rules',
    body: '- grouped alerts by service\n- deleted 30 alerts nobody acted on',
    impact: '40% fewer pages at night.',
    section: 'projects',
    kind: 'accomplishment',
    themes: ['quality', 'on-call'],
  },
  {
    id: 'cache',
    date: '2025-11-14',
    title: 'Added a read-through cache in front of the [search API](https://wiki.example.test/search-api)',
    body: 'I profiled the slow queries and we moved the hot path behind `Redis`.',
    impact: 'p95 latency went from 420 ms to 95 ms.',
    section: 'projects',
    kind: 'accomplishment',
    themes: ['performance'],
  },
  {
    id: 'led-planning',
    date: '2025-12-05',
    title: 'Led the ranking team’s Q3 planning',
    body: 'Ran the prioritisation with the PM and wrote the plan.',
    impact: 'Shipped 4 of the 5 planned features by the end of Q3.',
    section: 'projects',
    kind: 'accomplishment',
    themes: ['leadership'],
  },
  {
    id: 'led-incident',
    date: '2026-01-09',
    title: 'Led the incident review for the March 3 outage',
    body: 'Collected the timeline from 3 teams and wrote the post-mortem.',
    impact: 'The 5 follow-up actions were all closed within a month.',
    section: 'collaboration',
    kind: 'accomplishment',
    themes: ['leadership'],
  },
  {
    id: 'onboarding',
    date: '2026-01-23',
    title: 'Onboarding plan for two new engineers',
    body: 'Paired with each of them for their first week and picked starter tasks.',
    impact: 'Both shipped their first PR in 3 days instead of 2 weeks.',
    section: 'company',
    kind: 'accomplishment',
    themes: ['leadership'],
  },
  {
    id: 'docs',
    date: '2026-02-06',
    title: 'I rebuilt our onboarding docs',
    body: 'We had no docs, so I interviewed 4 new hires and wrote a checklist.',
    impact: 'New hires now ship their first PR in 3 days.',
    section: 'company',
    kind: 'accomplishment',
    themes: ['onboarding'],
  },
  {
    id: 'spot',
    date: '2026-02-20',
    title: 'Halved the cost of nightly training runs',
    body: '',
    impact: 'Moved training to spot instances; the monthly bill dropped from $18k to $9k.',
    section: 'projects',
    kind: 'accomplishment',
    themes: ['cost'],
  },
  {
    id: 'relaunch',
    date: '2026-03-06',
    title: 'Led a team of 5 through the search relaunch',
    body: 'Split the work into 3 milestones and ran weekly demos.',
    impact: 'Launched 2 days ahead of schedule to 3,000 enterprise users.',
    section: 'projects',
    kind: 'accomplishment',
    themes: ['leadership'],
  },
  {
    id: 'python',
    date: '2026-03-13',
    title: 'Upgraded the ranking service to Python 3.12 on 2026-03-04 (JIRA-1234)',
    body: 'Fixed the deprecated APIs at 16:00 before the v2.1 freeze.',
    impact: '',
    section: 'projects',
    kind: 'accomplishment',
    themes: [],
  },
  {
    id: 'talk',
    date: '2026-03-27',
    title: 'Spoke at PyData Berlin about evaluation gates',
    body: 'Turned the gating work into a 30-minute talk with a live demo.',
    impact: 'The recording has 1.5k views and 2 teams at other companies adopted the approach.',
    section: 'outside',
    kind: 'accomplishment',
    themes: ['ml-engineering', 'talks'],
  },
  {
    id: 'long',
    date: '2026-04-03',
    title:
      'Designed and delivered the multi-region failover plan for the ingestion, ranking and serving clusters together with the SRE and data platform teams',
    body: 'Mapped every dependency between the ingestion, ranking and serving clusters, wrote a runbook for each failure mode, ran three game days with the SRE team, automated the DNS switch, and rehearsed the full failover with the data platform team until it was boring.',
    impact:
      'Recovery time for a full region outage went from 4 hours to 25 minutes, which the SRE team now uses as the template for every other service in the company.',
    section: 'projects',
    kind: 'accomplishment',
    themes: ['reliability'],
  },
  {
    id: 'hebrew',
    date: '2026-04-10',
    title: 'שיפרתי את זמן הבנייה ב-40%',
    body: 'פיצלתי את חבילת הבדיקות האיטית.',
    impact: '',
    section: 'projects',
    kind: 'accomplishment',
    themes: [],
  },
  {
    id: 'japanese',
    date: '2026-04-17',
    title: 'CIの待ち時間を短縮',
    body: 'キャッシュを導入した。',
    impact: '',
    section: 'projects',
    kind: 'accomplishment',
    themes: [],
  },
  {
    id: 'did',
    date: '2026-04-24',
    title: 'Did the SOC 2 evidence collection',
    body: 'Assisted the security team with screenshots and access reviews.',
    impact: 'The audit passed with no findings.',
    section: 'company',
    kind: 'accomplishment',
    themes: ['enterprise'],
  },
];

const YEAR: BulletInput[] = RAW.map((e) => ({ ...e, themes: e.themes.map((name) => ({ name })) }));

function fixture(id: string): BulletInput {
  const entry = YEAR.find((e) => e.id === id);
  if (!entry) throw new Error(`no fixture ${id}`);
  return entry;
}

function sourceText(entry: BulletInput): string {
  return `${entry.title}\n${entry.body}\n${entry.impact}`;
}

/** Every run of digits ("3,000", "1.5", "16:00") the text contains. */
function numbersIn(text: string): string[] {
  return text.match(/\d+(?:[.,:]\d+)*/g) ?? [];
}

const FORMATS: BulletFormat[] = ['xyz', 'short'];

/** The bullet an entry that records an action makes (non-actions make none: see the corpus test). */
function drafted(entry: BulletInput, format: BulletFormat, used?: ReadonlySet<string>) {
  const draft = draftBullet(entry, format, used);
  if (!draft) throw new Error(`no bullet for ${entry.id}`);
  return draft;
}

/**
 * More entries to check the rules against: every title with another entry's body and a third
 * entry's impact. Deterministic, so a failure always names the same mix.
 */
const MIXED: BulletInput[] = YEAR.flatMap((a, i) =>
  YEAR.map((b, j) => {
    const c = YEAR[(i + j + 1) % YEAR.length] ?? a;
    return { ...a, id: `${a.id}+${b.id}+${c.id}`, body: b.body, impact: c.impact, kind: 'accomplishment' as const };
  }),
);

function checkInvariants(entry: BulletInput, draft: Omit<BulletDraft, 'rank' | 'inDefaultSet' | 'rankReasons'> | null): void {
  // Only entries that record an action make a bullet.
  if (draft === null) {
    expect(analyzeEntry(entry).action === null || !isBulletWorthy(entry)).toBe(true);
    return;
  }
  // Never cut off: a bullet over one line is kept whole and says so.
  if (draft.text.length > MAX_BULLET_LENGTH) expect(draft.warnings.map((w) => w.code)).toContain('too-long');
  expect(draft.text).not.toMatch(/…$/);
  expect(hasFirstPerson(draft.text), draft.text).toBe(false);
  for (const number of numbersIn(draft.text)) expect(sourceText(entry), `${number} in ${draft.text}`).toContain(number);
  expect(draft.sourceIds).toEqual([entry.id]);
  for (const m of draft.measures) expect(draft.text).toContain(m.text);
  expect(draft.needsMeasure).toBe(draft.measures.length === 0);
  // Issue 12: no placeholder in the text; the no-measure warning asks for the number.
  expect(draft.text.includes(MEASURE_PLACEHOLDER)).toBe(false);
  expect(draft.warnings.some((w) => w.code === 'no-measure')).toBe(draft.needsMeasure);
}

describe('bullets read like a careful first draft', () => {
  it.each([
    [
      'ci',
      'Cut CI time for the ranking repo from 38 minutes to 12 (3x faster tests for the whole team) by splitting the slow integration suite and caching the model fixtures.',
      'Cut CI time for the ranking repo from 38 minutes to 12 (3x faster tests for the whole team).',
    ],
    [
      'gates',
      'Added evaluation gates to the model release pipeline by writing the gating job and documenting how to override it, catching a regression of 4 points in precision before it reached customers.',
      'Added evaluation gates to the model release pipeline, catching a regression of 4 points in precision before it reached customers.',
    ],
    [
      'alerts',
      'Rewrote the alerting rules (40% fewer pages at night) by grouping alerts by service and deleting 30 alerts nobody acted on.',
      'Rewrote the alerting rules (40% fewer pages at night).',
    ],
    [
      'gpu',
      'Renegotiated the GPU reservation for inference by comparing on-demand and reserved pricing with finance, saving $40k a year on inference.',
      'Renegotiated the GPU reservation for inference, saving $40k a year on inference.',
    ],
    [
      'cache',
      'Added a read-through cache in front of the search API by profiling the slow queries and moving the hot path behind Redis, so p95 latency went from 420 ms to 95 ms.',
      'Added a read-through cache in front of the search API, so p95 latency went from 420 ms to 95 ms.',
    ],
    [
      'spot',
      'Halved the cost of nightly training runs, moving training to spot instances, so the monthly bill dropped from $18k to $9k.',
      'Halved the cost of nightly training runs, moving training to spot instances, so the monthly bill dropped from $18k to $9k.',
    ],
    [
      'docs',
      'Rebuilt the onboarding docs by interviewing 4 new hires and writing a checklist, so new hires now ship their first PR in 3 days.',
      'Rebuilt the onboarding docs, so new hires now ship their first PR in 3 days.',
    ],
    [
      'relaunch',
      'Led a team of 5 through the search relaunch by splitting the work into 3 milestones and running weekly demos, launching 2 days ahead of schedule to 3,000 enterprise users.',
      'Led a team of 5 through the search relaunch, launching 2 days ahead of schedule to 3,000 enterprise users.',
    ],
  ])('%s', (id, xyz, short) => {
    expect(drafted(fixture(id), 'xyz').text).toBe(xyz);
    expect(drafted(fixture(id), 'short').text).toBe(short);
  });

  it('puts a "from A to B" right after a verb that says the number changed', () => {
    const draft = drafted(fixture('ci'), 'xyz');
    expect(draft.verb).toBe('cut');
    expect(draft.measures).toEqual([
      { kind: 'fromTo', text: 'from 38 minutes to 12', field: 'impact' },
      { kind: 'multiplier', text: '3x faster', field: 'impact' },
    ]);
    expect(draft.warnings).toEqual([]);
  });

  it('keeps measures from the title and body where they were: in what was done and how', () => {
    const draft = drafted(fixture('relaunch'), 'xyz');
    expect(draft.measures.map((m) => [m.field, m.text])).toEqual([
      ['title', 'a team of 5'],
      ['body', '3 milestones'],
      ['impact', '2 days ahead of schedule'],
      ['impact', '3,000 enterprise users'],
    ]);
  });

  it('reads Markdown as plain words: no markup and no link addresses in the bullet', () => {
    const alerts = drafted(fixture('alerts'), 'xyz').text;
    expect(alerts).not.toMatch(/[*_`[\]]/);
    const cache = drafted(fixture('cache'), 'xyz').text;
    expect(cache).toContain('search API');
    expect(cache).not.toContain('https://');
    expect(cache).not.toContain('`');
  });
});

describe('verbs', () => {
  it("reuses the entry's own verb when it is strong", () => {
    expect(drafted(fixture('gpu'), 'xyz').verb).toBe('renegotiated');
    expect(drafted(fixture('sam'), 'xyz').text).toMatch(/^Mentored Sam /);
  });

  it('replaces a weak opener with what it honestly means, never a stronger claim, and says so', () => {
    const draft = drafted(fixture('kafka'), 'xyz');
    expect(draft.text).toMatch(/^Contributed to the billing migration to Kafka /);
    expect(draft.warnings).toContainEqual({
      code: 'weak-opener',
      message:
        '"worked on" became "contributed to": say what you did yourself (built, fixed, reviewed, wrote…) and this bullet gets stronger.',
    });
  });

  it('replaces "responsible for" with "owned" and "did" with "completed": what they literally mean', () => {
    expect(drafted(fixture('release'), 'short').text).toBe('Owned the release train.');
    expect(drafted(fixture('did'), 'short').text).toBe('Completed the SOC 2 evidence collection, so the audit passed with no findings.');
  });

  it('never replaces a weak opener with a verb that claims more ownership', () => {
    for (const entry of [...YEAR, ...MIXED]) {
      const opener = WEAK_OPENERS.find((o) => entry.title.toLowerCase().startsWith(`${o} `));
      if (!opener) continue;
      expect(OWNERSHIP_VERBS.has(drafted(entry, 'xyz', new Set(['built', 'owned'])).verb)).toBe(false);
    }
  });

  it('flags every weak opener the entry uses, not only the first', () => {
    const codes = drafted(fixture('did'), 'xyz').warnings.filter((w) => w.code === 'weak-opener');
    expect(codes.map((w) => w.message)).toEqual([
      '"did" became "completed": say what you did yourself (built, fixed, reviewed, wrote…) and this bullet gets stronger.',
      '"assisted" is a weak opener: say what you did yourself (built, fixed, reviewed, wrote…).',
    ]);
  });

  it('turns a title written as a to-do into the past tense', () => {
    const entry: BulletInput = { ...fixture('ci'), title: 'Speed up the build', body: '', impact: 'Builds are 40% faster.' };
    expect(drafted(entry, 'short').text).toBe('Sped up the build, so builds are 40% faster.');
  });

  it('drafts nothing from an empty entry', () => {
    const entry: BulletInput = { ...fixture('ci'), title: '', body: '', impact: '' };
    expect(draftBullet(entry, 'xyz')).toBeNull();
  });

  it('takes the first sentence of the body when the title is empty', () => {
    const entry: BulletInput = { ...fixture('ci'), title: '', body: 'Migrated 12 services to Kafka. Wrote the adapter.', impact: '' };
    // Issue 12: with no result (no Y) the XYZ form falls back to the short form.
    expect(drafted(entry, 'xyz').text).toBe('Migrated 12 services to Kafka.');
  });

  // Issue 12: a verb the entry does not use is never chosen for it; a title that only names the
  // work takes the verb of the body's first sentence.
  it('takes the verb from the body when the title only names the work', () => {
    expect(drafted(fixture('onboarding'), 'short').text).toBe(
      'Paired with each of them for their first week and picked starter tasks, so both shipped their first PR in 3 days instead of 2 weeks.',
    );
  });
});

describe('a title that names a thing', () => {
  it('does not read "Forecast dashboard…" as the verb "forecast"; the body says what was done', () => {
    const entry: BulletInput = {
      ...fixture('ci'),
      title: 'Forecast dashboard for the supply team',
      body: 'Built the dashboard the planners open every Monday.',
      impact: 'Planners stopped keeping their own spreadsheets.',
    };
    expect(analyzeEntry(entry).action?.verb).toBe('built');
    expect(drafted(entry, 'xyz').text).toBe(
      'Built the dashboard the planners open every Monday, so planners stopped keeping their own spreadsheets.',
    );
    // Before an object it is still the verb.
    expect(analyzeEntry({ ...entry, title: 'Forecast the Q3 demand for the supply team' }).action?.verb).toBe('forecast');
  });
});

describe('work that mentions a holiday', () => {
  it('is work, not a life event: holiday features, effects and seasons are things engineers build for', () => {
    const work = (title: string, body = '') => analyzeEntry({ ...fixture('ci'), title, body, impact: '' });
    expect(work('Added holiday effects to the demand forecast').nonAction).toBeNull();
    expect(work('Demand forecast v2', 'Rebuilt the demand forecast with weekly seasonality and holiday features.').action?.verb).toBe(
      'rebuilt',
    );
    expect(work('Capacity plan', 'Modelled peak traffic from the last two holiday seasons.').action?.verb).toBe('modelled');
    // A holiday taken is still life, whatever section it was filed under.
    expect(work('Two weeks of holiday in Portugal').nonAction).toBe('lifeEvent');
    expect(work('Booked the holiday').nonAction).toBe('lifeEvent');
  });
});

describe('the how, in one voice', () => {
  const entry = (title: string, body: string, impact = ''): BulletInput => ({ ...fixture('ci'), title, body, impact });

  it('turns every action of the how into the same form, across "and" and semicolons', () => {
    expect(
      drafted(
        entry(
          'Cut log storage costs',
          'Sampled debug logs and moved old indices to cold storage.',
          'Log bill went from $28k to $11k a month.',
        ),
        'xyz',
      ).text,
    ).toBe('Cut log storage costs from $28k to $11k by sampling debug logs and moving old indices to cold storage.');
    expect(
      drafted(
        entry(
          'Fixed flaky deploys',
          'Health checks waited on a cold cache; added a warm-up step.',
          'Failed deploys went from 1 in 5 to 1 in 50.',
        ),
        'xyz',
      ).text,
    ).toBe('Fixed flaky deploys by adding a warm-up step, so failed deploys went from 1 in 5 to 1 in 50.');
  });

  it('keeps an -ed word after "and" an adjective when it is not a common action', () => {
    expect(
      drafted(
        entry('Renegotiated the GPU reservation', 'Compared on-demand and reserved pricing with finance.', 'Saved $40k a year.'),
        'xyz',
      ).text,
    ).toBe('Renegotiated the GPU reservation by comparing on-demand and reserved pricing with finance, saving $40k a year.');
  });

  it('does not say the bullet’s verb twice; a number said only there stays, as an aside', () => {
    expect(
      drafted(
        entry(
          'Postmortem: DNS outage',
          'Wrote the timeline and 6 action items; ran the review with 3 teams.',
          'All 6 action items closed by March.',
        ),
        'xyz',
      ).text,
    ).toBe('Wrote a postmortem on DNS outage by running the review with 3 teams, so all 6 action items closed by March.');
    expect(
      drafted(entry('Reviewed experiment designs for the growth team', 'Reviewed 12 designs this quarter, mostly sample size.'), 'xyz')
        .text,
    ).toBe('Reviewed experiment designs for the growth team (12 designs this quarter, mostly sample size).');
  });
});

describe('a set of bullets', () => {
  const drafts = draftBullets(YEAR, 'xyz');
  const byId = (id: string): BulletDraft | undefined => drafts.find((d) => d.sourceIds.includes(id));

  it('leaves out kudos, and learning that changed nothing yet', () => {
    expect(byId('kudos')).toBeUndefined();
    expect(byId('security')).toBeUndefined();
    expect(byId('questionnaires')?.verb).toBe('learned');
    expect(isBulletWorthy({ kind: 'kudos', impact: 'Shared with the whole company.' })).toBe(false);
    expect(isBulletWorthy({ kind: 'learning', impact: '  ' })).toBe(false);
    expect(isBulletWorthy({ kind: 'accomplishment', impact: '' })).toBe(true);
  });

  // Issue 12: ranked, measured results first, instead of the order given.
  it('ranks the bullets, measured results first, one bullet per entry, each traceable to it', () => {
    // Text in another script is kept as written; everything else needs an action.
    const otherScript = (e: BulletInput) => !/[A-Za-z]{3}/.test(e.title);
    const worthy = YEAR.filter((e) => isBulletWorthy(e) && (analyzeEntry(e).action !== null || otherScript(e))).map((e) => e.id);
    expect(drafts.map((d) => d.sourceIds[0]).sort()).toEqual([...worthy].sort());
    expect(drafts.map((d) => d.rank)).toEqual(drafts.map((_, i) => i + 1));
    const measured = drafts.map((d) => d.rankReasons.includes('measured result'));
    expect(measured.lastIndexOf(true)).toBeLessThan(measured.indexOf(false) === -1 ? Infinity : measured.indexOf(false));
    expect(drafts.filter((d) => d.inDefaultSet).length).toBe(Math.min(drafts.length, 12));
  });

  it('warns when a verb repeats and suggests others from the same family', () => {
    // Flagged in date order (the first to use it keeps it), whatever the ranking.
    const led = ['led-planning', 'led-incident', 'relaunch'].map((id) => byId(id));
    expect(led.map((d) => d?.verb)).toEqual(['led', 'led', 'led']);
    expect(led[0]?.warnings.some((w) => w.code === 'repeated-verb')).toBe(false);
    expect(led[1]?.warnings).toContainEqual({
      code: 'repeated-verb',
      message: '"led" already starts another bullet; try "coached", "guided" or "organized".',
    });
    expect(led[2]?.warnings.some((w) => w.code === 'repeated-verb')).toBe(true);
  });

  it('never starts a bullet with a verb the entry does not use, unless it is the honest weak replacement or a heading’s implied verb', () => {
    for (const draft of drafts) {
      const entry = YEAR.find((e) => e.id === draft.sourceIds[0]) as BulletInput;
      const words = `${entry.title} ${entry.body}`.toLowerCase();
      const first = draft.verb.split(' ')[0] ?? '';
      const honest =
        ['contributed', 'supported', 'owned', 'completed'].includes(first) || draft.warnings.some((w) => w.code === 'implied-verb');
      expect(honest || words.includes(first) || words.includes(first.replace(/(?:ed|d)$/, '')), draft.text).toBe(true);
    }
  });

  it('is plain data the person can edit, reorder and keep', () => {
    expect(JSON.parse(JSON.stringify(drafts))).toEqual(drafts);
  });

  it('is the same every time', () => {
    expect(draftBullets(YEAR, 'xyz')).toEqual(drafts);
    expect(draftBullets(YEAR, 'short')).toEqual(draftBullets(YEAR, 'short'));
  });
});

describe('no number, no guess', () => {
  it('marks where a number belongs instead of inventing one', () => {
    const draft = drafted(fixture('release'), 'xyz');
    expect(draft.needsMeasure).toBe(true);
    expect(draft.measures).toEqual([]);
    expect(draft.text).toBe('Owned the release train.');
    expect(draft.warnings.map((w) => w.code)).toEqual(['weak-opener', 'no-measure']);
  });

  it('does not take dates, versions, times or ticket ids for measures', () => {
    const draft = drafted(fixture('python'), 'short');
    expect(draft.text).toBe('Upgraded the ranking service to Python 3.12 on 2026-03-04 (JIRA-1234).');
    expect(draft.needsMeasure).toBe(true);
  });

  it('keeps a result without a number and still asks for the number', () => {
    const draft = drafted(fixture('handbook'), 'short');
    expect(draft.text).toBe('Supported the on-call handbook, so new on-call engineers say they read it before their first shift.');
    expect(draft.warnings.map((w) => w.code)).toContain('no-measure');
  });
});

describe('first person', () => {
  it('rephrases "I", "my" and "we" away and says it did', () => {
    const planning = drafted(fixture('planning'), 'short');
    expect(planning.text).toBe(
      'Ran the first quarterly planning as tech lead, so the team agreed on 3 priorities in one meeting instead of the usual three.',
    );
    expect(planning.warnings.map((w) => w.code)).toContain('first-person');
    const sam = drafted(fixture('sam'), 'xyz');
    expect(sam.text).toBe(
      'Mentored Sam through their first on-call week by pairing on the two pages that came in and writing down the steps, so Sam handled the next incident alone and the runbook now has 6 new steps.',
    );
  });

  it('drops an opening clause about the person, a subject before its verb, and turns "us" into "the team"', () => {
    const entry: BulletInput = {
      ...fixture('kafka'),
      title: 'I helped with the Kafka migration',
      body: 'After I joined, I rewrote the consumer and we cut lag.',
      impact: 'Lag went from 40 minutes to 2 minutes, saving us 3 hours a week.',
    };
    expect(drafted(entry, 'xyz').text).toBe(
      'Supported the Kafka migration by rewriting the consumer and cutting lag, so lag went from 40 minutes to 2 minutes, saving the team 3 hours a week.',
    );
  });

  it('recognises first person without mistaking "US" or "I/O" for it', () => {
    expect(hasFirstPerson('I shipped it')).toBe(true);
    expect(hasFirstPerson('saved us a week')).toBe(true);
    expect(hasFirstPerson('Our docs')).toBe(true);
    expect(hasFirstPerson('Sold to 3 US customers')).toBe(false);
    expect(hasFirstPerson('Cut I/O wait by half')).toBe(false);
  });
});

describe('one line', () => {
  it('drops what carries no number first, and says what it left out', () => {
    const draft = drafted(fixture('long'), 'xyz');
    expect(draft.text).toBe(
      'Designed and delivered the multi-region failover plan for the ingestion, ranking and serving clusters, so recovery time for a full region outage went from 4 hours to 25 minutes.',
    );
    const tooLong = draft.warnings.find((w) => w.code === 'too-long');
    expect(tooLong?.message).toContain('"automating the DNS switch"');
    expect(tooLong?.message).toContain('"which the SRE team now uses as the template for every other service in the company"');
  });

  it('keeps the trimmed clauses in a fixed order: the same entry always gives the same bullet', () => {
    const planning = drafted(fixture('planning'), 'xyz');
    expect(planning.text).toBe(
      'Ran the first quarterly planning as tech lead by collecting proposals from all five engineers, so the team agreed on 3 priorities in one meeting instead of the usual three.',
    );
    expect(planning.warnings.find((w) => w.code === 'too-long')?.message).toBe(
      // "ran the prioritisation meeting" repeats the bullet's own verb ("Ran…"): it is left out as a repeat, not for length.
      'Shortened to one line (at most 200 characters); left out: "writing the trade-offs down in one doc".',
    );
  });

  // Issue 12: never cut off; a run-on title is kept whole and flagged for the user to shorten.
  it('keeps a run-on title whole, with its number, and says it is too long', () => {
    const words =
      'Rebuilt the ingestion scheduler retry queue dead letter handling backoff jitter metrics dashboards alerts runbooks ownership model escalation policy deployment pipeline rollback automation canary analysis feature flag cleanup and documentation';
    const entry: BulletInput = { ...fixture('gpu'), id: 'run-on', title: words, body: '', impact: 'Saved $40k a year.' };
    const draft = drafted(entry, 'short');
    expect(draft.warnings.map((w) => w.code)).toContain('too-long');
    expect(draft.text).toContain('documentation');
    const kept = draft.text.split(/\s+/).map((w) => w.replace(/[.,…]+$/, ''));
    for (const word of kept.slice(1)) expect(`${words} Saved $40k a year saving`.split(/\s+/)).toContain(word);
    expect(draft.text).toContain('$40k a year');
  });
});

describe('other languages and scripts', () => {
  it('keeps right-to-left text as written, with its numbers', () => {
    const draft = drafted(fixture('hebrew'), 'xyz');
    expect(draft.text).toBe('שיפרתי את זמן הבנייה ב-40%');
    expect(draft.verb).toBe('');
    expect(draft.measures).toEqual([{ kind: 'percent', text: '40%', field: 'title' }]);
  });

  it('asks for a number rather than rearranging words it cannot parse', () => {
    expect(drafted(fixture('japanese'), 'xyz').text).toBe('CIの待ち時間を短縮');
    expect(drafted(fixture('japanese'), 'xyz').needsMeasure).toBe(true);
  });
});

describe('properties over every fixture', () => {
  it.each(FORMATS)('%s: at most one line, no first person, no invented digits, traceable', (format) => {
    for (const entry of YEAR) checkInvariants(entry, draftBullet(entry, format));
  });

  it.each(FORMATS)('%s: the same holds for mixed titles, bodies and impacts', (format) => {
    expect(MIXED.length).toBeGreaterThan(500);
    for (const entry of MIXED) checkInvariants(entry, draftBullet(entry, format));
  });

  it('every bullet starts with a capital letter or is kept as written', () => {
    for (const draft of draftBullets(MIXED, 'xyz')) {
      if (draft.verb) expect(draft.text).toMatch(/^[A-Z]/);
    }
  });
});
