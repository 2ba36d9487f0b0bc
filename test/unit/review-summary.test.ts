import { createHeadlessEditor } from '@lexical/headless';
import { describe, expect, it } from 'vitest';
import { ENTRY_NODES, editorStateToMarkdown, loadMarkdown } from '../../renderer/editor/markdown';
import type { Entry } from '../../shared/domain/model';
import { plainExcerpt } from '../../shared/domain/plainText';
import { customPeriod, formatDayShort, sinceLastReview, yearPeriod, type ReviewData } from '../../shared/domain/review/period';
import { reviewPacket } from '../../shared/domain/review/packet';
import { reviewSummary, sourceNotes, whatWasDone, type ReviewDraft } from '../../shared/domain/review/summary';
import {
  countsIn,
  datesIn,
  ENTRIES,
  inventedNumbers,
  makeEntry,
  REVIEW_YEAR,
  themeRef,
  unknownNames,
  YEAR_REFLECTION_BODY,
} from '../fixtures/reviewYear';

const draft = reviewSummary(REVIEW_YEAR);
const entryById = new Map(ENTRIES.map((e) => [e.id, e]));

function headings(markdown: string, level: number): string[] {
  const prefix = `${'#'.repeat(level)} `;
  return markdown.split('\n').filter((l) => l.startsWith(prefix)).map((l) => l.slice(prefix.length));
}

/** The text of one `##` section, up to the next `##` heading or the source notes. */
function sectionText(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) return '';
  const rest = markdown.slice(start + heading.length + 5);
  const end = rest.search(/\n## |\n\[\^[^\]]+\]:/);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Entry ids cited in a piece of the draft, in order, through its footnote definitions. */
function citedIds(fullMarkdown: string, part: string): string[] {
  const byLabel = new Map(sourceNotes(fullMarkdown).map((n) => [n.label, n.entryId]));
  return [...part.matchAll(/\[\^([^\]]+)\](?!:)/g)].map((m) => byLabel.get(m[1] ?? '') ?? `missing:${m[1]}`);
}

/** Themes by how many entries carry them, most first, ties by name: computed here independently. */
function expectedThemeOrder(entries: readonly Entry[]): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const e of entries) for (const t of e.themes) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

function expectTraceable(result: ReviewDraft, data: ReviewData): void {
  const ids = new Set(data.entries.map((e) => e.id));
  const notes = sourceNotes(result.markdown);
  const labels = new Set(notes.map((n) => n.label));
  for (const note of notes) expect(ids.has(note.entryId), note.entryId).toBe(true);
  for (const [, label] of result.markdown.matchAll(/\[\^([^\]]+)\](?!:)/g)) expect(labels.has(label ?? ''), `[^${label}] has a definition`).toBe(true);
  for (const section of result.sections) {
    for (const id of section.entryIds) expect(ids.has(id), `${section.heading}: ${id}`).toBe(true);
    expect(new Set(section.entryIds).size).toBe(section.entryIds.length);
  }
}

describe('the thematic summary of a year', () => {
  it('opens with a title, then one section per theme by weight, then the fixed sections in order', () => {
    expect(headings(draft.markdown, 1)).toEqual(['Looking back on 2026']);
    const themes = expectedThemeOrder(ENTRIES).map((t) => t.name);
    expect(headings(draft.markdown, 2)).toEqual([
      ...themes,
      'Other work',
      'Highlights',
      'What I learned',
      'Kudos received',
      'Goals for 2026',
      'Goals for 2027',
      'In my own words',
    ]);
    expect(draft.sections.map((s) => s.heading)).toEqual(headings(draft.markdown, 2));
  });

  it('names the major theme with its weight, and the others after it', () => {
    const [top, ...rest] = expectedThemeOrder(ENTRIES);
    expect(top?.name).toBe('transition');
    expect(draft.markdown).toContain(`The major theme of 2026 was *transition*: ${top?.count} of ${ENTRIES.length} entries were about it.`);
    for (const theme of rest) expect(draft.markdown).toContain(`*${theme.name}* (${theme.count} entries)`);
  });

  it('writes every count it computes next to what it counts, and gets them right', () => {
    const kinds = (kind: Entry['kind']) => ENTRIES.filter((e) => e.kind === kind).length;
    expect(draft.markdown).toContain(
      `In all I recorded ${ENTRIES.length} entries: ${kinds('accomplishment')} accomplishments, ${kinds('learning')} things learned and ${kinds('kudos')} pieces of kudos.`,
    );
    expect(draft.markdown).toContain('2 entries had no theme; they are under “Other work”.');
    expect(countsIn(draft.markdown).length).toBeGreaterThan(5);
  });

  it('gives each theme its description, in the author’s words', () => {
    for (const theme of REVIEW_YEAR.themes.filter((t) => ENTRIES.some((e) => e.themes.some((r) => r.id === t.id)))) {
      expect(sectionText(draft.markdown, theme.name)).toContain(theme.description);
    }
    expect(draft.markdown).not.toContain('open-source');
  });

  it('tells each theme’s story in date order, citing every entry that carries the theme', () => {
    for (const { name } of expectedThemeOrder(ENTRIES)) {
      const cited = citedIds(draft.markdown, sectionText(draft.markdown, name));
      const expected = ENTRIES.filter((e) => e.themes.some((t) => t.name === name))
        .sort((a, b) => a.date.localeCompare(b.date))
        .map((e) => e.id);
      expect(cited, name).toEqual(expected);
      expect(draft.sections.find((s) => s.heading === name)?.entryIds).toEqual(expected);
    }
  });

  it('groups a theme’s entries by month, each paragraph led by its month', () => {
    const hiring = sectionText(draft.markdown, 'hiring');
    const leads = [...hiring.matchAll(/^\*(\w+)\.\* /gm)].map((m) => m[1]);
    expect(leads).toEqual(['January', 'March', 'May', 'September', 'October']);
    // Two leadership entries in March share one paragraph.
    const march = sectionText(draft.markdown, 'leadership').split('\n').find((l) => l.startsWith('*March.*')) ?? '';
    expect(march).toContain('Mentored Lena through her first design review');
    expect(march).toContain('Ran a calibration session for the hiring panel');
  });

  it('uses the entries’ own words: every title, and every impact where the entry is told in full', () => {
    for (const entry of ENTRIES) {
      expect(draft.markdown, entry.id).toContain(entry.title);
      if (entry.impact) expect(draft.markdown, entry.id).toContain(plainExcerpt(entry.impact));
    }
    const ci = sectionText(draft.markdown, 'quality');
    expect(ci).toContain('Cut CI time for the ranking repo (6 Feb). Split the slow integration suite and cached the model fixtures. CI went from 38 minutes to 12, which made the tests 3x faster for everyone on the team.');
  });

  it('tells an entry with several themes in full once, under its first theme, and points to it from the others', () => {
    const planning = entryById.get('planning');
    expect(planning?.themes[0]?.name).toBe('leadership');
    expect(sectionText(draft.markdown, 'leadership')).toContain('Collected proposals from all five engineers');
    expect(sectionText(draft.markdown, 'transition')).toContain('Ran my first quarterly planning as tech lead (8 May; see *leadership*).');
    expect(sectionText(draft.markdown, 'transition')).not.toContain('Collected proposals from all five engineers');
  });

  it('puts entries with no theme under “Other work”', () => {
    const other = draft.sections.find((s) => s.heading === 'Other work');
    expect(other?.entryIds).toEqual(['offsite', 'notebooks']);
  });

  it('lists the starred highlights, the lessons and the kudos with who gave them', () => {
    expect(draft.sections.find((s) => s.heading === 'Highlights')?.entryIds).toEqual(
      ENTRIES.filter((e) => e.starred).map((e) => e.id),
    );
    expect(draft.sections.find((s) => s.heading === 'What I learned')?.entryIds).toEqual(
      ENTRIES.filter((e) => e.kind === 'learning').map((e) => e.id),
    );
    const kudos = sectionText(draft.markdown, 'Kudos received');
    expect(kudos).toContain('**Priya said my design review was the clearest she’s seen** (20 Feb), from Priya Raman: “It was the first review where I understood the risks before the meeting.”');
    expect(draft.sections.find((s) => s.heading === 'Kudos received')?.entryIds).toEqual(['priya-kudos', 'dana-kudos', 'marco-kudos', 'sam-kudos']);
  });

  it('sorts goals into achieved, still open and dropped, with the entries that show them', () => {
    const goals = sectionText(draft.markdown, 'Goals for 2026');
    expect(headings(goals, 3)).toEqual(['Achieved', 'Still open', 'Dropped']);
    const achieved = goals.slice(goals.indexOf('### Achieved'), goals.indexOf('### Still open'));
    expect(achieved).toContain('**Grow into the tech lead role**. Lead the team’s planning and design reviews. Shown by: Ran a calibration session');
    expect(achieved).toContain('**Make our interviews fairer**. Structured rubrics for every loop. No entry linked yet.');
    const open = goals.slice(goals.indexOf('### Still open'), goals.indexOf('### Dropped'));
    expect(open).toContain('Learn the enterprise side of the business');
    expect(open).toContain('Also 1 linked entry from outside this period.');
    expect(open).toContain('**Give an external conference talk**. No entry linked yet.');
    expect(goals.slice(goals.indexOf('### Dropped'))).toContain('Learn Rust');
    expect(draft.sections.find((s) => s.heading === 'Goals for 2026')?.entryIds).toEqual([
      'calibration',
      'planning',
      'first-hire',
      'eval-gates',
      'rollback-runbook',
      'data-checks',
      'sso',
    ]);
  });

  it('lists next year’s goals and quotes the year’s reflection as the author wrote it', () => {
    const next = sectionText(draft.markdown, 'Goals for 2027');
    expect(next).toContain('**Speak at one external conference**: Submit the ML testing talk to a conference.');
    const quoted = YEAR_REFLECTION_BODY.split('\n\n').map((paragraph) => `> ${paragraph}`).join('\n\n');
    expect(sectionText(draft.markdown, 'In my own words')).toContain(quoted);
    expect(draft.markdown).toContain('> A quiet summer: August was a holiday, and September made up for it.');
    expect(draft.markdown).not.toContain('Planning week. Tired but happy.');
  });

  it('invents no numbers: every number is the user’s, a date of theirs, or a labelled count', () => {
    expect(inventedNumbers(draft.markdown)).toEqual([]);
    const days = new Set(ENTRIES.map((e) => formatDayShort(e.date)));
    for (const date of datesIn(draft.markdown)) expect(days.has(date), date).toBe(true);
  });

  it('invents no people, projects or places', () => {
    expect(unknownNames(draft.markdown)).toEqual([]);
  });

  it('traces every section to entries that exist, and every marker to a source note', () => {
    expectTraceable(draft, REVIEW_YEAR);
    const notes = sourceNotes(draft.markdown);
    expect(notes.map((n) => n.label)).toEqual(notes.map((_, i) => String(i + 1)));
    expect(new Set(notes.map((n) => n.entryId))).toEqual(new Set(ENTRIES.map((e) => e.id)));
    expect(draft.markdown).toContain('[^1]: 9 Jan 2026, Took over the customer escalation for the largest account (entry: escalation)');
  });

  it('comes back unchanged from Chronicle’s editor, source notes and all, as do the packets', () => {
    for (const markdown of [draft.markdown, reviewPacket(REVIEW_YEAR, 'manager').markdown, reviewPacket(REVIEW_YEAR, 'peer').markdown]) {
      const editor = createHeadlessEditor({
        nodes: ENTRY_NODES,
        onError: (error) => {
          throw error;
        },
      });
      loadMarkdown(editor, markdown);
      expect(editorStateToMarkdown(editor.getEditorState()).trimEnd()).toBe(markdown.trimEnd());
    }
  });

  it('reads its source notes back even after an editor escaped characters in them', () => {
    expect(sourceNotes('Text.[^1]\n\n[^1]: 4 Mar 2026, Some\\_title (entry: an\\_id-with-parts)\n')).toEqual([{ label: '1', entryId: 'an_id-with-parts' }]);
  });

  it('is the same draft whatever order the entries arrive in', () => {
    const shuffled = { ...REVIEW_YEAR, entries: [...ENTRIES].reverse() };
    expect(reviewSummary(shuffled)).toEqual(draft);
  });

  it('says so plainly when the period has no entries', () => {
    const empty = { ...REVIEW_YEAR, entries: [], goals: [], goalsNext: [], reflections: [] };
    expect(reviewSummary(empty)).toEqual({ markdown: '# Looking back on 2026\n\nThere are no entries for 2026 yet.\n', sections: [] });
  });

  it('names ties for the major theme together', () => {
    const entries = [
      makeEntry({ id: 'a', date: '2026-03-02', title: 'Wrote the guide', themes: [themeRef('quality')] }),
      makeEntry({ id: 'b', date: '2026-03-09', title: 'Led the sync', themes: [themeRef('leadership')] }),
    ];
    const result = reviewSummary({ ...REVIEW_YEAR, entries, goals: [], goalsNext: [], reflections: [] });
    expect(result.markdown).toContain('The major themes of 2026 were *leadership* and *quality*, with 1 of 2 entries each.');
  });

  it('speaks of “since my review” and writes years in dates when the period crosses a year', () => {
    const result = sinceLastReview(['2025-11-14'], '2026-02-20');
    if (!result.ok) throw new Error(result.problem.message);
    const data = { ...REVIEW_YEAR, period: result.period, entries: ENTRIES.filter((e) => e.date <= '2026-02-20'), goals: [], goalsNext: [], reflections: [] };
    const summary = reviewSummary(data);
    expect(headings(summary.markdown, 1)).toEqual(['Looking back since my review on 14 Nov 2025']);
    expect(summary.markdown).toContain('The major theme since my review on 14 Nov 2025 was');
    expect(summary.markdown).toContain('(6 Feb 2026)');
    expect(summary.markdown).toContain('*January 2026.*');
  });

  it('keeps a custom range’s label in the title', () => {
    const range = customPeriod('2026-03-03', '2026-11-29');
    if (!range.ok) throw new Error(range.problem.message);
    expect(reviewSummary({ ...REVIEW_YEAR, period: range.period }).markdown.split('\n')[0]).toBe('# Looking back on 3 Mar – 29 Nov 2026');
  });

  it('handles 5,000 entries', () => {
    const many = Array.from({ length: 5000 }, (_, i) => {
      const source = ENTRIES[i % ENTRIES.length] as Entry;
      return { ...source, id: `${source.id}-copy-${i}` };
    });
    const result = reviewSummary({ ...REVIEW_YEAR, period: yearPeriod(2026), entries: many });
    expect(result.sections.length).toBeGreaterThan(5);
  });
});

describe('what an entry says it did', () => {
  it('takes the first sentence or two of the body', () => {
    expect(whatWasDone('Split the suite. Cached the fixtures. Then a long tail of detail that goes on and on about the thing for a while more.')).toBe(
      'Split the suite. Cached the fixtures.',
    );
  });

  it('keeps a quoted body as a quotation', () => {
    expect(whatWasDone('> Best doc I have read.')).toBe('“Best doc I have read.”');
  });

  it('turns a body that is only a list into one sentence of its items', () => {
    expect(whatWasDone('- wrote the job\n- documented the override')).toBe('wrote the job; documented the override.');
  });

  it('is empty for an empty body', () => {
    expect(whatWasDone('  \n\n ')).toBe('');
  });
});
