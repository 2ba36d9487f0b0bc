import { describe, expect, it } from 'vitest';
import { firstSentence, plainExcerpt } from '../../shared/domain/plainText';
import { findSection, SECTIONS } from '../../shared/domain/sections';

describe('plain-text excerpts of Markdown', () => {
  it('drops markup but keeps the words', () => {
    const md =
      '# Title\n\n> quoted\n\n- [x] **done** item\n1. _first_ step\n\nSee [the doc](https://x.test) and `code`.\n\n```ts\nconst a = 1;\n```';
    expect(plainExcerpt(md)).toBe('Title quoted done item first step See the doc and code. const a = 1;');
  });

  it('cuts long text at a word boundary with an ellipsis', () => {
    const text = plainExcerpt('word '.repeat(100), 30);
    expect(text).toBe('word word word word word word…');
  });

  it('keeps snake_case and arithmetic intact', () => {
    expect(plainExcerpt('renamed user_id to account_id; 2 * 3 = 6')).toBe('renamed user_id to account_id; 2 * 3 = 6');
  });
});

describe('the first sentence of some Markdown', () => {
  // One rule for a packet's theme "why" and a blog post's description line.
  it('skips headings, quotations and questions, and keeps numbers, versions and abbreviations whole', () => {
    expect(firstSentence('# Title\n\n> A quote.\n\nShipped v2.3 to 0.5% of users, e.g. the beta group. Then more.')).toBe(
      'Shipped v2.3 to 0.5% of users, e.g. the beta group.',
    );
    expect(firstSentence('Why this theme? Because models are code. More.')).toBe('Because models are code.');
    expect(firstSentence('**Proud of?** 3 launches this year. More.')).toBe('3 launches this year.');
  });

  it('falls back on the question when there is nothing else, and cuts a long sentence at a word', () => {
    expect(firstSentence('What next?')).toBe('What next?');
    expect(firstSentence('word '.repeat(60), 30)).toBe('word word word word word word…');
    expect(firstSentence('')).toBe('');
  });
});

describe('template sections', () => {
  it('are in the template order', () => {
    expect(SECTIONS.map((s) => s.label)).toEqual([
      'Projects',
      'Collaboration & mentorship',
      'Design & documentation',
      'Company building',
      'What you learned',
      'Outside of work',
    ]);
  });

  it.each([
    ['Projects', 'projects'],
    ['collaboration & mentorship', 'collaboration'],
    ['Collaboration and Mentorship', 'collaboration'],
    ['Design & Documentation', 'design'],
    ['docs', 'design'],
    ['What I learned', 'learning'],
    ['What you learned', 'learning'],
    ['Outside of work', 'outside'],
    ['company building', 'company'],
  ])('reads %j as %s', (text, id) => {
    expect(findSection(text)).toBe(id);
  });

  it('does not guess at unknown names', () => {
    expect(findSection('gossip')).toBeUndefined();
    expect(findSection('')).toBeUndefined();
  });
});
