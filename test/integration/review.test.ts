import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sourceNotes } from '../../shared/domain/review/summary';
import { openTestJournal, snapshot, type TestJournal } from './journal';

let journal: TestJournal;
let clock: Date;
beforeEach(() => {
  clock = new Date(2026, 10, 27, 10, 0); // Friday 27 November 2026
  journal = openTestJournal({ now: () => clock });
  journal.call('samples.load', {});
});
afterEach(() => journal.close());

const YEAR = { kind: 'year', year: 2026 } as const;

function expectRejected(method: string, input: unknown, code: string, message: RegExp) {
  const before = snapshot(journal);
  const result = journal.attempt(method, input);
  expect(result).toMatchObject({ ok: false, error: { code } });
  if (!result.ok) expect(result.error.message).toMatch(message);
  expect(snapshot(journal)).toBe(before);
}

describe('review periods', () => {
  it('resolves years, halves, quarters and ranges to days and names', () => {
    expect(journal.call('review.period', { period: YEAR })).toEqual({ from: '2026-01-01', to: '2026-12-31', label: '2026' });
    expect(journal.call('review.period', { period: { kind: 'half', year: 2026, half: 2 } })).toMatchObject({
      from: '2026-07-01',
      label: 'H2 2026',
    });
    expect(journal.call('review.period', { period: { kind: 'quarter', year: 2026, quarter: 3 } })).toMatchObject({
      to: '2026-09-30',
      label: 'Q3 2026',
    });
    expectRejected('review.period', { period: { kind: 'custom', from: '2026-05-01', to: '2026-04-01' } }, 'invalid_input', /./);
    expectRejected('review.period', { period: { kind: 'custom', from: '2026-02-30', to: '2026-04-01' } }, 'invalid_input', /not a day/);
    expectRejected('review.period', { period: { kind: 'decade' } }, 'invalid_input', /Choose a year/);
  });

  it('remembers review dates and reviews everything since the last one', () => {
    expectRejected('review.period', { period: { kind: 'sinceLastReview' } }, 'invalid_input', /no past review/i);
    journal.call('reviews.add', { date: '2026-06-14', note: 'Mid-year review' });
    journal.call('reviews.add', { date: '2025-12-10' });
    expectRejected('reviews.add', { date: '2026-06-14' }, 'conflict', /already recorded/);
    expect(journal.call('reviews.list', {}).map((r) => r.date)).toEqual(['2026-06-14', '2025-12-10']);
    expect(journal.call('review.period', { period: { kind: 'sinceLastReview' } })).toMatchObject({ from: '2026-06-15', to: '2026-11-27' });
  });
});

describe('the dashboard and the readiness check', () => {
  it('counts the period by section, theme, kind and month, with highlights', () => {
    const dashboard = journal.call('review.dashboard', { period: YEAR });
    expect(dashboard.total).toBe(10);
    expect(dashboard.bySection.map((s) => s.section)).toEqual(['projects', 'collaboration', 'design', 'company', 'learning', 'outside']);
    expect(dashboard.bySection.reduce((n, s) => n + s.count, 0)).toBe(10);
    expect(dashboard.byMonth).toHaveLength(12);
    expect(dashboard.byTheme[0]).toMatchObject({ name: 'transition', count: 4 });
    expect(dashboard.highlights.map((h) => h.title)).toContain('Cut CI time for the ranking repo');
    expect(dashboard.period.label).toBe('2026');
  });

  it('lists what to fix, and the score rises as a gap is filled', () => {
    // Issue 12: a vague entry (weak verb, no outcome) is what the check now asks about.
    journal.call('entries.create', { date: '2026-05-05', title: 'Worked on the on-call rotation' });
    const before = journal.call('review.check', { period: YEAR });
    const gap = before.items.find((item) => item.kind === 'vague-entry');
    expect(gap?.entryId).toBeDefined();
    journal.call('entries.update', { id: gap?.entryId as string, impact: 'Kept the account, which made renewal a formality.' });
    const after = journal.call('review.check', { period: YEAR });
    expect(after.items.some((item) => item.entryId === gap?.entryId && item.kind === 'vague-entry')).toBe(false);
    expect(after.score).toBeGreaterThan(before.score);
  });
});

describe('generated writing', () => {
  it('writes a summary from the entries, each mention traceable to an entry that exists', () => {
    const summary = journal.call('review.summary', { period: YEAR });
    expect(summary.markdown).toMatch(/^# Looking back on 2026/);
    const lead = summary.themeOrder[0];
    expect(lead?.entryCount).toBeGreaterThan(1);
    expect(summary.markdown).toContain(`The major theme of my 2026 was *${lead?.name ?? ''}*`);
    const ids = new Set(journal.call('entries.list', { limit: 100 }).items.map((e) => e.id));
    const notes = sourceNotes(summary.markdown);
    expect(notes.length).toBeGreaterThan(5);
    for (const note of notes) expect(ids.has(note.entryId)).toBe(true);
    for (const section of summary.sections) for (const id of section.entryIds) expect(ids.has(id)).toBe(true);
  });

  it('leaves trashed entries out of everything it writes', () => {
    const entry = journal.call('entries.list', { limit: 100 }).items.find((e) => e.title.startsWith('Cut CI time'));
    journal.call('entries.delete', { id: entry?.id as string });
    expect(journal.call('review.summary', { period: YEAR }).markdown).not.toContain('Cut CI time');
    expect(journal.call('review.packet', { period: YEAR, reader: 'manager' }).markdown).not.toContain('Cut CI time');
    expect(journal.call('review.bullets', { period: YEAR, format: 'xyz' }).some((b) => b.text.includes('CI time'))).toBe(false);
  });

  it('drafts bullets for picked entries and refuses unknown ones', () => {
    const [first] = journal.call('entries.list', { limit: 100 }).items.filter((e) => e.title.startsWith('Cut CI time'));
    const bullets = journal.call('review.bullets', { entryIds: [first?.id as string], format: 'xyz' });
    expect(bullets).toHaveLength(1);
    expect(bullets[0]?.text).toBe(
      'Cut CI time for the ranking repo from 38 minutes to 12 (3x faster tests for the whole team) by splitting the slow integration suite and caching the model fixtures.',
    );
    expect(bullets[0]).toMatchObject({ rank: 1, inDefaultSet: true });
    expect(bullets[0]?.sourceIds).toEqual([first?.id]);
    expectRejected('review.bullets', { entryIds: ['0b6a7c52-8d4e-4f5a-9a31-0c2b1d6e7f80'], format: 'xyz' }, 'not_found', /do not exist/);
    expectRejected('review.bullets', { format: 'xyz' }, 'invalid_input', /period or for picked entries/);
  });

  it('writes a packet for a manager and one for a peer', () => {
    const manager = journal.call('review.packet', { period: YEAR, reader: 'manager' }).markdown;
    const peer = journal.call('review.packet', { period: YEAR, reader: 'peer' }).markdown;
    expect(manager).not.toBe(peer);
    // Issue 12: the peer packet asks about shared work, never personal goals.
    expect(peer).not.toMatch(/Grow into the tech lead role/);
    expect(peer).toMatch(/\*Question:\*/);
    expectRejected('review.packet', { period: YEAR, reader: 'ceo' }, 'invalid_input', /manager or a peer/);
  });
});

describe('saved drafts keep every version', () => {
  it('keeps the user’s edits when the draft is regenerated', () => {
    const created = journal.call('drafts.create', { kind: 'summary', period: YEAR });
    expect(created).toMatchObject({
      title: 'Looking back on 2026',
      version: { number: 1, origin: 'generated' },
      period: { label: '2026' },
    });
    const edited = journal.call('drafts.save', { id: created.id, markdown: `${created.version.markdown}\n\nWritten by me.` });
    expect(edited.version).toMatchObject({ number: 2, origin: 'edited' });
    clock = new Date(clock.getTime() + 60_000);
    const editedAgain = journal.call('drafts.save', { id: created.id, markdown: 'Rewritten entirely by me.' });
    expect(editedAgain.version).toMatchObject({ number: 2, origin: 'edited', markdown: 'Rewritten entirely by me.' });

    const regenerated = journal.call('drafts.regenerate', { id: created.id });
    expect(regenerated.version).toMatchObject({ number: 3, origin: 'generated' });
    expect(regenerated.versions.map((v) => v.origin)).toEqual(['generated', 'edited', 'generated']);
    expect(journal.call('drafts.get', { id: created.id, version: 2 }).version.markdown).toBe('Rewritten entirely by me.');
    const restored = journal.call('drafts.restore', { id: created.id, version: 2 });
    expect(restored.version).toMatchObject({ number: 4, origin: 'edited', markdown: 'Rewritten entirely by me.' });
    expect(journal.call('drafts.list', {}).map((d) => [d.title, d.versionCount])).toEqual([['Looking back on 2026', 4]]);
    expectRejected('drafts.get', { id: created.id, version: 9 }, 'not_found', /no version 9/);
    journal.call('drafts.delete', { id: created.id });
    expect(journal.call('drafts.list', {})).toEqual([]);
  });

  it('keeps bullet sets the user accepted, edited and reordered, with their sources', () => {
    const created = journal.call('drafts.create', { kind: 'bullets', period: YEAR, format: 'short' });
    const bullets = created.version.bullets ?? [];
    expect(bullets.length).toBeGreaterThan(3);
    expect(created.format).toBe('short');
    const [a, b, ...rest] = bullets;
    const kept = [
      { ...(b as NonNullable<typeof b>), accepted: true, text: 'Edited by me.' },
      { ...(a as NonNullable<typeof a>), accepted: true },
      ...rest,
    ];
    const saved = journal.call('drafts.save', { id: created.id, bullets: kept });
    expect(saved.version.bullets?.slice(0, 2).map((x) => [x.id, x.text, x.accepted])).toEqual([
      [b?.id, 'Edited by me.', true],
      [a?.id, a?.text, true],
    ]);
    expect(saved.version.markdown.split('\n')[0]).toBe('- Edited by me.');
    expect(saved.version.bullets?.[0]?.sourceIds).toEqual(b?.sourceIds);
  });

  it('refuses to export only the accepted bullets when none is accepted, instead of writing an empty file', () => {
    const created = journal.call('drafts.create', { kind: 'bullets', period: YEAR, format: 'short' });
    expect(created.version.bullets?.some((b) => b.accepted)).toBe(false);
    expectRejected(
      'export.file',
      { kind: 'bullets', draftId: created.id, acceptedOnly: true },
      'conflict',
      /None of these bullets is accepted yet/,
    );
    const all = journal.call('export.file', { kind: 'bullets', draftId: created.id, acceptedOnly: false });
    expect(all.content.split('\n').filter((line) => line.startsWith('- ')).length).toBe(created.version.bullets?.length);
  });

  it('refuses drafts it cannot write, writing nothing', () => {
    expectRejected('drafts.create', { kind: 'packet', period: YEAR }, 'invalid_input', /who the packet is for/);
    expectRejected('drafts.create', { kind: 'summary' }, 'invalid_input', /period/);
    expectRejected('drafts.create', { kind: 'summary', period: { kind: 'year', year: 10000 } }, 'invalid_input', /between 1900 and 9999/);
    expectRejected('drafts.save', { id: '0b6a7c52-8d4e-4f5a-9a31-0c2b1d6e7f80', markdown: 'x' }, 'not_found', /does not exist/);
    const created = journal.call('drafts.create', { kind: 'summary', period: YEAR });
    expectRejected('drafts.save', { id: created.id }, 'invalid_input', /Nothing to save/);
    expectRejected('drafts.save', { id: created.id, markdown: 'x'.repeat(500_001) }, 'invalid_input', /longer than/);
  });
});

describe('a year of 5,000 entries', () => {
  it('produces its summary, bullets, check and dashboard', () => {
    const db = journal.backend.db;
    const create = (i: number) =>
      journal.call('entries.create', {
        date: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
        title: `Shipped improvement ${i} to the ranking service`,
        body: 'Profiled the hot path and removed two allocations per request.',
        impact: i % 3 ? `p95 went from ${400 + (i % 50)} ms to ${200 + (i % 40)} ms.` : '',
        newThemes: [['quality', 'leadership', 'ml-engineering'][i % 3] as string],
      });
    db.transaction(() => {
      for (let i = 0; i < 5000; i++) create(i);
    })();
    const period = { kind: 'year', year: 2025 } as const;
    expect(journal.call('review.dashboard', { period }).total).toBe(5000);
    // Strong verbs, every month covered, themes of many entries: nothing to nag about.
    expect(journal.call('review.check', { period })).toMatchObject({ items: [], score: 100 });
    expect(journal.call('review.summary', { period }).markdown.length).toBeGreaterThan(1000);
    const bullets = journal.call('review.bullets', { period, format: 'xyz' });
    expect(bullets).toHaveLength(5000);
    expect(bullets.filter((b) => b.inDefaultSet)).toHaveLength(12);
    // Every entry's analysis is now cached, at its revision.
    expect(db.prepare('SELECT count(*) AS n FROM entry_analysis').get()).toEqual({ n: 5000 });
    // The first review of a year analyses every entry once (then reads the cache); on a loaded
    // two-core machine that takes longer than vitest's default limit.
  }, 180_000);
});

describe('the analysis cache, theme order and suggestions', () => {
  it('caches each entry’s analysis once, and recomputes it when the entry changes', () => {
    const db = journal.backend.db;
    journal.call('review.summary', { period: YEAR });
    const rows = () =>
      db.prepare('SELECT entry_id, revision FROM entry_analysis ORDER BY entry_id').all() as { entry_id: string; revision: string }[];
    const first = rows();
    expect(first.length).toBeGreaterThan(5);
    journal.call('review.check', { period: YEAR });
    expect(rows()).toEqual(first);
    const entry = journal.call('entries.list', { limit: 100 }).items.find((e) => e.title.startsWith('Cut CI time'));
    journal.call('entries.update', { id: entry?.id as string, title: 'Worked on CI time for the ranking repo' });
    journal.call('review.check', { period: YEAR });
    const changed = rows().find((r) => r.entry_id === entry?.id);
    expect(changed?.revision).not.toBe(first.find((r) => r.entry_id === entry?.id)?.revision);
    expect(journal.call('review.bullets', { entryIds: [entry?.id as string], format: 'short' })[0]?.text).toMatch(
      /^Contributed to CI time/,
    );
    // Deleting an entry for good removes its analysis with it.
    journal.call('entries.delete', { id: entry?.id as string });
    journal.call('entries.purge', { id: entry?.id as string });
    expect(rows().some((r) => r.entry_id === entry?.id)).toBe(false);
  });

  it('keeps the theme order the user chose, pinned lead first', () => {
    const before = journal.call('review.summary', { period: YEAR }).themeOrder.map((t) => t.name);
    const last = before.at(-1) as string;
    const theme = journal.call('themes.list', {}).find((t) => t.name === last);
    journal.call('review.orderThemes', { order: [theme?.id as string] });
    const after = journal.call('review.summary', { period: YEAR });
    expect(after.themeOrder[0]?.name).toBe(last);
    expect(after.markdown).toContain(`The major theme of my 2026 was *${last}*`);
  });

  it('accepts a suggested theme in one click, tagging its entries', () => {
    for (const [i, title] of [
      'Rebuilt the billing export',
      'Added retries to the billing export',
      'Sped up the billing export',
    ].entries()) {
      journal.call('entries.create', { date: `2026-0${i + 2}-10`, title });
    }
    const summary = journal.call('review.summary', { period: YEAR });
    const suggestion = summary.suggestions.find((s) => s.basis === 'workstream' && s.name === 'billing');
    expect(suggestion?.entryIds).toHaveLength(3);
    const theme = journal.call('themes.accept', {
      themeId: null,
      name: suggestion?.name as string,
      entryIds: suggestion?.entryIds as string[],
    });
    expect(theme.name).toBe('billing');
    for (const id of suggestion?.entryIds ?? []) expect(journal.call('entries.get', { id }).themes.map((t) => t.name)).toContain('billing');
    expect(journal.call('review.summary', { period: YEAR }).suggestions.some((s) => s.name === 'billing')).toBe(false);
    expectRejected(
      'themes.accept',
      { themeId: null, name: 'x', entryIds: ['0b6a7c52-8d4e-4f5a-9a31-0c2b1d6e7f80'] },
      'not_found',
      /do not exist/,
    );
  });
});
