import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXCERPT_SOURCE_CHARS, listExcerpts, markdownExcerpt, markdownPlainText, parsedPlainText } from '../../shared/domain/excerpt';

describe('list excerpts are plain text read by the Markdown parser', () => {
  it('shows no raw Markdown and keeps list items apart', () => {
    const body = 'Moved **all billing jobs** to the new queue:\n\n- wrote the runbook\n- trained _two_ people\n- [x] retired `cron-01`';
    expect(listExcerpts({ body, impact: '' }).excerpt).toBe(
      'Moved all billing jobs to the new queue: wrote the runbook · trained two people · retired cron-01',
    );
  });

  it('keeps the words of links, headings, quotes, tables and code, and drops raw HTML', () => {
    const md =
      '# Title\n\n> quoted\n\nSee [the doc](https://x.test) <b>now</b>.\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n```ts\nconst a = 1;\n```';
    expect(markdownPlainText(md)).toBe('Title · quoted · See the doc now. a · b · 1 · 2 · const a = 1;');
  });

  it('keeps snake_case, arithmetic and escaped characters as typed', () => {
    expect(markdownPlainText('renamed user_id to account_id; 2 * 3 = 6 and \\*not bold\\*')).toBe(
      'renamed user_id to account_id; 2 * 3 = 6 and *not bold*',
    );
  });

  it('reads only the first characters of a long entry and cuts at a word', () => {
    const body = `${'word '.repeat(400)}**never shown**`;
    const { excerpt } = listExcerpts({ body, impact: 'Builds went from **38** to 12 minutes' });
    expect(excerpt.endsWith('word…')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(241);
    expect(listExcerpts({ body, impact: 'Builds went from **38** to 12 minutes' }).impactExcerpt).toBe('Builds went from 38 to 12 minutes');
    expect(EXCERPT_SOURCE_CHARS.body).toBe(800);
  });

  it('reads a huge nested list only as far as its first 800 characters', () => {
    const nested = Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i % 40)}- level ${i}`).join('\n');
    expect(listExcerpts({ body: nested, impact: '' }).excerpt.startsWith('level 0 · level 1 · level 2')).toBe(true);
    expect(markdownExcerpt('- a\n- b', 40)).toBe('a · b');
  });

  it('lets the search marks through untouched', () => {
    expect(markdownPlainText('moved **all \u0002billing\u0003 jobs**')).toBe('moved all \u0002billing\u0003 jobs');
  });
});

describe('the quick path for text with no Markdown in it', () => {
  it('gives the same text the parser would', () => {
    for (const text of [
      'Cut CI time from 38 to 12 minutes',
      'Two lines\nof plain text',
      'A - dash, 3.5 points (and parentheses)',
      'Ana said so',
    ]) {
      expect(markdownPlainText(text)).toBe(text.replace(/\s+/g, ' '));
    }
    expect(markdownPlainText('- a list\n- of two')).toBe('a list · of two');
    expect(markdownPlainText('a paragraph\n\nand another')).toBe('a paragraph · and another');
    expect(markdownPlainText('1. first\n2. second')).toBe('first · second');
    expect(markdownPlainText('Title\n---\nbody')).toBe('Title · body');
  });
});

describe('the quick path for the common shape of an entry (bullets, bold, links, code)', () => {
  it('is taken for lists with bold, links, code and task boxes, and reads as the parser does', () => {
    const body =
      'Moved **all billing jobs** to the new queue: see [the PR](https://example.com/pr/1).\n- wrote the `runbook`\n- [x] trained two people\nand a lazy line\n\n* Cut p95 by **40%.** (measured)';
    expect(markdownPlainText(body)).toBe(parsedPlainText(body));
    expect(markdownPlainText(body)).toBe(
      'Moved all billing jobs to the new queue: see the PR. wrote the runbook · trained two people and a lazy line · Cut p95 by 40%. (measured)',
    );
  });

  it('gives the parser’s text for any mix of the shapes it knows and the ones it does not', () => {
    const token = fc.constantFrom(
      'word',
      'Ana',
      '42',
      '3.5',
      'user_id',
      '**bold**',
      '**two words**',
      '**end.**',
      '*em*',
      '_em_',
      '`code`',
      '` spaced `',
      '[doc](https://x.test/a)',
      '![img](i.png)',
      '[^1]',
      '<b>',
      '&amp;',
      '\\*',
      ':',
      '(',
      ')',
      '#tag',
      '!',
      '~~s~~',
      'https://x.test',
      'www.x.test',
      '|',
      '>',
      '=',
      '\u0002',
      '*',
      '**',
      '---',
      '***',
      '- x',
    );
    const lineStart = fc.constantFrom(
      '',
      '',
      '- ',
      '* ',
      '+ ',
      '- [ ] ',
      '- [x] ',
      '1. ',
      '2) ',
      '# ',
      '> ',
      '    ',
      '  - ',
      '---',
      '===',
      '-',
      '```',
    );
    const line = fc
      .tuple(lineStart, fc.array(token, { maxLength: 6 }), fc.constantFrom(' ', '', '  '))
      .map(([start, words, gap]) => start + words.join(gap || ' '));
    fc.assert(
      fc.property(fc.array(fc.oneof(line, fc.constant('')), { maxLength: 8 }), (lines) => {
        const text = lines.join('\n');
        expect(markdownPlainText(text)).toBe(parsedPlainText(text));
      }),
      { numRuns: 1500 },
    );
  });
});
