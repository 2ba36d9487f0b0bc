import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ChronicleError } from '../../shared/api/errors';
import { dayInTimeZone, importDayOne, unescapeDayOne } from '../../electron/core/exchange/importers/dayOne';
import { detectFormat } from '../../electron/core/exchange/importers/types';
import { importFile, importText } from '../../electron/core/exchange/importers/index';
import { importJrnl } from '../../electron/core/exchange/importers/jrnl';

const FIXTURES = new URL('../fixtures/imports/', import.meta.url);
const fixture = (name: string): string => readFileSync(new URL(name, FIXTURES), 'utf8');

function refusal(run: () => unknown): ChronicleError {
  try {
    run();
  } catch (error) {
    if (error instanceof ChronicleError) return error;
    throw error;
  }
  throw new Error('expected the import to be refused');
}

describe('importing a jrnl JSON export', () => {
  const result = importJrnl(fixture('jrnl-export.json'), 'jrnl-export.json');

  it('reads every entry with its date, title, body and starred flag', () => {
    expect(result.format).toBe('jrnl');
    expect(result.entries.map((e) => [e.date, e.title, e.starred])).toEqual([
      // jrnl's @tags read as #hashtags are: the closing ones go, one inside the sentence keeps its word.
      ['2019-03-04', 'Shipped the new onboarding checklist for work', false],
      ['2019-03-08', 'Paired with Sam on their first on-call shift', true],
      ['2019-03-15', 'Quiet week', false],
      [
        '2019-04-02',
        'Fixed the pager storm that woke everyone up at 3am and wrote down the steps so that the next person on call can follow…',
        false,
      ],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('maps @tags to themes without the @', () => {
    expect(result.entries.map((e) => e.themes)).toEqual([['work'], ['mentoring', 'work'], [], ['oncall', 'work']]);
  });

  it('reads "Impact:" and arrow lines as the impact and leaves code blocks alone', () => {
    expect(result.entries[0]).toMatchObject({
      body: 'Took the wiki page and turned it into a tracked checklist.',
      impact: 'new hires get their laptop set up on day one instead of day three.',
    });
    expect(result.entries[3]?.impact).toBe('pages dropped from 40 a week to 6');
    expect(result.entries[2]?.body).toBe("Mostly reviews.\n\n```sh\n# not a tag\ngrep -r '#include' .\n```");
  });

  it('moves the rest of an over-long first sentence into the body', () => {
    expect(result.entries[3]?.body).toBe('…them without paging anyone else on the team at night.');
  });

  it('is detected from its content, whatever the file is called', () => {
    expect(detectFormat(fixture('jrnl-export.json'), 'backup.txt')).toBe('jrnl');
    expect(importText(fixture('jrnl-export.json'), 'journal.json').entries).toHaveLength(4);
  });
});

describe('importing a Day One JSON export', () => {
  const result = importDayOne(fixture('dayone-export.json'), 'Journal.json');

  it('dates each entry by its creation time in its own time zone', () => {
    // 23:30 UTC on 4 March is already 5 March in Berlin; 03:04 UTC on 5 March is still 4 March in Los Angeles.
    expect(result.entries.map((e) => e.date)).toEqual(['2019-03-05', '2019-03-04', '2019-03-07']);
  });

  it('takes the title from the first heading or line and unescapes Day One Markdown', () => {
    const [build, interviews] = result.entries;
    expect(build).toMatchObject({
      title: 'Cut the build time in half',
      // Changed deliberately (issue 11): the photo reference becomes a short note, not a gap.
      body: 'Moved the slow integration tests to a nightly job. Builds went from 22 to 11 minutes.\n\n*(A photo was here in Day One.)*\n\n1\\. not a list, just a number',
      impact: 'the whole team ships twice as often - see the e-mail from Priya!',
      themes: ['build', 'quality'],
      starred: true,
    });
    expect(interviews).toMatchObject({
      title: 'Interviewed two candidates for the platform team',
      body: 'Both were strong; wrote detailed feedback the same day (as always).',
      themes: ['hiring'],
      starred: false,
    });
  });

  it('drops photos with a warning, and skips an entry that was only a photo', () => {
    expect(result.entries[0]?.warnings).toEqual(['A photo or attachment was left out: Chronicle imports text only.']);
    expect(result.entries[0]?.body).not.toContain('dayone-moment');
    expect(result.warnings).toEqual(['entries[2] (2019-03-06) had only attachments (1), so it was skipped.']);
  });

  it('falls back to the UTC date for an unknown time zone, and says so', () => {
    expect(result.entries[2]).toMatchObject({
      title: 'Gave a lunch talk on profiling python services',
      themes: ['python'],
      warnings: ['The time zone "Mars/Olympus_Mons" is not one Chronicle knows, so the date is the one in UTC.'],
    });
  });

  it('keeps escapes that stop a line from turning into a list or heading, and code as it is', () => {
    expect(unescapeDayOne('1\\. first\n\\- dash\nmid\\-word \\(x\\) `a\\.b`')).toBe('1\\. first\n\\- dash\nmid-word (x) `a\\.b`');
  });

  it('finds the calendar day in a time zone with Intl', () => {
    expect(dayInTimeZone(new Date('2019-12-31T23:30:00Z'), 'Pacific/Auckland')).toBe('2020-01-01');
    expect(dayInTimeZone(new Date('2019-12-31T23:30:00Z'), 'Not/AZone')).toBeUndefined();
  });

  it('is detected from its content', () => {
    expect(detectFormat(fixture('dayone-export.json'), 'Journal.json')).toBe('day-one');
    expect(importFile(new Uint8Array(readFileSync(new URL('dayone-export.json', FIXTURES))), 'Journal.json').format).toBe('day-one');
  });
});

describe('refusing broken or hostile JSON', () => {
  it('explains that a truncated file was cut off', () => {
    const text = fixture('jrnl-export.json');
    const error = refusal(() => importText(text.slice(0, text.length / 2), 'journal.json'));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe(
      'journal.json is not valid JSON: the file ends in the middle of the data, so it was probably cut off while copying or saving.',
    );
  });

  it('points at the line and column of a syntax error', () => {
    const error = refusal(() => importJrnl('{\n  "entries": [\n    { "date": "2019-03-04", }\n  ]\n}', 'journal.json'));
    expect(error.message).toMatch(/^journal\.json is not valid JSON: .*\(line 3, column \d+\)\.$/);
  });

  it('refuses a jrnl file without "entries"', () => {
    expect(refusal(() => importJrnl('{"tags": {}}', 'journal.json')).message).toBe(
      'journal.json is not a jrnl export: it has no "entries" list.',
    );
    expect(refusal(() => importJrnl('[1, 2]', 'journal.json')).message).toBe(
      'journal.json is not a jrnl export: it should hold an object with "entries", not a list.',
    );
    expect(refusal(() => importText('{"notes": []}', 'notes.json')).message).toMatch(
      /^notes\.json is JSON, but not a jrnl or Day One export/,
    );
  });

  it('refuses "__proto__" keys, naming where, and leaves Object.prototype untouched', () => {
    const text = '{"entries": [{"date": "2019-03-04", "title": "x", "body": "", "tags": [], "__proto__": {"polluted": true}}]}';
    const error = refusal(() => importJrnl(text, 'journal.json'));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('"__proto__" key at entries[0].__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');

    const dayOne = '{"metadata": {"version": "1.0", "__proto__": {"polluted": 1}}, "entries": []}';
    expect(refusal(() => importDayOne(dayOne, 'Journal.json')).message).toContain('at metadata.__proto__');
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses impossible dates, naming the entry', () => {
    const jrnl = '{"entries": [{"date": "2019-03-04", "title": "ok"}, {"date": "2019-13-45", "title": "bad"}]}';
    expect(refusal(() => importJrnl(jrnl, 'journal.json')).message).toBe(
      'journal.json: entries[1].date: 2019-13-45 is not a day on the calendar.',
    );
    const dayOne = '{"entries": [{"creationDate": "2019-13-45T10:00:00Z", "text": "bad"}]}';
    expect(refusal(() => importDayOne(dayOne, 'Journal.json')).message).toBe(
      'Journal.json: entries[0].creationDate "2019-13-45T10:00:00Z" is not a date and time Chronicle can read.',
    );
  });

  it('refuses fields of the wrong type, naming the path', () => {
    expect(refusal(() => importJrnl('{"entries": [{"date": "2019-03-04", "tags": "work"}]}', 'j.json')).message).toBe(
      'j.json: entries[0].tags should be a list, not text.',
    );
    expect(refusal(() => importJrnl('{"entries": [{"date": "2019-03-04", "starred": "yes"}]}', 'j.json')).message).toBe(
      'j.json: entries[0].starred should be true or false, not text.',
    );
    expect(refusal(() => importJrnl('{"entries": [{"title": "no date"}]}', 'j.json')).message).toBe('j.json: entries[0] has no "date".');
  });
});
