import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { contract, type Handlers, isMutation, METHOD_NAMES, type MethodName } from '../../shared/api/contract';
import { createDispatch } from '../../electron/core/dispatch';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openTestJournal, type TestJournal } from './journal';
import { ADA, commitAs, initRepo } from './gitRepos';

/**
 * Every mutation runs in the one transaction dispatch opens. To prove it, each mutation is made
 * to fail after its own writes (an injected fault), and the whole database must be unchanged.
 */

const clock = new Date('2026-12-07T10:00:00Z');
let journal: TestJournal;
afterEach(() => journal?.close());

/** A digest of every row of every real table (FTS shadow tables included). */
function checksum(j: TestJournal): string {
  const db = j.backend.db;
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name`)
    .pluck()
    .all() as string[];
  const hash = createHash('sha256');
  for (const table of tables) {
    const rows = db
      .prepare(`SELECT * FROM "${table}"`)
      .all()
      .map((row) => JSON.stringify(row))
      .sort();
    hash.update(`${table}\n${rows.join('\n')}\n`);
  }
  return hash.digest('hex');
}

const markdownFile = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** A journal with one of everything, for mutations to act on. */
function seeded(j: TestJournal) {
  const theme = j.call('themes.create', { name: 'reliability' });
  const other = j.call('themes.create', { name: 'mentoring' });
  const entry = j.call('entries.create', {
    date: '2026-12-01',
    title: 'Cut deploy time in half',
    body: 'Parallel builds.',
    themeIds: [theme.id],
    people: ['Ana Ruiz', 'Bo Chen'],
  });
  const trashed = j.call('entries.create', { date: '2026-11-20', title: 'Old note' });
  j.call('entries.delete', { id: trashed.id });
  const goal = j.call('goals.create', { year: 2026, title: 'Grow into tech lead', description: '', status: 'open' });
  const people = j.call('people.list', {});
  const ana = people.find((p) => p.name === 'Ana Ruiz');
  const bo = people.find((p) => p.name === 'Bo Chen');
  if (!ana || !bo) throw new Error('seed: people missing');
  const followUp = j.call('followUps.set', { entryId: entry.id, due: '2026-12-20', question: 'Did it hold?' });
  const review = j.call('reviews.add', { date: '2026-06-15', note: 'mid-year' });
  const draft = j.call('drafts.create', { kind: 'summary', period: { kind: 'year', year: 2026 } });
  j.call('drafts.save', { id: draft.id, markdown: 'Edited by hand.' });
  return { theme, other, entry, trashed, goal, ana, bo, followUp, review, draft };
}

type Seed = ReturnType<typeof seeded>;

/** A real repository with one commit of Ada's: a suggestion to add or dismiss. */
function suggestion(j: TestJournal) {
  const repo = initRepo(fs.mkdtempSync(path.join(os.tmpdir(), 'chronicle-tx-git-')));
  commitAs(repo, ADA, '2026-12-03', 'Cut the cold start from 9s to 2s');
  const period = { from: '2026-12-01', to: '2026-12-07', repositories: [repo], authors: [ADA.email] };
  const [first] = j.call('suggestions.list', period).suggestions;
  if (!first) throw new Error('seed: no suggestion from the repository');
  return { ...period, id: first.id };
}

/** One real call per mutation, each of which writes something. */
const CASES: Record<string, (s: Seed, j: TestJournal) => unknown> = {
  'entries.create': () => ({ date: '2026-12-02', title: 'Wrote the on-call guide', newThemes: ['docs'], people: ['Cy Diaz'] }),
  'entries.update': (s) => ({ id: s.entry.id, title: 'Cut deploy time by 60%', people: ['Dee Evans'], newThemes: ['speed'] }),
  'entries.delete': (s) => ({ id: s.entry.id }),
  'entries.restore': (s) => ({ id: s.trashed.id }),
  'entries.purge': (s) => ({ id: s.trashed.id }),
  'themes.create': () => ({ name: 'hiring' }),
  'themes.update': (s) => ({ id: s.theme.id, name: 'resilience', color: '#336699' }),
  'themes.merge': (s) => ({ sourceId: s.theme.id, targetId: s.other.id }),
  'themes.delete': (s) => ({ id: s.theme.id }),
  'people.update': (s) => ({ id: s.ana.id, name: 'Ana Ruiz-Lopez' }),
  'people.merge': (s) => ({ sourceId: s.ana.id, targetId: s.bo.id }),
  'people.delete': (s) => ({ id: s.ana.id }),
  'themes.accept': (s) => ({ themeId: null, name: 'deploys', entryIds: [s.entry.id] }),
  'review.orderThemes': (s) => ({ order: [s.other.name, s.theme.name] }),
  'suggestions.add': (_s, j) => suggestion(j),
  'suggestions.dismiss': (_s, j) => suggestion(j),
  'goals.create': () => ({ year: 2027, title: 'Speak at a conference', description: '', status: 'open' }),
  'goals.update': (s) => ({ id: s.goal.id, status: 'achieved' }),
  'goals.delete': (s) => ({ id: s.goal.id }),
  'goals.link': (s) => ({ goalId: s.goal.id, entryId: s.entry.id }),
  'goals.unlink': (s, j) => {
    j.call('goals.link', { goalId: s.goal.id, entryId: s.entry.id });
    return { goalId: s.goal.id, entryId: s.entry.id };
  },
  'reflections.save': () => ({ period: 'week', start: '2026-11-30', body: 'Proud of the deploy work.' }),
  'followUps.set': (s) => ({ entryId: s.entry.id, due: '2026-12-30', question: 'Still fast?' }),
  'followUps.clear': (s) => ({ entryId: s.entry.id }),
  'followUps.answer': (s) => ({ id: s.followUp.id, answer: 'Deploys stayed under 10 minutes.' }),
  'followUps.dismiss': (s) => ({ id: s.followUp.id }),
  'settings.update': () => ({ weekStartsOn: 0, welcomeDone: true }),
  'reminders.shown': () => ({}),
  'reminders.snooze': () => ({ minutes: 60 }),
  'samples.load': () => ({}),
  'samples.remove': (_s, j) => {
    j.call('samples.load', {});
    return {};
  },
  'reviews.add': () => ({ date: '2026-12-05', note: 'year-end' }),
  'reviews.delete': (s) => ({ id: s.review.id }),
  'drafts.create': () => ({ kind: 'packet', period: { kind: 'year', year: 2026 }, reader: 'manager' }),
  'drafts.save': (s) => ({ id: s.draft.id, title: 'My 2026', markdown: 'Edited again.' }),
  'drafts.regenerate': (s) => ({ id: s.draft.id }),
  'drafts.restore': (s) => ({ id: s.draft.id, version: 1 }),
  'drafts.delete': (s) => ({ id: s.draft.id }),
  'import.commit': () => ({
    fileName: 'brag.md',
    data: markdownFile('# 2026\n\n## Projects\n\n- 2026-10-01 Shipped the search rewrite\n- 2026-10-08 Led the incident review\n'),
  }),
};

const MUTATIONS = METHOD_NAMES.filter(isMutation);

describe('dispatch runs every mutation in one transaction', () => {
  it('has a case for every mutation in the contract (add one when you add a mutation)', () => {
    expect(Object.keys(CASES).sort()).toEqual([...MUTATIONS].sort());
  });

  it.each(MUTATIONS)('%s: a failure after its writes leaves the journal byte-for-byte as it was', (method) => {
    journal = openTestJournal({ now: () => clock });
    const seed = seeded(journal);
    const makeInput = CASES[method];
    if (!makeInput) throw new Error(`no case for ${method}`);
    const input = makeInput(seed, journal);
    const before = checksum(journal);

    let wroteBeforeFault = false;
    const real = journal.backend.handlers[method] as (input: unknown) => unknown;
    const faulty: Handlers = {
      ...journal.backend.handlers,
      [method]: (parsed: unknown) => {
        real(parsed);
        wroteBeforeFault = checksum(journal) !== before;
        throw new Error('injected fault after the writes');
      },
    };
    const db = journal.backend.db;
    const dispatch = createDispatch(
      faulty,
      (work) => db.transaction(work)(),
      () => {},
    );

    const result = dispatch(method, input);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(wroteBeforeFault).toBe(true);
    expect(checksum(journal)).toBe(before);

    // The same call without the fault goes through and writes.
    expect(journal.attempt(method, input)).toMatchObject({ ok: true });
    expect(checksum(journal)).not.toBe(before);
  });

  it('opens a transaction for mutations only, never for queries', () => {
    journal = openTestJournal({ now: () => clock });
    const opened: MethodName[] = [];
    let current: MethodName = 'themes.list';
    const db = journal.backend.db;
    const dispatch = createDispatch(journal.backend.handlers, (work) => {
      opened.push(current);
      return db.transaction(work)();
    });
    const calls: [MethodName, unknown][] = [
      ['themes.list', {}],
      ['themes.create', { name: 'writing' }],
      ['entries.list', { trashed: false, limit: 10 }],
      ['settings.update', { weekStartsOn: 1 }],
    ];
    for (const [method, input] of calls) {
      current = method;
      expect(dispatch(method, input)).toMatchObject({ ok: true });
    }
    expect(opened).toEqual(['themes.create', 'settings.update']);
    expect(calls.filter(([m]) => contract[m].kind === 'mutation').map(([m]) => m)).toEqual(opened);
  });
});
