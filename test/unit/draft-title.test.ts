import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinDraftTitle, splitDraftTitle } from '../../shared/domain/review/draftTitle';

describe('the draft title, shown once while editing', () => {
  it('takes off a first heading that says the title, and puts it back verbatim', () => {
    const markdown = '# Looking back on 2026\n\n## What I shipped\n\n- Cut costs [^1]\n';
    const split = splitDraftTitle(markdown, 'Looking back on 2026');
    expect(split).toEqual({ heading: '# Looking back on 2026\n\n', body: '## What I shipped\n\n- Cut costs [^1]\n' });
    expect(joinDraftTitle(split)).toBe(markdown);
    expect(joinDraftTitle({ ...split, body: `${split.body}\nWritten by me.\n` })).toBe(`${markdown}\nWritten by me.\n`);
  });

  it('keeps a heading that says something else, or any text that does not start with a heading', () => {
    for (const markdown of ['# Notes for my manager: 2026\n\nText', 'Looking back on 2026\n\nText', '#Looking back on 2026\n', '']) {
      expect(splitDraftTitle(markdown, 'Looking back on 2026')).toEqual({ heading: '', body: markdown });
    }
    expect(splitDraftTitle('# Anything\n', '  ')).toEqual({ heading: '', body: '# Anything\n' });
  });

  it('matches the title as the preview does: any heading level, closing hashes and spaces ignored', () => {
    expect(splitDraftTitle('\n## Looking back on 2026 ##\r\n\r\nText', ' Looking back on 2026 ')).toEqual({
      heading: '\n## Looking back on 2026 ##\r\n\r\n',
      body: 'Text',
    });
  });

  it('puts text written under a heading that was the whole draft on a block of its own', () => {
    const split = splitDraftTitle('# Looking back on 2026', 'Looking back on 2026');
    expect(split).toEqual({ heading: '# Looking back on 2026', body: '' });
    expect(joinDraftTitle(split)).toBe('# Looking back on 2026');
    expect(joinDraftTitle({ ...split, body: 'New text' })).toBe('# Looking back on 2026\n\nNew text');
  });

  it('round-trips any text, whatever the title', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (body, title) => {
        for (const markdown of [body, `# ${title}\n\n${body}`, `# ${title}\n${body}`, `# ${title}`]) {
          expect(joinDraftTitle(splitDraftTitle(markdown, title))).toBe(markdown);
        }
      }),
    );
  });
});
