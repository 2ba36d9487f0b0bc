import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCommits } from '../../electron/core/git/gitLog';
import { ADA, commitAs, git, GRACE, hugeRepo, initRepo, mergeAs } from './gitRepos';
import { makeTempDir, openTestJournal, type TestJournal } from './journal';

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const undo of cleanup.splice(0).reverse()) undo();
});
function tempDir(): string {
  const dir = makeTempDir('chronicle-git-');
  cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}
function journal(): TestJournal {
  const j = openTestJournal({ now: () => new Date('2026-03-13T10:00:00Z') });
  cleanup.push(() => j.close());
  return j;
}

/** Two weeks of work in one repository: Ada's PR branch merged, a squash commit, pairing, Grace's work. */
function teamRepo(): string {
  const repo = initRepo(path.join(tempDir(), 'api'));
  commitAs(repo, GRACE, '2026-03-02', 'Initial commit');
  git(repo, ['checkout', '-q', '-b', 'search-index']);
  commitAs(repo, ADA, '2026-03-03', 'Add a trigram index to titles');
  commitAs(repo, ADA, '2026-03-04', 'Use the index for search: 800ms to 120ms');
  git(repo, ['checkout', '-q', 'main']);
  mergeAs(repo, ADA, '2026-03-05', 'search-index', 'Merge pull request #12 from ada/search-index\n\nFaster search with a trigram index');
  commitAs(repo, ADA, '2026-03-09', 'Export the journal as PDF (#15)');
  commitAs(repo, GRACE, '2026-03-10', 'Pair on the backup retention\n\nCo-authored-by: Ada Lovelace <ada@example.com>');
  commitAs(repo, GRACE, '2026-03-10', 'Grace alone on the release notes');
  git(repo, ['checkout', '-q', '-b', 'pdf-footnotes']);
  commitAs(repo, ADA, '2026-03-11', 'Footnotes become endnotes in print');
  git(repo, ['checkout', '-q', 'main']);
  commitAs(repo, ADA, '2026-03-12', 'Fix 3 typos in the README');
  return repo;
}

describe('suggestions from real git repositories', () => {
  it('groups the user’s commits by PR, branch and day; co-authored commits count; others’ do not', () => {
    const repo = teamRepo();
    const j = journal();
    const list = j.call('suggestions.list', { from: '2026-03-01', to: '2026-03-13', repositories: [repo], authors: [ADA.email] });
    expect(list.sources).toEqual([{ repository: repo, commits: 7, problem: null }]);
    expect(list.suggestions.map((s) => [s.group, s.title, s.from, s.to])).toEqual([
      [{ kind: 'day' }, 'Fix 3 typos in the README', '2026-03-12', '2026-03-12'],
      [{ kind: 'branch', name: 'pdf-footnotes' }, 'Footnotes become endnotes in print', '2026-03-11', '2026-03-11'],
      [{ kind: 'day' }, 'Pair on the backup retention', '2026-03-10', '2026-03-10'],
      [{ kind: 'pr', number: 15 }, 'Export the journal as PDF', '2026-03-09', '2026-03-09'],
      [{ kind: 'pr', number: 12 }, 'Faster search with a trigram index', '2026-03-03', '2026-03-05'],
    ]);
    const pr = list.suggestions.find((s) => s.title === 'Faster search with a trigram index');
    // numbers kept as written; the merge commit is remembered but not listed as work
    expect(pr?.body).toMatch(
      /^- Add a trigram index to titles \([0-9a-f]{7}\)\n- Use the index for search: 800ms to 120ms \([0-9a-f]{7}\)$/,
    );
    expect(pr?.commits).toHaveLength(3);
    expect(list.suggestions.find((s) => s.title === 'Pair on the backup retention')?.people).toEqual(['Grace Hopper']);
    expect(list.commitsByMonth).toEqual([{ month: '2026-03', commits: 7 }]);
  });

  it('writes nothing until a candidate is added; an added or dismissed candidate is never suggested again', () => {
    const repo = teamRepo();
    const j = journal();
    const period = { from: '2026-03-01', to: '2026-03-13', repositories: [repo], authors: [ADA.email] };
    const before = j.call('entries.list', {}).items.length;
    const first = j.call('suggestions.list', period);
    expect(j.call('entries.list', {}).items.length).toBe(before);

    const pr = first.suggestions.find((s) => s.group.kind === 'pr' && s.group.number === 12)!;
    const entry = j.call('suggestions.add', { ...period, id: pr.id });
    expect(entry).toMatchObject({ title: 'Faster search with a trigram index', date: '2026-03-05', section: 'projects' });
    expect(entry.body).toBe(pr.body);
    expect(entry.themes.map((t) => t.name)).toEqual(['api']);

    const typo = first.suggestions.find((s) => s.title.startsWith('Fix 3 typos'))!;
    expect(j.call('suggestions.dismiss', { ...period, id: typo.id })).toEqual({ dismissed: 1 });

    const after = j.call('suggestions.list', period);
    expect(after.suggestions.map((s) => s.title)).toEqual([
      'Footnotes become endnotes in print',
      'Pair on the backup retention',
      'Export the journal as PDF',
    ]);
    // a second add of the same candidate is refused and writes nothing
    const again = j.attempt('suggestions.add', { ...period, id: pr.id });
    expect(again).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(j.call('entries.list', {}).items.filter((e) => e.title === entry.title)).toHaveLength(1);
  });

  it('uses the repositories and emails from settings, and this week by default', () => {
    const repo = teamRepo();
    const j = journal();
    j.call('settings.update', { git: { repositories: [repo], authors: [ADA.email] } });
    // "today" is Friday 2026-03-13: the week is Monday the 9th to Sunday the 15th
    const list = j.call('suggestions.list', {});
    expect([list.from, list.to]).toEqual(['2026-03-09', '2026-03-15']);
    expect(list.suggestions.map((s) => s.title)).toContain('Export the journal as PDF');
    expect(list.suggestions.map((s) => s.title)).not.toContain('Faster search with a trigram index');
  });

  it('says in one sentence what is wrong with each repository it cannot read, and still reads the others', () => {
    const repo = teamRepo();
    const dir = tempDir();
    const file = path.join(dir, 'notes.txt');
    fs.writeFileSync(file, 'x');
    const plain = path.join(dir, 'plain');
    fs.mkdirSync(plain);
    const j = journal();
    const list = j.call('suggestions.list', {
      from: '2026-03-01',
      to: '2026-03-13',
      repositories: [path.join(dir, 'missing'), file, plain, repo],
      authors: [ADA.email],
    });
    expect(list.sources.map((s) => s.problem)).toEqual([
      `${path.join(dir, 'missing')} does not exist.`,
      `${file} is a file, not a repository folder.`,
      `${plain} is not a Git repository.`,
      null,
    ]);
    expect(list.suggestions).toHaveLength(5);
  });

  it('says when git is not installed', () => {
    const repo = teamRepo();
    expect(() =>
      readCommits({ repository: repo, from: '2026-03-01', to: '2026-03-13', authors: [ADA.email], git: '/nonexistent/git' }),
    ).toThrow('Git is not installed (or not on the PATH), so commits cannot be read.');
  });

  it('never writes to the repository', () => {
    const repo = teamRepo();
    const snapshot = () =>
      execFileSync('find', [path.join(repo, '.git'), '-printf', '%p %s %T@\n'], { encoding: 'utf8' })
        .split('\n')
        .sort()
        .join('\n');
    const before = snapshot();
    readCommits({ repository: repo, from: '2026-03-01', to: '2026-03-13', authors: [ADA.email, GRACE.email] });
    expect(snapshot()).toBe(before);
  });

  it('reads one week of a 50,000-commit history, bounded by the period', () => {
    const repo = hugeRepo(path.join(tempDir(), 'monorepo'), 50_000, '2026-03-13');
    expect(git(repo, ['rev-list', '--count', 'main']).trim()).toBe('50000');
    const week = readCommits({ repository: repo, from: '2026-03-09', to: '2026-03-13', authors: [ADA.email] });
    // one commit an hour, every tenth by Ada: 4 full days and half of the 13th
    expect(week.length).toBeGreaterThanOrEqual(10);
    expect(week.length).toBeLessThanOrEqual(12);
    expect(week.every((c) => c.author.email === ADA.email && c.day >= '2026-03-09')).toBe(true);
    // the max count bounds a long period
    expect(readCommits({ repository: repo, from: '2020-01-01', to: '2026-03-13', authors: [ADA.email], maxCount: 1000 })).toHaveLength(
      1000,
    );
    // fast-import of 50,000 commits takes a few seconds alone, much longer on a shared machine
  }, 300_000);
});
