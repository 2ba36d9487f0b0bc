import { describe, expect, it } from 'vitest';
import { importBragMarkdown } from '../../electron/core/exchange/importers/bragMarkdown';
import type { ImportedEntry } from '../../electron/core/exchange/importers/types';
import { findPeople } from '../../electron/core/exchange/importers/people';
import { formatEntryDate } from '../../shared/domain/entryDate';

/** One test per phrase form issue 11 lists: each imports one item under a "# 2019" title. */

function one(item: string, heading = '## Projects'): ImportedEntry {
  const result = importBragMarkdown(`# Brag document 2019\n\n${heading}\n\n${item}\n`, { thisYear: 2030 });
  expect(result.entries).toHaveLength(1);
  return result.entries[0] as ImportedEntry;
}

const shown = (e: ImportedEntry): string | null =>
  e.date ? formatEntryDate({ date: e.date, datePrecision: e.datePrecision ?? 'day', dateEnd: e.dateEnd ?? null }) : null;

describe('dates, each form with its precision', () => {
  it.each([
    ['- week of 2/18: Fixed the build', 'week of 18 Feb 2019', 'week'],
    ['- Q2: Fixed the build', 'Q2 2019', 'quarter'],
    ['- H2: Fixed the build', 'H2 2019', 'half'],
    ['- June: Fixed the build', 'June 2019', 'month'],
    ['- Early March: Fixed the build', 'early March 2019', 'part'],
    ['- mid-May to early July: Fixed the build', 'mid-May – early July 2019', 'part'],
    ['- this summer: Fixed the build', 'summer 2019', 'season'],
    ['- 2019-03-04: Fixed the build', '4 March 2019', 'day'],
    ['- Mar 4: Fixed the build', '4 March 2019', 'day'],
    ['- 4/8: Fixed the build', '8 April 2019', 'day'],
    ['- March 4th: Fixed the build', '4 March 2019', 'day'],
    ['- 2019-03: Fixed the build', 'March 2019', 'month'],
    ['- Sept 2019: Fixed the build', 'September 2019', 'month'],
    ['- **Mar 4** Fixed the build', '4 March 2019', 'day'],
    ['- May–July 2019: Fixed the build', 'May–July 2019', 'month'],
    ['- May - July: Fixed the build', 'May–July 2019', 'month'],
    ['- March 4 to March 8: Fixed the build', '4–8 March 2019', 'day'],
  ])('%s → %s', (item, expected, precision) => {
    const e = one(item);
    expect(e.title).toBe('Fixed the build');
    expect(shown(e)).toBe(expected);
    expect(e.datePrecision).toBe(precision);
  });

  it('takes the year from the nearest heading over the title', () => {
    const result = importBragMarkdown('# Brag document 2019\n\n## 2020\n\n- June: Fixed the build\n', { thisYear: 2030 });
    expect(result.entries[0]?.date).toBe('2020-06-01');
  });

  it('takes the year from front matter', () => {
    const result = importBragMarkdown('---\nyear: 2017\n---\n\n## Projects\n\n- June: Fixed the build\n', { thisYear: 2030 });
    expect(result.entries[0]?.date).toBe('2017-06-01');
  });

  it('asks when no year is known anywhere', () => {
    const result = importBragMarkdown('## Projects\n\n- June: Fixed the build\n', { thisYear: 2030 });
    expect(result.entries[0]).toMatchObject({ date: null, warnings: ['"June" does not say which year; pick a date before saving.'] });
  });

  it('keeps a wrapped line that starts with "2019." as part of the item', () => {
    const result = importBragMarkdown('## Projects\n\n- 2019-05-01: Wrote the plan for\n2019. It shipped in June.\n', { thisYear: 2030 });
    expect(result.entries).toHaveLength(1);
    // The title is the first sentence (its closing period dropped, as for every title); nothing is lost.
    expect(result.entries[0]).toMatchObject({ title: 'Wrote the plan for 2019', body: 'It shipped in June.' });
  });
});

describe('what is not an entry', () => {
  it('an introduction paragraph, a name/role line and a format note become notes', () => {
    const result = importBragMarkdown(
      "# Brag doc 2019\n\nSam Lee, Staff Engineer\n\nStarted this from Julia's template.\n\nFormat: date, what, impact.\n\n## Projects\n\n- 2019-01-02: Shipped it\n",
      { thisYear: 2030 },
    );
    expect(result.notes).toEqual(['Sam Lee, Staff Engineer', "Started this from Julia's template.", 'Format: date, what, impact.']);
    expect(result.entries.map((e) => e.title)).toEqual(['Shipped it']);
  });

  it('goals keep their text without tags', () => {
    const result = importBragMarkdown('# 2019\n\n## Goals for this year\n\n- Ship the churn model #ml [modeling]\n', { thisYear: 2030 });
    expect(result.goals?.map((g) => g.title)).toEqual(['Ship the churn model']);
  });

  it('"(goal from January ✅)" links the entry to the goal it matches', () => {
    const result = importBragMarkdown(
      '# 2019\n\n## Goals for this year\n\n- Ship the churn model\n\n## Projects\n\n- 2019-05-02: Shipped the churn model to all users (goal from January ✅)\n',
      { thisYear: 2030 },
    );
    expect(result.entries[0]).toMatchObject({
      title: 'Shipped the churn model to all users',
      goals: [{ year: 2019, title: 'Ship the churn model' }],
    });
  });
});

describe('tagging habits', () => {
  it('#tag at the end of a line', () =>
    expect(one('- 2019-01-02: Shipped it #infra')).toMatchObject({ title: 'Shipped it', themes: ['infra'] }));
  it('#tag on its own line under the item', () =>
    expect(one('- 2019-01-02: Shipped it\n  #infra #perf')).toMatchObject({ title: 'Shipped it', themes: ['infra', 'perf'] }));
  it('[tag] at the end', () =>
    expect(one('- 2019-01-02: Built the scorer [modeling]')).toMatchObject({ title: 'Built the scorer', themes: ['modeling'] }));
  it('Tags: line for the item', () =>
    expect(one('- 2019-01-02: Shipped it\n  Tags: infra, perf')).toMatchObject({ themes: ['infra', 'perf'] }));
  it('Themes: line for the section', () => {
    const result = importBragMarkdown('# 2019\n\n## Projects\n\nThemes: reliability\n\n- 2019-01-02: One\n- 2019-01-03: Two\n', {
      thisYear: 2030,
    });
    expect(result.entries.map((e) => e.themes)).toEqual([['reliability'], ['reliability']]);
  });
  it('[win] sets accomplishment and leaves the title', () =>
    expect(one('- 2019-01-02: [win] Shipped it', '## What I learned')).toMatchObject({ kind: 'accomplishment', title: 'Shipped it' }));
  it('[learned] sets learning', () =>
    expect(one('- 2019-01-02: [learned] Caches lie')).toMatchObject({ kind: 'learning', title: 'Caches lie' }));
  it('[shoutout] sets kudos', () =>
    expect(one('- 2019-01-02: [shoutout] Aisha fixed signing')).toMatchObject({
      kind: 'kudos',
      title: 'Aisha fixed signing',
      people: ['Aisha'],
    }));
  it('**kudos** sets kudos', () =>
    expect(one('- 2019-01-02: **kudos**: "great launch"')).toMatchObject({ kind: 'kudos', title: '"great launch"' }));
  it('TIL: sets learning', () =>
    expect(one('- 2019-01-02: TIL: how fsync works')).toMatchObject({ kind: 'learning', title: 'how fsync works' }));
  it('Learned: sets learning', () =>
    expect(one('- 2019-01-02: Learned: how fsync works')).toMatchObject({ kind: 'learning', title: 'how fsync works' }));
  it('Impact: fills the impact', () => expect(one('- 2019-01-02: Shipped it\n  Impact: 2x faster')).toMatchObject({ impact: '2x faster' }));
  it('Result: fills the impact', () => expect(one('- 2019-01-02: Shipped it\n  Result: 2x faster')).toMatchObject({ impact: '2x faster' }));
  it('(impact: …) fills the impact', () =>
    expect(one('- 2019-01-02: Ran the test (impact: +3% conversion)')).toMatchObject({ title: 'Ran the test', impact: '+3% conversion' }));
  it('→ outcome fills the impact', () =>
    expect(one('- 2019-01-02: Shipped the dashboard → adoption up 40%')).toMatchObject({
      title: 'Shipped the dashboard',
      impact: 'adoption up 40%',
    }));
  it('a from → to measure is not split', () =>
    expect(one('- 2019-01-02: Raised AUC 0.71 → 0.78')).toMatchObject({ title: 'Raised AUC 0.71 → 0.78', impact: '' }));
  it('"in #eng" in prose stays text', () =>
    expect(one('- 2019-01-02: Posted the summary in #eng for review')).toMatchObject({
      title: 'Posted the summary in #eng for review',
      themes: [],
    }));
});

describe('praise told as a sentence is kudos', () => {
  it.each([
    '- Got a shout-out in the all-hands from our VP (Marcus Webb) for the recon work',
    '- Received kudos from the support team for the refund runbook',
    '- Thanked by the SRE lead for the incident write-up',
    '- I was recognized at the quarterly town hall for the migration',
  ])('%s', (item) => {
    const e = one(item);
    expect(e.kind).toBe('kudos');
    expect(e.title).toBe(item.slice(2));
  });

  it.each([
    '- Got the payments service to 99.99% uptime',
    '- Thanked everyone who helped in the retro notes',
    '- Recognized a pattern in the flaky tests',
  ])('not when the author did the thanking or got something else: %s', (item) => expect(one(item).kind).toBe('accomplishment'));
});

describe('people', () => {
  it.each([
    ['**kudos** from Dana (my manager): "great"', [{ name: 'Dana', role: 'my manager' }]],
    ['thanks to Jonas for the review', [{ name: 'Jonas' }]],
    ['Shipped it with Sam Okafor (partner eng lead at the telecom)', [{ name: 'Sam Okafor', role: 'partner eng lead at the telecom' }]],
    ['Tom (PM) told me it landed', [{ name: 'Tom', role: 'PM' }]],
    ['Reviewed the plan with @mkim', [{ name: 'mkim' }]],
    ['Paired with Ravi on the limiter', [{ name: 'Ravi' }]],
    ['Mentored Priya and Lee', [{ name: 'Priya' }, { name: 'Lee' }]],
    ['Onboarding buddy for Tomás', [{ name: 'Tomás' }]],
    ['Weekly 1:1s with Marcus', [{ name: 'Marcus' }]],
    ['Led the rewrite (w/ Priya Nair and Tomasz)', [{ name: 'Priya Nair' }, { name: 'Tomasz' }]],
    ['Got a shout-out from our VP (Marcus Webb)', [{ name: 'Marcus Webb', role: 'our VP' }]],
    ['The PM (Tom Lee) signed it off', [{ name: 'Tom Lee', role: 'PM' }]],
  ])('%s', (text, people) => {
    expect(findPeople(text)).toEqual(people);
  });

  it.each([
    'Worked with Finance on budgets',
    'Paired with Design on the flow',
    'Thanks to the Platform team',
    'Fixed the bug with Redis (cache layer)',
    'Presented at Strange Loop (conference)',
    'Launched Search (beta)',
    'Built it w/ Redis and Kafka',
    'Moved the API (Payments Core) to v2',
    'Grew the team (Platform Infra) to six',
  ])('never turns a common noun or a thing into a person: %s', (text) => expect(findPeople(text)).toEqual([]));

  it('matches the same person across entries by name', () => {
    const result = importBragMarkdown(
      '# 2019\n\n## Projects\n\n- 2019-01-02: Shipped it with Sam Okafor (partner eng lead)\n- 2019-02-02: thanks to Sam Okafor for the review\n',
      { thisYear: 2030 },
    );
    expect(result.entries.map((e) => e.people)).toEqual([['Sam Okafor'], ['Sam Okafor']]);
  });
});

describe('a project under a month, as a heading or a bold label', () => {
  const month = (label: string) =>
    importBragMarkdown(
      [
        '# 2025',
        '',
        '### Dec 2025',
        '',
        label,
        '- Coordinated 4 teams over 6 hours',
        '- Wrote the postmortem',
        '- Impact: saved an estimated $2.1M in lost orders',
        '',
        '**Hiring**',
        '- Closed 3 senior hires for the checkout team',
        '',
        '### Oct 2025',
        '',
        '- Ran the frontend guild',
      ].join('\n'),
      { thisYear: 2030 },
    ).entries;

  it.each(['#### Incident commander for the SEV-1 (Nov 28)', '**Incident commander for the SEV-1** (Nov 28)'])(
    '%s is one entry titled by it, the bullets its body and impact',
    (label) => {
      const [project, hire, guild, ...rest] = month(label);
      expect(rest).toEqual([]);
      expect(project).toMatchObject({
        date: '2025-11-28',
        datePrecision: 'day',
        title: 'Incident commander for the SEV-1',
        body: '- Coordinated 4 teams over 6 hours\n- Wrote the postmortem',
        impact: 'saved an estimated $2.1M in lost orders',
      });
      // A label that names a section of the template is that section, not a project.
      expect(hire).toMatchObject({ section: 'company', title: 'Closed 3 senior hires for the checkout team', date: '2025-12-01' });
      // The next real heading ends the label's scope.
      expect(guild).toMatchObject({ title: 'Ran the frontend guild', date: '2025-10-01', datePrecision: 'month' });
    },
  );

  it('a bold sentence with more words after it is an item, not a label', () => {
    const [first, second] = importBragMarkdown('# 2025\n\n## March\n\n**Shipped** the importer on time.\n- Wrote the docs\n', {
      thisYear: 2030,
    }).entries;
    expect(first?.title).toBe('**Shipped** the importer on time');
    expect(second?.title).toBe('Wrote the docs');
  });
});

describe('a running log without year headings', () => {
  const read = (text: string) => importBragMarkdown(text, { thisYear: 2030 });

  it('ends its introduction where the entries begin: a later paragraph is an entry, not a note', () => {
    const result = read(
      '# Wins — Raj Patel\n\n_Data engineer. Updated monthly-ish._\n\n**2023-01-09** — Cut the nightly ETL to 1h 15m.\n\nTIL: slot contention is per reservation.\n',
    );
    expect(result.notes).toEqual(['_Data engineer. Updated monthly-ish._']);
    expect(result.entries.map((e) => [e.kind, e.title])).toEqual([
      ['accomplishment', 'Cut the nightly ETL to 1h 15m'],
      ['learning', 'slot contention is per reservation'],
    ]);
  });

  it('takes a year left out from the entries around it, forward and backward, and says so', () => {
    const forward = read('# Wins\n\n- 2023-11-20: Shipped A\n- Nov 28: Shipped B\n- April: Shipped C\n- Jan 5: Shipped D\n').entries;
    expect(forward.map((e) => [e.date, e.datePrecision])).toEqual([
      ['2023-11-20', 'day'],
      ['2023-11-28', 'day'],
      ['2024-04-01', 'month'],
      ['2024-01-05', 'day'],
    ]);
    expect(forward[1]?.warnings).toEqual(['"Nov 28" does not say which year; 2023 was read from the entries around it. Check it.']);
    const backward = read('# Wins\n\n- 2024-01-05: Shipped D\n- 2023-12-20: Shipped C\n- Mar 3: Shipped B\n').entries;
    expect(backward.map((e) => e.date)).toEqual(['2024-01-05', '2023-12-20', '2023-03-03']);
    // A month that holds the day above is not behind it.
    expect(read('# Wins\n\n- 2023-04-15: Shipped A\n- April: Shipped B\n').entries[1]?.date).toBe('2023-04-01');
  });

  it('still asks when nothing above has a year', () => {
    expect(read('# Wins\n\n- Mar 3: Shipped A\n').entries[0]).toMatchObject({
      date: null,
      warnings: ['"Mar 3" does not say which year; pick a date before saving.'],
    });
  });

  it('reads a signed quotation as kudos from the person who signed it', () => {
    const [quote] = read(
      '# Wins\n\n- 2023-01-09: Shipped A\n\n> "Raj\'s fix saved our board deck." — Sara (Head of Marketing)\n',
    ).entries.slice(1);
    expect(quote).toMatchObject({ kind: 'kudos', people: ['Sara'], roles: { Sara: 'Head of Marketing' } });
  });
});
