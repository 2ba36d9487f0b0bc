import { describe, expect, it } from 'vitest';
import type { Entry } from '../../shared/domain/model';
import { plainExcerpt } from '../../shared/domain/plainText';
import { formatDayShort, type ReviewData } from '../../shared/domain/review/period';
import { reviewPacket } from '../../shared/domain/review/packet';
import { reviewSummary, sourceNotes, type ReviewDraft } from '../../shared/domain/review/summary';
import { datesIn, ENTRIES, inventedNumbers, REVIEW_YEAR, unknownNames } from '../fixtures/reviewYear';

const entryById = (id: string): Entry | undefined => ENTRIES.find((e) => e.id === id);

const manager = reviewPacket(REVIEW_YEAR, 'manager');
const peer = reviewPacket(REVIEW_YEAR, 'peer');

function headings(markdown: string, level: number): string[] {
  const prefix = `${'#'.repeat(level)} `;
  return markdown
    .split('\n')
    .filter((l) => l.startsWith(prefix))
    .map((l) => l.slice(prefix.length));
}

function sectionText(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start < 0) return '';
  const rest = markdown.slice(start + heading.length + 5);
  const end = rest.search(/\n## |\n\[\^[^\]]+\]:/);
  return end < 0 ? rest : rest.slice(0, end);
}

function entryIdsOf(draft: ReviewDraft, heading: string): string[] {
  return draft.sections.find((s) => s.heading === heading)?.entryIds ?? [];
}

function expectTraceable(draft: ReviewDraft, data: ReviewData = REVIEW_YEAR): void {
  const ids = new Set(data.entries.map((e) => e.id));
  const notes = sourceNotes(draft.markdown);
  const labels = new Set(notes.map((n) => n.label));
  for (const note of notes) expect(ids.has(note.entryId)).toBe(true);
  for (const [, label] of draft.markdown.matchAll(/\[\^([^\]]+)\](?!:)/g)) expect(labels.has(label ?? '')).toBe(true);
  for (const section of draft.sections) for (const id of section.entryIds) expect(ids.has(id), `${section.heading}: ${id}`).toBe(true);
  expect(draft.sections.map((s) => s.heading)).toEqual(headings(draft.markdown, 2));
}

const notKudos = (e: Entry) => e.kind !== 'kudos';

describe('the review packet for a manager', () => {
  // Issue 12: the manager packet opens with the five strongest measured results.
  it('starts with highlights, then the big picture, the work in template order, kudos, goals and results to come', () => {
    expect(headings(manager.markdown, 1)).toEqual(['2026: review notes for my manager']);
    expect(headings(manager.markdown, 2)).toEqual([
      'Highlights',
      'The big picture',
      'Projects',
      'Collaboration & mentorship',
      'Design & documentation',
      'Company building',
      'What I learned',
      'Kudos received',
      'Goals for 2026',
      'Goals for 2027',
      'Results still coming in',
    ]);
  });

  it('opens with five measured results, one line each with its number', () => {
    const lines = sectionText(manager.markdown, 'Highlights').trim().split('\n');
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(line).toMatch(/^- [A-Z].*(?:\d|\b(?:two|three|four|five|half|twice|doubled|halved)\b).*\.\[\^\d+\]$/);
    expect(lines).toContain(
      `- Cut CI time for the ranking repo from 38 minutes to 12 (3x faster tests for the whole team).[^${sourceNotes(manager.markdown).find((n) => n.entryId === 'ci-time')?.label ?? ''}]`,
    );
  });

  it('keeps the big picture short: each theme by score, why it matters, two examples, starred first', () => {
    const lines = sectionText(manager.markdown, 'The big picture').trim().split('\n');
    expect(lines.map((l) => /^- \*([^*]+)\*/.exec(l)?.[1])).toEqual(
      reviewSummary(REVIEW_YEAR)
        .themeOrder.filter((t) => t.entryCount > 1)
        .map((t) => t.name),
    );
    expect(lines[0]).toMatch(/^- \*transition\* \(15 entries\): Moving from big tech to a startup/);
    for (const line of lines) expect(line.match(/\[\^/g)?.length).toBe(2);
    // Both starred transition entries come before anything else.
    expect(lines[0]).toMatch(
      /For example: Hired our first ML engineer for the new team\[\^\d+\]; Ran my first quarterly planning as tech lead\[\^\d+\]\./,
    );
  });

  it('shows each theme with its own work: an entry tagged twice is an example once, and kudos are never one', () => {
    const lines = sectionText(manager.markdown, 'The big picture').trim().split('\n');
    const cited = lines.flatMap((l) => [...l.matchAll(/\[\^(\d+)\]/g)].map((m) => m[1]));
    expect(new Set(cited).size).toBe(cited.length);
    const notes = new Map(sourceNotes(manager.markdown).map((n) => [n.label, n.entryId]));
    for (const label of cited) expect(entryById(notes.get(label ?? '') ?? '')?.kind).not.toBe('kudos');
  });

  it('reads as a sentence when a theme has no description', () => {
    const themes = REVIEW_YEAR.themes.map((t) => (t.name === 'quality' ? { ...t, description: '' } : t));
    const line = sectionText(reviewPacket({ ...REVIEW_YEAR, themes }, 'manager').markdown, 'The big picture')
      .split('\n')
      .find((l) => l.startsWith('- *quality*'));
    expect(line).toMatch(/^- \*quality\* \(10 entries\), for example: [^.]+\[\^\d+\]; [^.]+\[\^\d+\]\.$/);
  });

  it('lists every piece of work under its section with what it changed', () => {
    for (const entry of ENTRIES.filter(notKudos)) {
      const section = entry.section;
      const heading = {
        projects: 'Projects',
        collaboration: 'Collaboration & mentorship',
        design: 'Design & documentation',
        company: 'Company building',
        learning: 'What I learned',
        outside: 'Outside of work',
      }[section];
      expect(entryIdsOf(manager, heading), entry.id).toContain(entry.id);
      if (entry.impact) expect(sectionText(manager.markdown, heading)).toContain(plainExcerpt(entry.impact));
    }
    expect(manager.markdown).toContain(
      '- **Cut CI time for the ranking repo** (6 Feb): CI went from 38 minutes to 12, which made the tests 3x faster for everyone on the team.',
    );
  });

  it('tells what was done when an entry has no impact yet, never a result it does not have', () => {
    expect(sectionText(manager.markdown, 'Projects')).toContain(
      '- **Led the incident review for the ranking outage** (3 Jul): Ran a blameless review and wrote up the timeline and the actions.',
    );
  });

  it('lists results still to come from the open follow-ups, soonest first', () => {
    expect(entryIdsOf(manager, 'Results still coming in')).toEqual(['sso', 'incident-review', 'fine-tuning']);
    expect(sectionText(manager.markdown, 'Results still coming in')).toContain('I will check the real result on 15 Jan 2027.');
  });

  it('is traceable and invents no numbers or names', () => {
    expectTraceable(manager);
    expect(inventedNumbers(manager.markdown)).toEqual([]);
    expect(unknownNames(manager.markdown)).toEqual([]);
  });
});

describe('the review packet for a peer', () => {
  // Issue 12: the peer packet is about shared work only, never personal goals, and asks a
  // concrete question about each piece.
  it('is the work to give feedback on, then the follow-ups; no personal goals', () => {
    expect(headings(peer.markdown, 1)).toEqual(['2026: notes for peer feedback']);
    expect(headings(peer.markdown, 2)).toEqual(['Work I’d like feedback on', 'Where I’d like feedback']);
    expect(peer.markdown).not.toMatch(/How am I doing on|Goals for|Learn Rust/);
  });

  it('asks about the work done with people, and the strongest collaboration, design and project work', () => {
    const ids = entryIdsOf(peer, 'Work I’d like feedback on');
    for (const e of ENTRIES.filter((x) => notKudos(x) && x.people.length > 0 && x.section !== 'outside')) expect(ids, e.id).toContain(e.id);
    for (const id of ids) expect(['projects', 'collaboration', 'design', 'company', 'learning']).toContain(entryById(id)?.section);
    const work = sectionText(peer.markdown, 'Work I’d like feedback on');
    expect(work).toContain(
      '**Mentored Lena through her first design review** (18 Mar), with Lena Fischer: Lena ran the next review on her own.[^',
    );
    for (const line of work.split('\n').filter((l) => l.startsWith('- '))) expect(line).toMatch(/\*Question:\* .+\?$/);
  });

  it('asks about each piece by the kind of work it was, and never the same question twice in a row', () => {
    const work = sectionText(peer.markdown, 'Work I’d like feedback on');
    const lines = work.split('\n').filter((l) => l.startsWith('- '));
    const question = (l: string) => l.slice(l.indexOf('*Question:*'));
    const lineOf = (title: string) => lines.find((l) => l.startsWith(`- **${title}**`)) ?? '';
    // A document is asked about as one; mentoring about the help; a review about the reviews.
    expect(question(lineOf('Wrote the RFC for multi-tenant model serving'))).toMatch(/clear enough to decide from|leave unclear/);
    expect(question(lineOf('Mentored Lena through her first design review'))).toMatch(/what helped most|my help/);
    expect(question(lineOf('Learned how enterprise customers run security reviews'))).toMatch(/learn next/);
    for (let i = 1; i < lines.length; i++) expect(question(lines[i] ?? ''), lines[i]).not.toBe(question(lines[i - 1] ?? ''));
  });

  it('asks whether the shared work had the effect hoped for, from the open follow-ups', () => {
    const asks = sectionText(peer.markdown, 'Where I’d like feedback').trim().split('\n');
    expect(asks[0]).toMatch(/^- Did \*\*Built the SSO integration for the admin console\*\* have the effect I hoped\?\[\^\d+\]$/);
  });

  it('is traceable and invents no numbers or names', () => {
    expectTraceable(peer);
    expect(inventedNumbers(peer.markdown)).toEqual([]);
    expect(unknownNames(peer.markdown).filter((w) => w !== 'Question')).toEqual([]);
    const days = new Set([...ENTRIES.map((e) => formatDayShort(e.date)), ...REVIEW_YEAR.followUps.open.map((f) => formatDayShort(f.due))]);
    for (const date of [...datesIn(peer.markdown), ...datesIn(manager.markdown)]) expect(days.has(date), date).toBe(true);
  });
});

describe('review packets for an empty period', () => {
  // Issue 12: a thin packet says what to add instead of printing bare headings.
  it('say what to add instead of printing headings', () => {
    const empty: ReviewData = { ...REVIEW_YEAR, entries: [], followUps: { open: [] } };
    expect(reviewPacket(empty, 'manager').markdown).toContain('There are no entries for 2026 yet: write down what you did, even briefly');
    expect(reviewPacket(empty, 'peer').markdown).toContain('Add the people to the entries you did with others');
    for (const reader of ['manager', 'peer'] as const) {
      const packet = reviewPacket(empty, reader);
      expect(headings(packet.markdown, 2)).toEqual([]);
      expectTraceable(packet, empty);
    }
  });

  it('handle 5,000 entries', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ ...(ENTRIES[i % ENTRIES.length] as Entry), id: `copy-${i}` }));
    for (const reader of ['manager', 'peer'] as const) {
      expect(reviewPacket({ ...REVIEW_YEAR, entries: many }, reader).sections.length).toBeGreaterThan(reader === 'manager' ? 3 : 0);
    }
  });
});
