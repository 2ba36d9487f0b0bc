import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  blogPost,
  bragDocument,
  entryFile,
  frontMatter,
  searchResults,
  themePost,
  withoutSourceNotes,
} from '../../electron/core/exchange/exports';
import { firstSentence } from '../../shared/domain/plainText';
import { reviewSummary } from '../../shared/domain/review/summary';
import { ENTRIES, GOALS, GOALS_NEXT, REVIEW_YEAR, THEMES } from '../fixtures/reviewYear';

/** Splits a file into its YAML front matter (parsed by a real YAML parser) and its body. */
function split(content: string): { meta: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(content);
  if (!match) throw new Error(`no front matter in:\n${content.slice(0, 200)}`);
  return { meta: parse(match[1] as string) as Record<string, unknown>, body: match[2] as string };
}

describe('front matter for static site generators', () => {
  it('carries title, date, tags and description that a YAML parser reads back exactly', () => {
    const text = frontMatter({
      title: 'Review: "the year" of #transition: part 1',
      date: '2026-12-20',
      tags: ['transition', 'ml-engineering', 'yes', 'null'],
      description: 'It began: with a move.',
    });
    const { meta } = split(`${text}body`);
    expect(meta).toEqual({
      title: 'Review: "the year" of #transition: part 1',
      date: '2026-12-20',
      tags: ['transition', 'ml-engineering', 'yes', 'null'],
      description: 'It began: with a move.',
    });
  });

  it('keeps the date a plain yyyy-MM-dd string that Hugo, Jekyll and Astro accept', () => {
    expect(frontMatter({ title: 't', date: '2026-12-20', tags: [], description: '' })).toContain('\ndate: 2026-12-20\n');
  });
});

describe('a blog post from a summary draft', () => {
  it('drops the entry footnotes and the heading, and describes itself with its first sentence', () => {
    const summary = reviewSummary(REVIEW_YEAR).markdown;
    expect(summary).toMatch(/\[\^1\]/);
    const post = blogPost({
      title: 'The year of transition',
      date: '2026-12-20',
      tags: ['transition', 'leadership'],
      markdown: summary,
      fileName: 'post.md',
    });
    const { meta, body } = split(post.content);
    expect(meta.title).toBe('The year of transition');
    expect(meta.tags).toEqual(['transition', 'leadership']);
    // Issue 12: the summary opens with the year's reflection; the description is the author's first answer, not a prompt.
    expect(meta.description).toBe('Running planning without anyone telling me how.');
    expect(body).not.toMatch(/\[\^\d+\]/);
    expect(body).not.toContain('(entry:');
    expect(body).not.toMatch(/^# Looking back/m);
    expect(body).toContain('## transition');
  });

  it('leaves footnotes the user wrote themselves alone', () => {
    expect(withoutSourceNotes('Text[^mine].\n\n[^mine]: My own note.\n')).toBe('Text[^mine].\n\n[^mine]: My own note.\n');
  });

  it('finds a first sentence without markup', () => {
    expect(firstSentence('# Title\n\nThe **major** theme was [growth](https://x.test). Then more.')).toBe('The major theme was growth.');
    expect(firstSentence('**Proud of?** AUC went from 0.71 to 0.78. Then more.')).toBe('AUC went from 0.71 to 0.78.');
  });
});

describe('the brag document for a period', () => {
  const doc = bragDocument({ label: '2026', entries: ENTRIES, goals: GOALS, goalsNext: GOALS_NEXT, fileName: 'brag-2026.md' }).content;

  it('follows the template order with goals first and last', () => {
    const headings = doc.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## Goals for this year',
      '## Projects',
      '## Collaboration & mentorship',
      '## Design & documentation',
      '## Company building',
      '## What you learned',
      '## Outside of work',
      '## Goals for next year',
    ]);
  });

  it('lists every entry once as a dated bullet with its impact and themes', () => {
    for (const entry of ENTRIES) expect(doc).toContain(`: ${entry.title}`);
    const first = ENTRIES.find((e) => e.impact.trim() && e.themes.length);
    expect(doc).toContain(`*Impact:* ${first?.impact.trim().split('\n')[0]}`);
    expect(doc).toMatch(/^ {2}#transition/m);
    expect(doc).toContain('*Nothing here yet.*'); // Outside of work is empty in the fixture year
  });

  it('shows goal status as checkboxes', () => {
    const achieved = GOALS.find((g) => g.status === 'achieved');
    const dropped = GOALS.find((g) => g.status === 'dropped');
    expect(doc).toContain(`- [x] ${achieved?.title}`);
    expect(doc).toContain(`- [ ] ~~${dropped?.title}~~ (dropped)`);
  });
});

describe('one theme, one entry, search results', () => {
  it('writes a theme as a post with its description and entries', () => {
    const theme = THEMES.find((t) => t.name === 'leadership');
    const entries = ENTRIES.filter((e) => e.themes.some((t) => t.name === 'leadership'));
    const { meta, body } = split(themePost({ theme: theme as NonNullable<typeof theme>, entries, fileName: 'leadership.md' }).content);
    expect(meta).toMatchObject({ title: 'leadership', tags: ['leadership'], date: entries[entries.length - 1]?.date });
    expect(body.trimStart().startsWith(theme?.description as string)).toBe(true);
    for (const entry of entries) expect(body).toContain(`## ${entry.title}`);
  });

  it('writes one entry with every field in front matter', () => {
    const entry = ENTRIES.find((e) => e.people.length && e.themes.length);
    const { meta, body } = split(entryFile(entry as NonNullable<typeof entry>, 'entry.md').content);
    expect(meta).toMatchObject({
      title: entry?.title,
      date: entry?.date,
      section: entry?.section,
      kind: entry?.kind,
      tags: entry?.themes.map((t) => t.name),
      people: entry?.people.map((p) => p.name),
    });
    expect(body).toContain(entry?.body.trim() as string);
  });

  it('writes search results as a dated list', () => {
    const content = searchResults({ query: 'design review', entries: ENTRIES.slice(0, 2), fileName: 'search.md' }).content;
    expect(content.split('\n')[0]).toBe('# Entries matching “design review”');
    expect(content).toContain(ENTRIES[0]?.title as string);
  });
});
