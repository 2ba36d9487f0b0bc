import { describe, expect, it } from 'vitest';
import { plainExcerpt } from '../../shared/domain/plainText';
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
