import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDay } from '../../shared/domain/day';
import { calendarDay } from '../../electron/core/exchange/importers/dates';
import { detectFormat } from '../../electron/core/exchange/importers/types';
import { decodeText } from '../../electron/core/exchange/decode';
import { importBragMarkdown } from '../../electron/core/exchange/importers/bragMarkdown';
import type { ImportedEntry, ImportResult } from '../../electron/core/exchange/importers/types';

const FIXTURES = new URL('../fixtures/imports/', import.meta.url);

function importFixture(name: string): ImportResult {
  const bytes = new Uint8Array(readFileSync(new URL(name, FIXTURES)));
  return importBragMarkdown(decodeText(bytes, name), { thisYear: 2030 });
}

function entry(result: ImportResult, title: string): ImportedEntry {
  const found = result.entries.find((e) => e.title === title);
  if (!found) throw new Error(`no entry titled "${title}" in: ${result.entries.map((e) => e.title).join(' | ')}`);
  return found;
}

const short = (e: ImportedEntry): [string | null, string, string] => [e.date, e.section, e.title];

describe("importing a brag document written from Julia Evans' template", () => {
  const result = importFixture('julia-template.md');

  it('reads every item of every section, in order, with the year from the title', () => {
    expect(result.format).toBe('brag-markdown');
    expect(result.entries.map(short)).toEqual([
      ['2019-02-11', 'projects', 'Shipped the new search ranking to 100% of users'],
      ['2019-03-14', 'projects', 'Cut CI time for the monorepo'],
      ['2019-04-01', 'projects', 'Billing migration'],
      ['2019-06-03', 'collaboration', 'Mentored Sam through their first on-call week'],
      ['2019-07-19', 'collaboration', 'Reviewed ~40 pull requests for the payments team while they were short-staffed'],
      ['2019-08-02', 'design', 'Wrote the design doc for multi-region failover'],
      ['2019-09-10', 'company', 'Ran 14 interviews and rewrote the take-home exercise to be fairer'],
      ['2019-10-01', 'learning', 'How enterprise customers run security reviews'],
      ['2019-11-05', 'learning', 'Kubernetes networking, the hard way'],
      ['2019-12-01', 'outside', 'Wrote a blog post on profiling Python services; 20k readers'],
      ['2019-12-12', 'outside', 'Spoke at the local Python meetup'],
      ['2019-12-20', 'projects', '"The failover doc was the clearest design doc I\'ve read this year" — Priya'],
    ]);
  });

  it('turns "Goals for this year" and "Goals for next year" into goals, with the checkbox as status', () => {
    expect(result.goals).toEqual([
      { year: 2019, title: 'Ship the new search ranking', status: 'achieved', description: '' },
      { year: 2019, title: 'Give a talk at an external conference', status: 'open', description: '' },
      { year: 2019, title: 'Learn Rust', status: 'dropped', description: '' },
      { year: 2019, title: 'Mentor one new engineer', status: 'achieved', description: '' },
      { year: 2020, title: 'Lead a cross-team project', status: 'open', description: '- ideally something with the data platform team' },
    ]);
  });

  it('keeps sub-bullets as the body and takes the "Impact:" sub-bullet as the impact', () => {
    const ranking = entry(result, 'Shipped the new search ranking to 100% of users');
    expect(ranking.body).toBe('- rewrote the feature pipeline in Python\n- ran the A/B test for 3 weeks');
    expect(ranking.impact).toBe('click-through went up 12%, and support tickets about "can\'t find X" halved');
    expect(ranking.themes).toEqual(['search', 'ml-engineering']);
    expect(ranking.warnings).toEqual([]);
  });

  it('reads "which made …" as the impact, and an arrow sub-bullet too', () => {
    expect(entry(result, 'Cut CI time for the monorepo').impact).toBe('Made the tests 3x faster for everyone');
    const billing = entry(result, 'Billing migration');
    expect(billing.body).toBe('moved 12 services off the legacy queue');
    expect(billing.impact).toBe('zero lost messages during the cutover');
    // A month is kept as a month (no longer turned into the 1st with a warning).
    expect(billing).toMatchObject({ date: '2019-04-01', datePrecision: 'month', dateEnd: null, warnings: [] });
  });

  it('puts a second sentence in the body and reads "People:" lines', () => {
    expect(entry(result, 'Mentored Sam through their first on-call week').body).toBe('Paired on both pages that came in.');
    expect(entry(result, 'Reviewed ~40 pull requests for the payments team while they were short-staffed').people).toEqual([
      'Priya',
      'Sam',
    ]);
  });

  it('marks "What I learned" items as learning and "Kudos" items as kudos, with who said it', () => {
    expect(result.entries.filter((e) => e.kind === 'learning')).toHaveLength(2);
    const kudos = result.entries.filter((e) => e.kind === 'kudos');
    expect(kudos).toHaveLength(1);
    expect(kudos[0]?.people).toEqual(['Priya']);
  });

  // Changed deliberately (issue 11): the introduction is the document's notes, never an entry.
  it("keeps the introduction as the import's notes rather than an entry or nothing", () => {
    expect(result.notes).toEqual([expect.stringMatching(/^This is where I keep track of what I did this year, so review season is easy/)]);
    expect(result.entries.some((e) => e.title.startsWith('This is where I keep track'))).toBe(false);
    expect(result.warnings).toEqual([]);
  });
});

describe('importing a quarter-by-quarter document with dated headings', () => {
  const result = importFixture('quarterly.md');

  it('dates items from the headings above them, inheriting the year', () => {
    expect(result.entries.map((e) => [e.date, e.title])).toEqual([
      ['2019-01-01', 'Set up the on-call rotation for the new team'],
      ['2019-01-01', 'Onboarded two new hires'],
      ['2019-03-01', 'Week of heavy incident work: led the postmortem for the March outage'],
      ['2019-03-21', 'Shipped rate limiting for the public API'],
      ['2019-04-01', 'Launched the customer-facing audit log'],
      ['2019-05-06', 'Gave the quarterly architecture review'],
      ['2020-02-01', 'Started the data retention project'],
    ]);
  });

  it('keeps a month or quarter as the precision it was written in', () => {
    expect(entry(result, 'Onboarded two new hires')).toMatchObject({ datePrecision: 'month', warnings: [] });
    expect(entry(result, 'Launched the customer-facing audit log')).toMatchObject({ datePrecision: 'quarter', warnings: [] });
    expect(entry(result, 'Gave the quarterly architecture review').warnings).toEqual([]);
  });

  it('reads an "Impact:" continuation line', () => {
    expect(entry(result, 'Launched the customer-facing audit log').impact).toBe('closed the deal with a big bank');
  });

  it('puts everything in Projects, with one warning for the whole document', () => {
    expect(new Set(result.entries.map((e) => e.section))).toEqual(new Set(['projects']));
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/^No heading puts the text at lines 8, 13, 18, 23, 29 in a section/);
  });
});

describe('importing a flat list with inline dates and hashtags', () => {
  const result = importFixture('flat-list.md');

  it('reads the date in each of its spellings', () => {
    expect(result.entries.map((e) => e.date)).toEqual([
      '2021-01-15',
      '2021-02-03',
      '2021-03-04',
      '2021-03-18',
      '2021-03-25',
      '2021-04-09',
      '2021-04-20',
      '2021-05-02',
    ]);
  });

  it('takes hashtags as themes: trailing ones removed, ones inside a sentence keep their word', () => {
    expect(result.entries.map((e) => [e.title, e.themes])).toEqual([
      ['Rewrote the deploy script in Go', ['infra', 'tooling']],
      ['Paired with Dana on the flaky test hunt', ['quality']],
      ['Led the incident review for the login outage', ['incident-response']],
      ['Published the API style guide', ['docs']],
      ['Lee said the style guide saved their team a week', ['docs']],
      ['Improved search latency by caching the query plans', ['search']],
      ['Wrote runbooks for the `#alerts` channel and https://wiki.example.com/page#oncall', ['on-call']],
      ['Fixed issue #123 in the C# client', ['bugfix']],
    ]);
  });

  it('makes a "Kudos:" bullet a kudos entry', () => {
    expect(result.entries.map((e) => e.kind).filter((k) => k === 'kudos')).toHaveLength(1);
    expect(entry(result, 'Lee said the style guide saved their team a week').kind).toBe('kudos');
  });
});

describe('importing a messy document (BOM, CRLF, tables, nested bullets, other scripts)', () => {
  const result = importFixture('messy.md');

  it('imports every item, with the counts per section', () => {
    const count = (section: string): number => result.entries.filter((e) => e.section === section).length;
    // The opening line ("Notes I kept this year (2022) — messy, sorry") is the document's note now, not an entry.
    expect(result.entries).toHaveLength(10);
    expect(result.notes).toEqual(['Notes I kept this year (2022) — messy, sorry']);
    expect([count('projects'), count('collaboration'), count('design'), count('learning')]).toEqual([5, 2, 2, 1]);
  });

  it('reads the star, the date, the second sentence and the "Impact:" line of one bullet', () => {
    const payments = entry(result, 'Migrated the payments DB to Postgres 14 with zero downtime');
    expect(payments).toMatchObject({
      date: '2022-05-04',
      starred: true,
      body: 'Took two long weekends.',
      impact: 'p99 latency dropped 30%',
      sourceLine: 5,
    });
  });

  it('reads a sub-heading under Projects as one project, keeping nested bullets and the table', () => {
    const search = entry(result, 'Search rewrite');
    expect(search.body).toBe(
      '- Rebuilt the indexer\n    - moved from cron to a streaming job\n    - deleted 3k lines of legacy code\n\n| Metric | Before | After |\n|---|---|---|\n| Freshness | 6 h | 5 min |',
    );
    expect(search.impact).toBe('index freshness went from 6 hours to 5 minutes');
  });

  it('leaves undated items undated with a warning, and refuses an impossible date', () => {
    expect(entry(result, 'Something I did but forgot when')).toMatchObject({
      date: null,
      warnings: ['No date was found for this entry; pick one before saving.'],
    });
    expect(entry(result, 'Typo date item')).toMatchObject({
      date: null,
      warnings: ['"2022-13-45" is not a day on the calendar; pick a date before saving.'],
    });
    expect(entry(result, 'Picked up enough Japanese to read error messages: エラーが発生しました').warnings).toEqual([
      // The entry above it said 2022-05-04: its year is the guess, shown to be checked.
      '"Mar 2" does not say which year; 2022 was read from the entries around it. Check it.',
    ]);
    expect(entry(result, 'Picked up enough Japanese to read error messages: エラーが発生しました').date).toBe('2022-03-02');
  });

  it('keeps non-English text and emoji intact', () => {
    expect(entry(result, 'Ran a weekly office hour for new engineers — 大家都很喜欢 🎉').themes).toEqual(['mentoring']);
    const danke = entry(result, '„Danke für die Hilfe beim Onboarding!“');
    expect(danke).toMatchObject({ kind: 'kudos', people: ['Jörg Müller'], section: 'collaboration' });
  });

  it('keeps an image as Markdown in an entry of its own, and a loose paragraph under a non-section heading', () => {
    expect(entry(result, 'An image from line 29').body).toBe('![architecture diagram](diagram.png)');
    expect(entry(result, 'Loose paragraph under a heading that is not a section').section).toBe('projects');
    expect(result.entries.some((e) => /\r|\uFEFF/.test(e.title + e.body))).toBe(false);
  });
});

describe('brag-document rules, one at a time', () => {
  const one = (markdown: string): ImportedEntry => {
    const result = importBragMarkdown(markdown, { thisYear: 2030 });
    expect(result.entries).toHaveLength(1);
    return result.entries[0] as ImportedEntry;
  };

  it.each([
    ['## Projects I worked on', 'projects'],
    ['## Collaboration & mentorship', 'collaboration'],
    ['## Mentoring', 'collaboration'],
    ['## Design & documentation', 'design'],
    ['## Docs', 'design'],
    ['## Company building', 'company'],
    ['## What I learned', 'learning'],
    ['## Learnings', 'learning'],
    ['## Outside of work', 'outside'],
    ['## Side projects', 'outside'],
    ['## 3. Open source 🌱', 'outside'],
    ['## **Hiring**:', 'company'],
  ])('"%s" is the %s section', (heading, section) => {
    expect(one(`${heading}\n\n- 2020-01-02 did a thing`).section).toBe(section);
  });

  it.each([
    ['2019-03-04: Did it', '2019-03-04'],
    ['**Mar 4** — Did it', '2019-03-04'],
    ['[March 4, 2019] Did it', '2019-03-04'],
    ['4 March 2019: Did it', '2019-03-04'],
    ['(4th March) Did it', '2019-03-04'],
    ['Did it (2019-03-04)', '2019-03-04'],
    ['Did it on 2019-03-04 with Bo', '2019-03-04'],
  ])('reads the date of "%s"', (text, date) => {
    const e = one(`# 2019 brag document\n\n## Projects\n\n- ${text}`);
    expect(e.date).toBe(date);
    expect(e.title).toMatch(/^Did it/);
  });

  it('does not mistake words for dates ("May the new API…", "March madness")', () => {
    const e = one('## Projects\n\n- May the new API never page anyone again\n\n### March madness');
    expect(e.date).toBeNull();
    expect(e.title).toBe('May the new API never page anyone again');
  });

  it('cuts a long first sentence at a word boundary and keeps the rest in the body', () => {
    const sentence = `Rewrote ${'the very long pipeline '.repeat(8)}end`;
    const e = one(`## Projects\n\n- 2020-01-02 ${sentence}`);
    expect(e.title.length).toBeLessThanOrEqual(120);
    expect(e.title.endsWith('…')).toBe(true);
    expect(e.body.startsWith('…')).toBe(true);
    expect(`${e.title.slice(0, -1)} ${e.body.slice(1)}`).toBe(sentence);
  });

  it('reads "Themes:" lines and #hashtags, but not from code or headings', () => {
    const e = one('## Projects\n\n- 2020-01-02 Shipped search #search\n  Themes: ml-engineering, Leadership\n  ```\n  #not-a-theme\n  ```');
    expect(e.themes).toEqual(['search', 'ml-engineering', 'Leadership']);
    expect(e.body).toBe('```\n#not-a-theme\n```');
  });

  it('is conservative about impact: a sentence with a number is not an impact by itself', () => {
    expect(one('## Projects\n\n- 2020-01-02 Cut p99 latency by 30% on the search API').impact).toBe('');
    expect(one('## Projects\n\n- 2020-01-02 Wrote a parser, which is a small state machine').impact).toBe('');
    expect(one('## Projects\n\n- 2020-01-02 Rebuilt the cache → p99 down 30%')).toMatchObject({
      title: 'Rebuilt the cache',
      impact: 'p99 down 30%',
    });
    expect(one('## Projects\n\n- 2020-01-02 Rebuilt the cache. Result: p99 down 30%')).toMatchObject({
      title: 'Rebuilt the cache',
      impact: 'p99 down 30%',
    });
  });

  it('attaches a bullet that is only an "Impact:" to the entry above it', () => {
    const e = one('## Projects\n\n- 2020-01-02 Rebuilt the cache\n- Impact: p99 down 30%');
    expect(e.impact).toBe('p99 down 30%');
  });

  it('survives an empty document, empty sections, rules and comments', () => {
    expect(importBragMarkdown('', { thisYear: 2030 })).toEqual({
      format: 'brag-markdown',
      entries: [],
      warnings: [],
      goals: [],
      notes: [],
    });
    const result = importBragMarkdown('# Brag\n\n## Projects\n\n---\n\n## Docs\n\n<!-- fill me in\nlater -->\n', { thisYear: 2030 });
    expect(result.entries).toEqual([]);
    expect(result.warnings).toEqual(['Line 9: an HTML comment was skipped.']);
  });

  it('assumes the given year for "Goals for this year" when the document never names one, and says so', () => {
    const result = importBragMarkdown('## Goals for this year\n\n- [ ] Write more\n', { thisYear: 2030 });
    expect(result.goals).toEqual([{ year: 2030, title: 'Write more', status: 'open', description: '' }]);
    expect(result.warnings).toEqual(['The document does not say which year it is about, so "this year" was taken to be 2030.']);
  });

  it('reads the year from front matter', () => {
    const e = one('---\ntitle: My brag doc\ndate: 2018-12-31\n---\n\n## Projects\n\n- Mar 4: Did it');
    expect(e.date).toBe('2018-03-04');
  });

  it('takes a bold-only bullet as a plain title', () => {
    expect(one('## Projects\n\n- **Search v2**\n  - 2020-01-02 launch').title).toBe('Search v2');
  });

  it('agrees with isDay about which days exist (its fast path for large documents)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1890, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const text = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        expect(calendarDay(y, m, d) === text).toBe(isDay(text));
      }),
    );
  });

  it('is the format chosen for Markdown and plain-text files', () => {
    expect(detectFormat('# 2019\n\n- did "entries": things', 'brag.md')).toBe('brag-markdown');
    expect(detectFormat('- did things', 'notes.txt')).toBe('brag-markdown');
  });
});
