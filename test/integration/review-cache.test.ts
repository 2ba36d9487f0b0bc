import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestJournal, type TestJournal } from './journal';

/**
 * Issue 13.5: the review generators read each entry's analysis, derived text and bullet from a
 * cache kept per entry revision (entry_analysis, entry_review_parts). What they write from the
 * cache must be exactly what they write without it, and an edit must never be answered from a
 * stale row.
 */

let journal: TestJournal;
const clock = new Date(2026, 10, 27, 10, 0);
beforeEach(() => {
  journal = openTestJournal({ now: () => clock });
  journal.call('samples.load', {});
  journal.call('entries.create', {
    date: '2026-03-04',
    title: 'Paired with Lucas on the billing export',
    body: 'Walked through the export job together.\n\nWe found **two** slow queries.',
    impact: 'Export time went from 40 min to 6 min for lucas and the finance team.',
    people: ['Lucas Moreau'],
    newThemes: ['billing'],
  });
  journal.call('entries.create', {
    date: '2026-05-12',
    title: 'Billing export retries',
    body: '- added retries\n- documented the runbook',
    people: ['Lucas Moreau', 'Ana Pérez'],
  });
  journal.call('entries.create', { date: '2026-06-20', title: 'Worked on the billing dashboard', kind: 'accomplishment' });
});
afterEach(() => journal.close());

const YEAR = { kind: 'year', year: 2026 } as const;

function everything(from: TestJournal = journal) {
  return {
    summary: from.call('review.summary', { period: YEAR }),
    manager: from.call('review.packet', { period: YEAR, reader: 'manager' }),
    peer: from.call('review.packet', { period: YEAR, reader: 'peer' }),
    xyz: from.call('review.bullets', { period: YEAR, format: 'xyz' }),
    short: from.call('review.bullets', { period: YEAR, format: 'short' }),
    check: from.call('review.check', { period: YEAR }),
  };
}

/** Everything written by a second backend on the same journal, with no cache in the file or in memory. */
function fromNothing() {
  journal.backend.db.exec('DELETE FROM entry_review_parts; DELETE FROM entry_analysis;');
  const other = openTestJournal({ databasePath: journal.databasePath, now: () => clock });
  try {
    return everything(other);
  } finally {
    other.close();
  }
}

function partRows() {
  return journal.backend.db.prepare('SELECT entry_id, part, revision FROM entry_review_parts ORDER BY entry_id, part').all() as {
    entry_id: string;
    part: string;
    revision: string;
  }[];
}

describe('the review cache', () => {
  it('gives exactly what the generators write without it', () => {
    const first = everything();
    expect(first.xyz.length).toBeGreaterThan(5);
    const parts = new Set(partRows().map((r) => r.part));
    expect(parts).toEqual(new Set(['text', 'bullet:xyz', 'bullet:short']));
    // Read back from the cache…
    expect(everything()).toEqual(first);
    // …and made again from nothing.
    expect(fromNothing()).toEqual(first);
  });

  it('is never stale after an edit to the text or to a person’s name', () => {
    everything();
    const entry = journal.call('entries.list', { limit: 100 }).items.find((e) => e.title === 'Billing export retries');
    if (!entry) throw new Error('the entry was not created');
    const before = partRows().filter((r) => r.entry_id === entry.id);

    journal.call('entries.update', {
      id: entry.id,
      title: 'Added retries to the billing export',
      impact: 'Failed runs went from 9 a week to 1.',
    });
    const edited = everything();
    expect(edited.xyz.some((b) => b.sourceIds.includes(entry.id) && b.text.includes('9 a week to 1'))).toBe(true);
    expect(edited.summary.markdown).toContain('Added retries to the billing export');
    expect(fromNothing()).toEqual(edited);

    // A bullet reads the names of the entry's people, which are not part of its text.
    const lucas = journal.call('people.list', {}).find((p) => p.name === 'Lucas Moreau');
    if (!lucas) throw new Error('the person was not created');
    const bulletRevision = () => partRows().find((r) => r.entry_id === entry.id && r.part === 'bullet:xyz')?.revision;
    const named = bulletRevision();
    journal.call('people.update', { id: lucas.id, name: 'Lucas Moreau-Silva' });
    const renamed = everything();
    expect(bulletRevision()).not.toBe(named);
    expect(partRows().find((r) => r.entry_id === entry.id && r.part === 'text')?.revision).not.toBe(
      before.find((r) => r.part === 'text')?.revision,
    );
    expect(fromNothing()).toEqual(renamed);
  });

  it('is deleted with its entry', () => {
    everything();
    const entry = journal.call('entries.list', { limit: 100 }).items.find((e) => e.title === 'Worked on the billing dashboard');
    if (!entry) throw new Error('the entry was not created');
    expect(partRows().some((r) => r.entry_id === entry.id)).toBe(true);
    journal.call('entries.delete', { id: entry.id });
    journal.call('entries.purge', { id: entry.id });
    expect(partRows().some((r) => r.entry_id === entry.id)).toBe(false);
  });
});
