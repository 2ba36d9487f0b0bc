import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResult } from '../../shared/domain/model';
import { openTestJournal, snapshot, type TestJournal } from './journal';

let journal: TestJournal;
beforeAll(() => {
  journal = openTestJournal();
  const add = (date: string, title: string, body: string, impact = '', newThemes: string[] = []) =>
    journal.call('entries.create', { date, title, body, impact, newThemes });
  add(
    '2026-01-10',
    'Migrated the ranking service to Kubernetes',
    'Planned the cut-over and wrote the runbook.',
    'Deploys went from 40 minutes to 6.',
    ['transition'],
  );
  add('2026-02-14', 'Mentored two new hires', 'Weekly pairing on the ranking code; reviewed their first design doc.', '', ['leadership']);
  add(
    '2026-03-02',
    'Wrote the feature-store design doc',
    'Compared three options for ranking features and their latency budgets.',
    'Adopted by two teams.',
  );
  add('2026-04-20', 'Fixed flaky CI', 'Quarantined the flakiest tests, ranking them by failure rate.', 'Builds 3x faster for everyone.', [
    'quality',
  ]);
  add('2026-05-05', 'Talk at the ML meetup', 'Ranking models as software: tests, reviews, rollbacks.', '', ['ml-engineering']);
  add('2026-06-01', 'Café coördination', 'Naïve résumé review with the whole team.');
  add('2026-06-08', 'Queue migration', 'Moved **all billing jobs** to the queue.\n\n- wrote the rollback plan\n- paged nobody');
});
afterAll(() => journal.close());

function search(query: string, asYouType = false): SearchResult {
  return journal.call('entries.search', { query, asYouType });
}
const titles = (r: SearchResult) => r.hits.map((h) => h.entry.title);

describe('search snippets and excerpts', () => {
  it('are plain text with list items separated, never raw Markdown', () => {
    const [hit] = search('billing').hits;
    const snippet = hit?.snippet.map((s) => s.text).join('') ?? '';
    expect(snippet).toContain('Moved all billing jobs to the queue. wrote the rollback plan · paged nobody');
    expect(snippet).not.toMatch(/\*\*|^- |\n/);
    expect(hit?.snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['billing']);
    expect(hit?.entry.excerpt).toBe('Moved all billing jobs to the queue. wrote the rollback plan · paged nobody');
  });
});

describe('search', () => {
  it('ranks a match in the title above matches in the text', () => {
    const result = search('ranking');
    expect(result.hits.length).toBe(5);
    expect(titles(result)[0]).toBe('Migrated the ranking service to Kubernetes');
  });

  it('highlights matches in the title and in a snippet, as segments rather than markup', () => {
    const [hit] = search('runbook').hits;
    expect(hit?.title).toEqual([{ text: 'Migrated the ranking service to Kubernetes', hit: false }]);
    expect(hit?.snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['runbook']);
    expect(hit?.snippet.map((s) => s.text).join('')).toContain('wrote the runbook');
    const titled = search('flaky').hits[0];
    expect(titled?.title).toEqual([
      { text: 'Fixed ', hit: false },
      { text: 'flaky', hit: true },
      { text: ' CI', hit: false },
    ]);
  });

  it('finds words in the impact and in theme names', () => {
    expect(titles(search('3x faster'))).toEqual(['Fixed flaky CI']);
    expect(titles(search('leadership'))).toEqual(['Mentored two new hires']);
    expect(titles(search('ml-engineering'))).toEqual(['Talk at the ML meetup']);
  });

  it('understands phrases, prefixes, exclusions and OR', () => {
    expect(titles(search('"design doc"'))).toEqual(
      expect.arrayContaining(['Mentored two new hires', 'Wrote the feature-store design doc']),
    );
    expect(titles(search('"doc design"'))).toEqual([]);
    expect(titles(search('kube*'))).toEqual(['Migrated the ranking service to Kubernetes']);
    expect(titles(search('ranking -ci -kubernetes -meetup -doc'))).toEqual([]);
    expect(titles(search('ranking -kubernetes')).length).toBe(4);
    expect(titles(search('meetup OR runbook')).sort()).toEqual(['Migrated the ranking service to Kubernetes', 'Talk at the ML meetup']);
    expect(titles(search('(meetup OR runbook) kubernetes'))).toEqual(['Migrated the ranking service to Kubernetes']);
  });

  it('treats the last word as a prefix while typing', () => {
    expect(titles(search('Kuber', true))).toEqual(['Migrated the ranking service to Kubernetes']);
    expect(titles(search('Kuber', false))).toEqual([]);
  });

  it('ignores accents and case', () => {
    expect(titles(search('cafe COORDINATION'))).toEqual(['Café coördination']);
    expect(titles(search('resume'))).toEqual(['Café coördination']);
  });

  it('keeps punctuation from becoming query syntax', () => {
    for (const query of ['C++', 'feature-store', 'a:b', 'NOT', 'AND', '^ranking', 'ranking)(', '{x}', "o'clock", '*']) {
      const result = journal.attempt('entries.search', { query });
      if (!result.ok) expect(result.error.code).toBe('bad_query');
    }
    expect(titles(search('feature-store'))).toEqual(['Wrote the feature-store design doc']);
  });

  it('explains malformed queries instead of failing, and writes nothing', () => {
    const cases: [string, RegExp][] = [
      ['"unclosed phrase', /quote is not closed/],
      ['-', /must be followed by the word/],
      ['ranking -', /must be followed by the word/],
      ['NEAR(', /parenthesis is not closed/],
      ['ranking)', /without a matching/],
      ['-meeting', /cannot be only words to leave out/],
      ['OR ranking', /OR.*both sides/],
      ['ranking OR', /OR.*both sides/],
      ['k*', /at least 2 letters/],
    ];
    const before = snapshot(journal);
    for (const [query, message] of cases) {
      const result = journal.attempt('entries.search', { query });
      expect(result, query).toMatchObject({ ok: false, error: { code: 'bad_query' } });
      if (!result.ok) expect(result.error.message, query).toMatch(message);
    }
    expect(snapshot(journal)).toBe(before);
  });

  it('returns nothing for an empty query and refuses an oversized one', () => {
    expect(search('   ').hits).toEqual([]);
    expect(journal.attempt('entries.search', { query: 'x'.repeat(501) })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('leaves trashed entries out and brings them back on restore', () => {
    const entry = journal.call('entries.create', { date: '2026-07-01', title: 'Zeppelin launch' });
    expect(titles(search('zeppelin'))).toEqual(['Zeppelin launch']);
    journal.call('entries.delete', { id: entry.id });
    expect(titles(search('zeppelin'))).toEqual([]);
    journal.call('entries.restore', { id: entry.id });
    expect(titles(search('zeppelin'))).toEqual(['Zeppelin launch']);
    journal.call('entries.update', { id: entry.id, title: 'Airship launch' });
    expect(titles(search('zeppelin'))).toEqual([]);
    expect(titles(search('airship'))).toEqual(['Airship launch']);
  });

  it('keeps the index identical to the entries after many edits', () => {
    const db = journal.backend.db;
    const check = db.prepare("INSERT INTO entries_fts(entries_fts, rank) VALUES ('integrity-check', 0)");
    expect(() => check.run()).not.toThrow();
    const live = db.prepare('SELECT count(*) AS n FROM entries WHERE deleted_at IS NULL').get() as { n: number };
    const indexed = db.prepare('SELECT count(*) AS n FROM entries_fts').get() as { n: number };
    expect(indexed.n).toBe(live.n);
  });
});
