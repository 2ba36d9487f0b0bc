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
  return markdown
    .split('\n')
    .filter((l) => l.startsWith(prefix))
    .map((l) => l.slice(prefix.length));
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

function expectTraceable(result: ReviewDraft, data: ReviewData): void {
  const ids = new Set(data.entries.map((e) => e.id));
  const notes = sourceNotes(result.markdown);
  const labels = new Set(notes.map((n) => n.label));
  for (const note of notes) expect(ids.has(note.entryId), note.entryId).toBe(true);
  for (const [, label] of result.markdown.matchAll(/\[\^([^\]]+)\](?!:)/g))
    expect(labels.has(label ?? ''), `[^${label}] has a definition`).toBe(true);
  for (const section of result.sections) {
    for (const id of section.entryIds) expect(ids.has(id), `${section.heading}: ${id}`).toBe(true);
    expect(new Set(section.entryIds).size).toBe(section.entryIds.length);
  }
}

describe('the thematic summary of a year', () => {
  // Issue 12 changed the summary deliberately: the year's reflection opens it, themes are
  // ordered by a documented score instead of raw counts, untagged entries are placed by
  // suggested themes (no "Other work", no sentence about tagging), arcs are told by month with
  // titles as first-person sentences, and the Highlights list (a repeat of the themes) is gone.
  it('opens with the year’s reflection, then one section per theme by score, then the fixed sections in order', () => {
    expect(headings(draft.markdown, 1)).toEqual(['Looking back on 2026']);
    const afterTitle = draft.markdown.split('\n\n')[1] ?? '';
    expect(afterTitle).toBe(YEAR_REFLECTION_BODY.split('\n\n')[0]);
    const told = draft.themeOrder.filter((t) => t.entryCount > 1).map((t) => t.name);
    const h2 = headings(draft.markdown, 2);
    expect(h2.slice(0, told.length)).toEqual(told);
    expect(h2.slice(told.length).filter((h) => !h.startsWith('Also in'))).toEqual([
      'What I learned',
      'Kudos received',
      'Goals for 2026',
      'Goals for 2027',
      'In my own words',
    ]);
    expect(draft.sections.map((s) => s.heading)).toEqual(h2);
    expect(draft.markdown).not.toMatch(/Other work|had no theme/);
  });

  it('names the major theme and the ones after it, in score order', () => {
    const [top, ...rest] = draft.themeOrder;
    expect(top?.name).toBe('transition');
    expect(draft.markdown).toContain(
      `The major theme of my 2026 was *transition*, from January to December; after it came ${rest
        .filter((t) => t.entryCount > 1)
        .slice(0, 3)
        .map((t) => `*${t.name}*`)
        .join(', ')
        .replace(/, ([^,]*)$/, ' and $1')}.`,
    );
    const scores = draft.themeOrder.map((t) => t.score);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
  });

  it('writes no count of its own: every number is the author’s', () => {
    expect(countsIn(draft.markdown)).toEqual([]);
    expect(inventedNumbers(draft.markdown)).toEqual([]);
  });

  it('gives each theme its description, in the author’s words', () => {
    for (const theme of REVIEW_YEAR.themes.filter((t) => ENTRIES.filter((e) => e.themes.some((r) => r.id === t.id)).length > 1)) {
      expect(sectionText(draft.markdown, theme.name)).toContain(theme.description);
    }
    expect(draft.markdown).not.toContain('open-source');
  });

  it('tells each theme’s story in date order, citing every entry that carries the theme', () => {
    for (const { name } of draft.themeOrder.filter((t) => t.entryCount > 1)) {
      const cited = citedIds(draft.markdown, sectionText(draft.markdown, name));
      const tagged = ENTRIES.filter((e) => e.kind !== 'kudos' && e.themes.some((t) => t.name === name)).map((e) => e.id);
      for (const id of tagged) expect(cited, name).toContain(id);
      const dates = cited.map((id) => entryById.get(id)?.date ?? '');
      expect(dates, name).toEqual([...dates].sort());
    }
  });

  it('groups a theme’s entries by month: where it started, each month, where it ended', () => {
    const hiring = sectionText(draft.markdown, 'hiring');
    const leads = [...hiring.matchAll(/^\*([\w ]+)\.\* /gm)].map((m) => m[1]);
    expect(leads[0]).toBe('It started in January');
    expect(leads.at(-1)).toMatch(/^By /);
    const march =
      sectionText(draft.markdown, 'leadership')
        .split('\n')
        .find((l) => l.startsWith('*In March.*')) ?? '';
    expect(march).toContain('I mentored Lena through her first design review');
    expect(march).toContain('I ran a calibration session for the hiring panel');
  });

  it('uses the entries’ own words: every title as a sentence that keeps its words, and every impact in full', () => {
    for (const entry of ENTRIES.filter((e) => e.kind !== 'kudos')) {
      const rest = entry.title
        .split(' ')
        .slice(1)
        .join(' ')
        .replace(/[.!]+$/, '');
      expect(draft.markdown, entry.id).toContain(rest);
      if (entry.impact) expect(draft.markdown, entry.id).toContain(plainExcerpt(entry.impact, Number.MAX_SAFE_INTEGER));
    }
    expect(sectionText(draft.markdown, 'quality')).toContain(
      'I cut CI time for the ranking repo. Split the slow integration suite and cached the model fixtures. CI went from 38 minutes to 12, which made the tests 3x faster for everyone on the team.',
    );
  });

  it('tells an entry with several themes in full once, and points to it from the others', () => {
    const full = 'Collected proposals from all five engineers';
    const sections = draft.themeOrder.map((t) => sectionText(draft.markdown, t.name));
    expect(sections.filter((text) => text.includes(full))).toHaveLength(1);
    expect(sections.some((text) => /I ran my first quarterly planning as tech lead \(see \*\w[\w-]*\*\)\./.test(text))).toBe(true);
  });

  it('places entries with no theme by suggestion or with the rest of the year, never under a heading about tagging', () => {
    for (const id of ['offsite', 'notebooks'])
      expect(
        draft.sections.some((s) => s.entryIds.includes(id)),
        id,
      ).toBe(true);
  });

  it('lists the lessons and the kudos with who gave them', () => {
    expect(draft.sections.find((s) => s.heading === 'What I learned')?.entryIds).toEqual(
      ENTRIES.filter((e) => e.kind === 'learning').map((e) => e.id),
    );
    const kudos = sectionText(draft.markdown, 'Kudos received');
    expect(kudos).toContain(
      '**Priya said my design review was the clearest she’s seen** (20 Feb), from Priya Raman: “It was the first review where I understood the risks before the meeting.”',
    );
    expect(draft.sections.find((s) => s.heading === 'Kudos received')?.entryIds).toEqual([
      'priya-kudos',
      'dana-kudos',
      'marco-kudos',
      'sam-kudos',
    ]);
  });

  it('sorts goals into achieved, still open and dropped, with the entries that show them and no text about the tool', () => {
    const goals = sectionText(draft.markdown, 'Goals for 2026');
    expect(headings(goals, 3)).toEqual(['Achieved', 'Still open', 'Dropped']);
    const achieved = goals.slice(goals.indexOf('### Achieved'), goals.indexOf('### Still open'));
    expect(achieved).toContain('**Grow into the tech lead role**. Lead the team’s planning and design reviews. Ran a calibration session');
    expect(achieved).toContain('**Make our interviews fairer**. Structured rubrics for every loop.');
    const open = goals.slice(goals.indexOf('### Still open'), goals.indexOf('### Dropped'));
    expect(open).toContain('Learn the enterprise side of the business');
    expect(open).toContain('**Give an external conference talk**.');
    expect(goals).not.toMatch(/No entry linked yet|linked entr/);
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
    // The year's reflection opens the post in the author's words; quarter reflections are quoted at the end.
    expect(draft.markdown).toContain(YEAR_REFLECTION_BODY);
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
    expect(sourceNotes('Text.[^1]\n\n[^1]: 4 Mar 2026, Some\\_title (entry: an\\_id-with-parts)\n')).toEqual([
      { label: '1', entryId: 'an_id-with-parts' },
    ]);
  });

  it('is the same draft whatever order the entries arrive in', () => {
    const shuffled = { ...REVIEW_YEAR, entries: [...ENTRIES].reverse() };
    expect(reviewSummary(shuffled)).toEqual(draft);
  });

  it('says so plainly when the period has no entries', () => {
    const empty = { ...REVIEW_YEAR, entries: [], goals: [], goalsNext: [], reflections: [] };
    expect(reviewSummary(empty)).toMatchObject({
      markdown: '# Looking back on 2026\n\nThere are no entries for 2026 yet.\n',
      sections: [],
    });
  });

  // Issue 12: a theme of one entry never leads, whatever its name or count.
  it('never lets a theme of one entry lead', () => {
    const entries = [
      makeEntry({ id: 'a', date: '2026-03-02', title: 'Wrote the guide', themes: [themeRef('quality')], starred: true }),
      makeEntry({ id: 'b', date: '2026-03-09', title: 'Led the sync', themes: [themeRef('leadership')] }),
      makeEntry({ id: 'c', date: '2026-06-09', title: 'Led the offsite', themes: [themeRef('leadership')] }),
    ];
    const result = reviewSummary({ ...REVIEW_YEAR, entries, goals: [], goalsNext: [], reflections: [] });
    expect(result.themeOrder[0]?.name).toBe('leadership');
    expect(result.markdown).toContain('The major theme of my 2026 was *leadership*, from March to June.');
  });

  it('tells the untagged rest of the year month by month, with no “It started in” or “By”: it is not one story', () => {
    const untagged = (id: string, date: string, title: string) => makeEntry({ id, date, title, section: 'projects', themes: [] });
    const data = {
      ...REVIEW_YEAR,
      entries: [
        ...ENTRIES,
        untagged('u1', '2026-02-03', 'Fixed the login bug'),
        untagged('u2', '2026-08-12', 'Upgraded the build to Node 22'),
      ],
    };
    const also = sectionText(reviewSummary(data).markdown, 'Also in 2026');
    const leads = [...also.matchAll(/^\*([\w ]+)\.\* /gm)].map((m) => m[1]);
    expect(leads).toEqual(['In February', 'In July', 'In August']);
  });

  it('speaks of “since my review” and writes years in dates when the period crosses a year', () => {
    const result = sinceLastReview(['2025-11-14'], '2026-02-20');
    if (!result.ok) throw new Error(result.problem.message);
    const data = {
      ...REVIEW_YEAR,
      period: result.period,
      entries: ENTRIES.filter((e) => e.date <= '2026-02-20'),
      goals: [],
      goalsNext: [],
      reflections: [],
    };
    const summary = reviewSummary(data);
    expect(headings(summary.markdown, 1)).toEqual(['Looking back since my review on 14 Nov 2025']);
    expect(summary.markdown).toContain('The major theme since my review on 14 Nov 2025 was');
    expect(summary.markdown).toMatch(/\*(?:It started in|In|By) February 2026\.\*/);
    expect(summary.markdown).toContain('*It started in January 2026.*');
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
    expect(
      whatWasDone('Split the suite. Cached the fixtures. Then a long tail of detail that goes on and on about the thing for a while more.'),
    ).toBe('Split the suite. Cached the fixtures.');
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
