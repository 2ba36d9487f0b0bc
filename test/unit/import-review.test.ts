import { describe, expect, it } from 'vitest';
import { importBragMarkdown } from '../../electron/core/exchange/importers/bragMarkdown';
import { importDayOne } from '../../electron/core/exchange/importers/dayOne';
import { importJrnl } from '../../electron/core/exchange/importers/jrnl';
import type { ImportedEntry } from '../../electron/core/exchange/importers/types';

/**
 * Rules mended in the import review: each found by reading a document written in a habit the
 * fixtures did not have, and checked here on short documents nobody wrote the rule for.
 */

function entries(markdown: string): ImportedEntry[] {
  return importBragMarkdown(markdown, { thisYear: 2030 }).entries;
}

const when = (e: ImportedEntry | undefined) => [e?.date ?? null, e?.datePrecision ?? 'day', e?.dateEnd ?? null];

describe('ISO weeks ("2024-W07") are the week starting that Monday', () => {
  it('as a heading, dating every item under it', () => {
    const [a, b, c] = entries(
      '# 2024\n\n## 2024-W07\n\n1. Shipped the retry budget\n2. Wrote the review\n\n## 2024-W09\n\n1. Reviewed the SLO proposal\n',
    );
    expect(when(a)).toEqual(['2024-02-12', 'week', null]);
    expect(when(b)).toEqual(['2024-02-12', 'week', null]);
    expect(when(c)).toEqual(['2024-02-26', 'week', null]);
    expect(a?.title).toBe('Shipped the retry budget');
  });

  it('opening an item, with or without a separator, even when week 1 starts in the year before', () => {
    const [a, b] = entries('- 2020-W01: Fixed the build\n- 2015-W53 Shipped the cache\n');
    expect(when(a)).toEqual(['2019-12-30', 'week', null]);
    expect(a?.title).toBe('Fixed the build');
    expect(when(b)).toEqual(['2015-12-28', 'week', null]);
    expect(b?.title).toBe('Shipped the cache');
  });

  it('as a range of weeks, ending on the last Sunday', () => {
    const [a] = entries('- 2024-W07 – 2024-W09: Ran the migration\n');
    expect(when(a)).toEqual(['2024-02-12', 'week', '2024-03-03']);
  });

  it('a week the year does not have is not a date', () => {
    const [a, b] = entries('- 2021-W53: Fixed the build\n- 2024-W00: Shipped the cache\n');
    expect(a?.date).toBeNull();
    expect(a?.title).toBe('Fixed the build');
    expect(a?.warnings).toEqual(['"2021-W53" is not a day on the calendar; pick a date before saving.']);
    expect(b?.date).toBeNull();
  });
});

describe('jrnl and Day One find the people an entry names, as a brag document does', () => {
  it('jrnl: "Paired with Sam" names Sam; its own @tags are tags, not @handles', () => {
    const jrnl = JSON.stringify({
      tags: { '@work': 2, '@mentoring': 1 },
      entries: [
        {
          title: 'Paired with Sam on their first on-call shift @mentoring @work.',
          body: 'Kudos from Dana (my manager). Asked @workshop-bot to book the room.',
          date: '2019-03-08',
          time: '17:30',
          tags: ['@mentoring', '@work'],
          starred: false,
        },
      ],
    });
    const [e] = importJrnl(jrnl, 'journal.json').entries;
    // In jrnl every @word is a tag (jrnl lists them all in "tags"), so none is a person's @handle.
    expect(e?.people).toEqual(['Sam', 'Dana']);
    expect(e?.body).toBe('Kudos from Dana (my manager). Asked workshop-bot to book the room.');
    expect(e?.roles).toEqual({ Dana: 'my manager' });
  });

  it('Day One: the people of the title and the text, each once, after a "People:" line', () => {
    const dayOne = JSON.stringify({
      metadata: { version: '1.0' },
      entries: [
        {
          uuid: 'A1',
          creationDate: '2019-03-05T10:00:00Z',
          timeZone: 'UTC',
          text: 'Mentored Kwame through his first release\n\nPaired with Sam on the rollout.\nPeople: sam, Lee',
        },
      ],
    });
    const [e] = importDayOne(dayOne, 'Journal.json').entries;
    expect(e?.people).toEqual(['sam', 'Lee', 'Kwame']);
  });
});

describe("a closing #tag after a word a sentence cannot end on is the sentence's last word", () => {
  it('keeps the word and still takes the theme', () => {
    const [a, b, c] = entries(
      '## Projects\n\n- 2019-03-04: Shipped the onboarding checklist for #work.\n- 2019-03-05: Cut the latency of #search #perf\n- 2019-03-06: Fixed the flaky test #quality\n',
    );
    expect([a?.title, a?.themes]).toEqual(['Shipped the onboarding checklist for work', ['work']]);
    expect([b?.title, b?.themes]).toEqual(['Cut the latency of search', ['search', 'perf']]);
    expect([c?.title, c?.themes]).toEqual(['Fixed the flaky test', ['quality']]);
  });
});

describe("jrnl's @tags in the text are read as #hashtags are", () => {
  it('closing tags go, a tag inside the sentence keeps its word, code is left alone', () => {
    const jrnl = JSON.stringify({
      tags: { '@work': 2, '@oncall': 1 },
      entries: [
        {
          title: 'Wrote the runbook for @work with Dana @oncall @work.',
          body: 'Walked through it in @work standup.\n\n```\nssh deploy@work-host\n```',
          date: '2019-03-08',
          time: '17:30',
          tags: ['@work', '@oncall'],
          starred: false,
        },
      ],
    });
    const [e] = importJrnl(jrnl, 'journal.json').entries;
    expect(e?.title).toBe('Wrote the runbook for work with Dana');
    expect(e?.body).toBe('Walked through it in work standup.\n\n```\nssh deploy@work-host\n```');
    expect(e?.people).toEqual(['Dana']);
  });
});

describe('a table kept as a log of wins is one entry per row', () => {
  it('reads each row as the item it stands for: date, title, impact, themes, people, other columns', () => {
    const rows = entries(
      [
        '# Omar — 2023 wins',
        '',
        '## Projects',
        '',
        '| When | What | Impact | Tags | With | Link |',
        '|------|------|--------|------|------|------|',
        '| 2023-01 | Moved builds to Bazel | CI 25 min → 9 min | ci | Grace | [PR](https://x.test/1) |',
        '| Q2 2023 | Launched the partner API | 12 partners onboarded | | | |',
        '| ongoing | Pipe \\| filter cleanup | | | | |',
        '| | | | | | |',
      ].join('\n'),
    );
    expect(rows.map((e) => [e.date, e.datePrecision, e.title, e.impact, e.themes, e.people, e.body])).toEqual([
      ['2023-01-01', 'month', 'Moved builds to Bazel', 'CI 25 min → 9 min', ['ci'], ['Grace'], 'Link: [PR](https://x.test/1)'],
      ['2023-04-01', 'quarter', 'Launched the partner API', '12 partners onboarded', [], [], ''],
      [null, 'day', 'Pipe | filter cleanup', '', [], [], 'When: ongoing'],
    ]);
    expect(rows.map((e) => e.sourceLine)).toEqual([7, 8, 9]);
  });

  it('a table of something else stays with the item it illustrates', () => {
    const [e, ...rest] = entries(
      '## Projects\n\n- 2019-03-04: Search rewrite\n\n| Metric | Before | After |\n|---|---|---|\n| Freshness | 6 h | 5 min |\n',
    );
    expect(rest).toEqual([]);
    expect(e?.title).toBe('Search rewrite');
    expect(e?.body).toBe('| Metric | Before | After |\n|---|---|---|\n| Freshness | 6 h | 5 min |');
  });
});
