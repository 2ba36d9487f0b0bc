import { describe, expect, it } from 'vitest';
import type { Entry } from '../../shared/domain/model';
import { analyzeEntry, type EntryAnalysis } from '../../shared/domain/review/analysis';
import { type BulletDraft, DEFAULT_SET_MAX, DEFAULT_SET_MIN, draftBullets } from '../../shared/domain/review/bullets';
import { reviewPacket } from '../../shared/domain/review/packet';
import { reviewReadiness } from '../../shared/domain/review/readiness';
import { reviewSummary } from '../../shared/domain/review/summary';
import { authorText, JOURNALS, type Journal } from '../fixtures/journals';

/**
 * The review writing, judged on six years by six different people (see test/fixtures/journals):
 * the properties hold for every journal, and each journal's reviewed expectation is met.
 */

const cache = new Map<string, EntryAnalysis>();
const analysisOf = (entry: Pick<Entry, 'id' | 'title' | 'body' | 'impact' | 'kind' | 'section'>): EntryAnalysis => {
  const key = `${entry.id}:${entry.title}`;
  const known = cache.get(key) ?? analyzeEntry(entry);
  cache.set(key, known);
  return known;
};

interface Outputs {
  bullets: BulletDraft[];
  summary: string;
  manager: string;
  peer: string;
}

const outputs = new Map<Journal, Outputs>();
function outputsOf(journal: Journal): Outputs {
  const known = outputs.get(journal);
  if (known) return known;
  const made = {
    bullets: draftBullets(journal.data.entries, 'xyz', analysisOf),
    summary: reviewSummary(journal.data, { analysisOf }).markdown,
    manager: reviewPacket(journal.data, 'manager', { analysisOf }).markdown,
    peer: reviewPacket(journal.data, 'peer', { analysisOf }).markdown,
  };
  outputs.set(journal, made);
  return made;
}

/** The prose a reader sees: no source notes. */
function prose(markdown: string): string {
  return markdown.replace(/^\[\^[^\]]+\]:.*$/gm, '').replace(/\[\^[^\]]+\]/g, '');
}

const MONTHS =
  'January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec';

/** Numbers in generated text that the author never wrote (dates, years and labelled counts aside). */
function inventedNumbers(text: string, journal: Journal): string[] {
  const written = new Set(authorText(journal.data).match(/\d+(?:[.,]\d+)*/g) ?? []);
  const rest = prose(text)
    .replace(new RegExp(`\\b\\d{1,2} (?:${MONTHS.split(' ').join('|')})\\b`, 'g'), ' ')
    .replace(/\b(?:19|20)\d{2}\b/g, ' ')
    .replace(/\(\d+ entr(?:y|ies)\)/g, ' ');
  return (rest.match(/\d+(?:[.,]\d+)*/g) ?? []).filter((n) => !written.has(n) && !written.has(n.replace(/[.,]$/, '')));
}

/** Quotations in generated text that are not word for word in the journal. */
function alteredQuotations(text: string, journal: Journal): string[] {
  const source = authorText(journal.data);
  return [...prose(text).matchAll(/[“"]([^”"]{3,})[”"]/g)].map((m) => m[1] ?? '').filter((q) => !source.includes(q));
}

/** Sentences about the tool, placeholders, cut-off text, broken bold. */
const TOOL_TEXT = /Other work|had no theme|Chronicle|tag(?:ged|ging)? |\[add |placeholder|…|\.\.\.(?!\w)/i;

function brokenBold(markdown: string): boolean {
  return prose(markdown)
    .split('\n')
    .some((line) => (line.match(/\*\*/g) ?? []).length % 2 !== 0 || /\*\*[^*]*\*\*[^*\s]*\*\*/.test(line.replace(/\*\*[^*]+\*\*/g, 'B')));
}

describe.each(JOURNALS.map((j) => [j.author, j] as const))('the review writing for %s', (_, journal) => {
  const { entries } = journal.data;

  it('makes bullets only from actions, in the entry’s own verb, never cut off, never starting with a date or a marker', () => {
    const { bullets } = outputsOf(journal);
    const noBullet = new Set(journal.expect.noBullet);
    for (const bullet of bullets) {
      const entry = entries.find((e) => e.id === bullet.sourceIds[0]) as Entry;
      expect(noBullet.has(entry.id), `${entry.id} is not an action: ${bullet.text}`).toBe(false);
      expect(entry.kind).not.toBe('kudos');
      expect(entry.section).not.toBe('outside');
      expect(bullet.text).not.toMatch(
        /…|\.\.\.|\[|^\W|^(?:January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday)\b/,
      );
      expect(bullet.text).toMatch(/^[A-Z].*\.$/);
      // The verb is the entry's own (in the past tense), or the honest weak replacement, or the heading's implied one.
      const analysis = analysisOf(entry);
      expect(bullet.verb).toBe(analysis.action?.verb);
      if (analysis.action?.strength === 'weak') expect(['contributed to', 'supported', 'owned', 'completed']).toContain(bullet.verb);
      if (analysis.action?.strength === 'implied') expect(bullet.warnings.map((w) => w.code)).toContain('implied-verb');
    }
  });

  it('invents no number and changes no quotation in bullets, summary or packets', () => {
    const { bullets, summary, manager, peer } = outputsOf(journal);
    for (const text of [...bullets.map((b) => b.text), summary, manager, peer]) {
      expect(inventedNumbers(text, journal), text.slice(0, 200)).toEqual([]);
      expect(alteredQuotations(text, journal)).toEqual([]);
    }
  });

  it('keeps every number of a bullet in the entry it came from', () => {
    for (const bullet of outputsOf(journal).bullets) {
      const entry = entries.find((e) => e.id === bullet.sourceIds[0]) as Entry;
      const own = `${entry.title} ${entry.body} ${entry.impact}`;
      for (const n of bullet.text.match(/\d+(?:[.,]\d+)*/g) ?? []) expect(own, bullet.text).toContain(n);
    }
  });

  it('ranks measured results first and keeps a default set of 8 to 12', () => {
    const { bullets } = outputsOf(journal);
    const measured = bullets.map((b) => b.rankReasons.includes('measured result'));
    expect(measured.indexOf(false) === -1 || measured.lastIndexOf(true) < measured.indexOf(false)).toBe(true);
    const kept = bullets.filter((b) => b.inDefaultSet);
    expect(kept.length).toBe(Math.min(bullets.length, Math.max(DEFAULT_SET_MIN, Math.min(DEFAULT_SET_MAX, kept.length))));
    expect(bullets.map((b) => b.rank)).toEqual(bullets.map((_, i) => i + 1));
  });

  it('keeps most of what a good editor would keep in the default set', () => {
    const kept = new Set(
      outputsOf(journal)
        .bullets.filter((b) => b.inDefaultSet)
        .flatMap((b) => b.sourceIds),
    );
    const agreed = journal.expect.keep.filter((id) => kept.has(id));
    expect(agreed.length / journal.expect.keep.length, `kept ${[...kept].join(', ')}`).toBeGreaterThanOrEqual(0.75);
  });

  it('flags fewer than half the entries, exactly the ones a careful manager would', () => {
    const readiness = reviewReadiness(journal.data, { today: '2026-12-31' }, analysisOf);
    const flagged = [...new Set(readiness.items.flatMap((i) => (i.entryId ? [i.entryId] : [])))];
    expect(flagged.length / entries.length).toBeLessThan(0.5);
    expect(flagged.sort()).toEqual([...journal.expect.flag].sort());
  });

  it('leads the summary with the expected theme, never a one-entry theme, and writes no tool text', () => {
    const summary = reviewSummary(journal.data, { analysisOf });
    const [lead, ...rest] = summary.themeOrder;
    expect(lead?.name).toContain(journal.expect.lead);
    expect(lead?.entryCount).toBeGreaterThan(1);
    for (const name of journal.expect.next ?? []) expect(rest.slice(0, 3).map((t) => t.name)).toContain(name);
    const opening =
      prose(summary.markdown)
        .split('\n\n')
        .find((p) => p.startsWith('The major theme')) ?? '';
    expect(opening).toContain(`*${lead?.name ?? ''}*`);
    for (const text of [summary.markdown, outputsOf(journal).manager, outputsOf(journal).peer]) {
      expect(prose(text)).not.toMatch(TOOL_TEXT);
      expect(brokenBold(text)).toBe(false);
    }
  });

  it('lets the user pin another theme to lead', () => {
    const summary = reviewSummary(journal.data, { analysisOf });
    const last = summary.themeOrder.at(-1);
    if (!last || summary.themeOrder.length < 2) return;
    const pinned = reviewSummary(journal.data, { analysisOf, themeOrder: [last.id ?? last.name] });
    expect(pinned.themeOrder[0]?.name).toBe(last.name);
  });

  it('opens the manager packet with up to five measured results, and keeps personal goals and life out of the peer packet', () => {
    const { manager, peer } = outputsOf(journal);
    const highlights = prose(manager).split('## ')[1] ?? '';
    expect(highlights.startsWith('Highlights')).toBe(true);
    const lines = highlights.split('\n').filter((l) => l.startsWith('- '));
    expect(lines.length).toBeLessThanOrEqual(5);
    // Each with its number: digits, or a quantity in words ("within a week", "halved").
    for (const line of lines)
      expect(line).toMatch(/\d|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|half|halved|twice|doubled)\b/);
    expect(peer).not.toMatch(/How am I doing on|Outside of work|Goals for/);
    for (const e of entries.filter((x) => x.section === 'outside' || x.kind === 'kudos')) expect(peer).not.toContain(`(entry: ${e.id})`);
  });
});

describe('thin packets', () => {
  it('say what to add instead of printing a bare heading', () => {
    const journal = JOURNALS[0] as Journal;
    const alone = { ...journal.data, entries: journal.data.entries.filter((e) => e.section === 'outside' || e.kind === 'kudos') };
    const peer = reviewPacket(alone, 'peer', { analysisOf }).markdown;
    expect(peer).toMatch(/Add the people to the entries you did with others/);
    expect(peer).not.toMatch(/^## /m);
    const noNumbers = { ...journal.data, entries: journal.data.entries.filter((e) => !/\d/.test(`${e.title}${e.body}${e.impact}`)) };
    expect(reviewPacket(noNumbers, 'manager', { analysisOf }).markdown).toMatch(/None of these entries has a number yet/);
  });
});
