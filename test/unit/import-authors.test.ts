import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../electron/core/exchange/decode';
import { importText } from '../../electron/core/exchange/importers';
import type { ImportedEntry, ImportResult } from '../../electron/core/exchange/importers/types';

/**
 * Whole imports of six documents written the way six different (imaginary) people keep them:
 * every entry with its date and precision, kind, section, title, impact, themes and people, plus
 * the notes, goals, roles and goal links. Written for issue 11; each file is in
 * test/fixtures/imports/authors.
 */

const FIXTURES = new URL('../fixtures/imports/authors/', import.meta.url);

function importAuthor(name: string): ImportResult {
  const text = decodeText(new Uint8Array(readFileSync(new URL(name, FIXTURES))), name).replace(/\r\n?/g, '\n');
  return importText(text, name, { thisYear: 2030 });
}

type Row = [string | null, string, string | null, string, string, string, string, string[], string[]];
const row = (e: ImportedEntry): Row => [
  e.date,
  e.datePrecision ?? 'day',
  e.dateEnd ?? null,
  e.kind,
  e.section,
  e.title,
  e.impact,
  e.themes,
  e.people,
];

describe("Priya's brag document from Julia Evans' template (data scientist, 2023)", () => {
  const result = importAuthor('julia-template-priya.md');

  it('reads every entry as she meant it', () => {
    expect(result.entries.map(row)).toEqual([
      [
        '2023-04-01',
        'quarter',
        null,
        'accomplishment',
        'projects',
        'Churn model v2',
        'AUC 0.71 → 0.78, and retention offers now reach the right 8% of users',
        ['modeling', 'retention'],
        ['Sam Okafor'],
      ],
      [
        '2023-05-11',
        'part',
        '2023-07-10',
        'accomplishment',
        'projects',
        'Pricing experiment',
        '+3% conversion on annual plans',
        [],
        ['Tom'],
      ],
      ['2023-03-01', 'month', null, 'accomplishment', 'collaboration', 'Onboarding buddy for Tomás', '', [], ['Tomás']],
      [
        null,
        'day',
        null,
        'accomplishment',
        'collaboration',
        'Weekly 1:1s with Lena, our new junior, mentoring her through her first analysis',
        '',
        ['mentoring'],
        ['Lena'],
      ],
      [null, 'day', null, 'learning', 'learning', 'how survival models handle censored data', '', [], []],
      [
        null,
        'day',
        null,
        'learning',
        'learning',
        'SQL window functions are faster than my pandas loops',
        'nightly job 40 min → 6 min',
        [],
        [],
      ],
      [null, 'day', null, 'kudos', 'projects', '"the churn work changed how the whole team plans"', '', [], ['Dana']],
      [null, 'day', null, 'kudos', 'projects', 'thanks to Jonas for the patient review of my first dbt model', '', [], ['Jonas']],
    ]);
  });

  it('keeps the name line and the introduction as notes, goals without tags, roles as notes on people', () => {
    expect(result.notes).toEqual([
      'Priya Raman — Senior Data Scientist, Growth',
      "Started this from Julia's template after my review last year. I add to it every other Friday.",
    ]);
    expect(result.goals).toEqual([
      { year: 2023, title: 'Ship churn model v2', status: 'achieved', description: '' },
      { year: 2023, title: 'Mentor a junior data scientist', status: 'open', description: '' },
    ]);
    expect(result.entries.map((e) => e.roles ?? {})).toEqual([
      { 'Sam Okafor': 'partner eng lead at the telecom' },
      { Tom: 'PM' },
      {},
      {},
      {},
      {},
      { Dana: 'my manager' },
      {},
    ]);
    expect(result.entries[3]?.goals).toEqual([{ year: 2023, title: 'Mentor a junior data scientist' }]);
    expect(result.entries.filter((e) => e.goals).length).toBe(1);
  });

  it('asks for a day where only the year is known, and nowhere else', () => {
    const undated = result.entries.filter((e) => e.date === null);
    expect(undated).toHaveLength(5);
    for (const e of undated) expect(e.warnings).toContain('Only the year 2023 is known for this entry; pick a date before saving.');
  });
});

describe("Marco's monthly wins log (Android engineer, 2021)", () => {
  const result = importAuthor('monthly-wins-marco.md');

  it('reads markers as kinds, month headings as month dates, and a section Themes: line', () => {
    expect(result.entries.map(row)).toEqual([
      ['2021-01-01', 'month', null, 'accomplishment', 'projects', 'Cut the Android cold start from 3.1s to 1.9s', '', ['performance'], []],
      ['2021-01-01', 'month', null, 'learning', 'projects', 'Compose recomposition is mostly about stable parameters', '', [], []],
      ['2021-01-01', 'month', null, 'kudos', 'projects', 'Aisha untangled the release signing keys before the deadline', '', [], ['Aisha']],
      [
        '2021-02-01',
        'month',
        null,
        'accomplishment',
        'projects',
        'Screen reader labels on every checkout screen',
        'support tickets about checkout down a third',
        ['accessibility'],
        [],
      ],
      [
        '2021-02-01',
        'month',
        null,
        'accomplishment',
        'projects',
        'Posted the a11y checklist in #mobile-eng and asked for reviews',
        '',
        ['accessibility'],
        [],
      ],
      [
        '2021-03-01',
        'month',
        null,
        'accomplishment',
        'projects',
        'Led the offline-mode spike with Bogdan; demo went well',
        'the roadmap now has offline mode for Q3',
        ['offline'],
        ['Bogdan'],
      ],
    ]);
    expect(result.notes).toEqual(['Keeping this monthly. Format: [marker] what happened, then impact.']);
    expect(result.entries.every((e) => e.warnings.length === 0)).toBe(true);
  });
});

describe("Kenji's Obsidian note (data platform, 2024)", () => {
  const result = importAuthor('obsidian-note-kenji.md');

  it('is one entry: title, the local day of a late-evening time, tags, text, impact and person', () => {
    expect(result.entries.map(row)).toEqual([
      [
        '2024-11-08',
        'day',
        null,
        'accomplishment',
        'projects',
        'Moved the nightly ETL to incremental loads',
        'warehouse bill down 22% month over month',
        ['data-platform', 'cost'],
        ['Mei'],
      ],
    ]);
    const [note] = result.entries;
    expect(note?.body).toBe(
      'Worked through it with Mei (data eng manager) over two weeks.\n\n- Rewrote the three biggest jobs to read only changed partitions\n- Kept the full reload behind a flag for month-end',
    );
    expect(note?.roles).toEqual({ Mei: 'data eng manager' });
  });
});

describe("Ana's project-heading document (search engineer, 2022)", () => {
  const result = importAuthor('project-headings-ana.md');

  it('reads each sub-heading with bullets as one project, dated by its heading', () => {
    expect(result.entries.map(row)).toEqual([
      [
        '2022-03-01',
        'month',
        '2022-06-30',
        'accomplishment',
        'projects',
        'Search relevance overhaul',
        'click-through on the first result went from 31% → 38%',
        ['search', 'ml'],
        ['jwu'],
      ],
      [
        '2022-07-01',
        'half',
        null,
        'accomplishment',
        'projects',
        'Incident review process',
        'repeat incidents dropped from 5 to 1 per quarter',
        [],
        [],
      ],
      ['2022-09-14', 'day', null, 'accomplishment', 'design', 'Wrote the RFC for the query rewrite service', '', [], []],
    ]);
    expect(result.entries[0]?.body).toBe(
      '- Replaced the hand-tuned boosts with a learning-to-rank model\n- Paired with @jwu on the offline evaluation harness',
    );
  });
});

describe("Fatima's notes with seasons and vague dates (engineering manager, 2019)", () => {
  const result = importAuthor('seasons-log-fatima.md');

  it('reads parts of months, seasons, quarters, halves, month ranges and M/D', () => {
    expect(result.entries.map(row)).toEqual([
      [
        '2019-03-01',
        'part',
        null,
        'accomplishment',
        'projects',
        'kicked off the payments reliability working group',
        '',
        ['reliability'],
        [],
      ],
      ['2019-06-01', 'season', null, 'accomplishment', 'projects', 'hired two engineers for the payments team', '', [], []],
      ['2019-04-01', 'quarter', null, 'accomplishment', 'projects', 'took over the fraud roadmap after the reorg', '', [], []],
      ['2019-07-01', 'half', null, 'accomplishment', 'projects', 'ran quarterly planning for three teams', '', [], []],
      ['2019-09-01', 'month', '2019-11-30', 'accomplishment', 'projects', 'led the PCI audit with Legal and the Security team', '', [], []],
      [
        '2019-04-08',
        'day',
        null,
        'accomplishment',
        'projects',
        'presented the reliability plan at the all-hands; asked for feedback in #eng',
        '',
        [],
        [],
      ],
      ['2019-03-04', 'day', null, 'accomplishment', 'projects', '1:1s with Okonkwo started (new skip-level)', '', [], ['Okonkwo']],
    ]);
    expect(result.notes).toEqual(['Fatima Zahra, engineering manager (payments). Notes for my own review, not polished.']);
    // The one guess in the file is shown as a question: 4/8 could be 4 August.
    expect(result.entries[5]?.warnings).toEqual(['"4/8" was read as month/day (2019-04-08); check it.']);
  });
});

describe("Lee's terse one-line-per-week log (SRE, 2020)", () => {
  const result = importAuthor('weekly-terse-lee.md');

  it('reads every "week of M/D" as a week, with hashtags as themes and an arrow as the impact', () => {
    expect(result.entries.map(row)).toEqual([
      ['2020-01-06', 'week', null, 'accomplishment', 'projects', 'on-call; fixed the flaky deploy lock', '', ['infra'], []],
      ['2020-01-13', 'week', null, 'accomplishment', 'projects', 'shipped feature flags v2', '', ['platform'], []],
      ['2020-01-20', 'week', null, 'accomplishment', 'projects', 'interviews x3', '', ['hiring'], []],
      ['2020-02-03', 'week', null, 'accomplishment', 'projects', 'wrote runbook for cache failover', '', ['docs', 'infra'], []],
      ['2020-02-10', 'week', null, 'accomplishment', 'projects', 'paired with Ravi on the rate limiter', '', [], ['Ravi']],
      ['2020-02-17', 'week', null, 'accomplishment', 'projects', 'migrated CI to the new runners', 'builds 2x faster', [], []],
    ]);
  });
});
