import { describe, expect, it } from 'vitest';
import { backupsToKeep, type DatedBackup } from '../../shared/domain/backupRetention';
import { addDaysToDay } from '../../shared/domain/day';
import {
  commitsByMonth,
  GIT_FIELD,
  GIT_RECORD,
  type GitCommit,
  parseGitLog,
  repositoryName,
  suggestFromCommits,
} from '../../shared/domain/gitSuggestions';

let counter = 0;
function commit(partial: Partial<GitCommit> & { subject: string }): GitCommit {
  counter += 1;
  return {
    repository: '/code/api',
    sha: counter.toString(16).padStart(40, 'a'),
    parents: ['p'],
    author: { name: 'Ada', email: 'ada@example.com' },
    day: '2026-03-04',
    branch: 'main',
    bodyFirstLine: '',
    coAuthors: [],
    ...partial,
  };
}
const me = { authors: ['Ada@Example.com'], from: '2026-03-01', to: '2026-03-31' };

describe('reading git log output', () => {
  it('parses every field of the fixed format, co-authors included', () => {
    const record = [
      `${GIT_RECORD}${'ab'.repeat(20)}`,
      'p1 p2',
      'Ada Lovelace',
      'ada@example.com',
      '2026-03-04T23:30:00-08:00',
      'refs/heads/feature/search',
      'Cut search latency from 800ms to 120ms (#42)',
      '\nThe first body line\nmore',
      'Grace Hopper <grace@example.com>\nLinus <linus@example.com>\n',
    ].join(GIT_FIELD);
    const [parsed] = parseGitLog(`${record}\n`, '/code/api');
    expect(parsed).toEqual({
      repository: '/code/api',
      sha: 'ab'.repeat(20),
      parents: ['p1', 'p2'],
      author: { name: 'Ada Lovelace', email: 'ada@example.com' },
      // the author's own day, not converted to another timezone
      day: '2026-03-04',
      branch: 'feature/search',
      subject: 'Cut search latency from 800ms to 120ms (#42)',
      bodyFirstLine: 'The first body line',
      coAuthors: [
        { name: 'Grace Hopper', email: 'grace@example.com' },
        { name: 'Linus', email: 'linus@example.com' },
      ],
    });
  });

  it('skips records that are not commits', () => {
    expect(parseGitLog(`${GIT_RECORD}garbage${GIT_FIELD}x\n${GIT_RECORD}`, '/r')).toEqual([]);
  });
});

describe('grouping the user’s commits into candidate entries', () => {
  it('groups by PR number in the subject and takes the title from the commit, numbers as written', () => {
    const [suggestion, ...rest] = suggestFromCommits(
      [
        commit({ subject: 'Cut search latency from 800ms to 120ms (#42)', day: '2026-03-05' }),
        commit({ subject: 'Fix flaky test after #42 review (#42)', day: '2026-03-06' }),
      ],
      me,
    );
    expect(rest).toEqual([]);
    expect(suggestion).toMatchObject({
      group: { kind: 'pr', number: 42 },
      title: 'Cut search latency from 800ms to 120ms',
      repositoryName: 'api',
      from: '2026-03-05',
      to: '2026-03-06',
    });
    expect(suggestion?.body).toMatch(
      /^- Cut search latency from 800ms to 120ms \(#42\) \([0-9a-f]{7}\)\n- Fix flaky test after #42 review \(#42\) \([0-9a-f]{7}\)$/,
    );
  });

  it('puts a feature branch’s commits with the PR that merged it, titled by the merge’s PR title', () => {
    const suggestions = suggestFromCommits(
      [
        commit({ subject: 'Add the index', branch: 'search-index', day: '2026-03-02' }),
        commit({ subject: 'Use it in the query', branch: 'search-index', day: '2026-03-03' }),
        commit({
          subject: 'Merge pull request #7 from ada/search-index',
          parents: ['a', 'b'],
          bodyFirstLine: 'Faster search with an index',
          day: '2026-03-04',
        }),
      ],
      me,
    );
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]).toMatchObject({ group: { kind: 'pr', number: 7 }, title: 'Faster search with an index' });
    // the merge commit is counted, but its body lists the work itself
    expect(suggestions[0]?.commits).toHaveLength(3);
    expect(suggestions[0]?.body.split('\n')).toHaveLength(2);
  });

  it('groups an unmerged branch by its name, and shared-branch work by day and repository', () => {
    const suggestions = suggestFromCommits(
      [
        // as git lists them: newest first
        commit({ subject: 'Draft the export', branch: 'pdf-export', day: '2026-03-10' }),
        commit({ subject: 'Bump deps', day: '2026-03-11' }),
        commit({ subject: 'Fix typo', day: '2026-03-11' }),
        commit({ subject: 'Docs', day: '2026-03-11', repository: '/code/web' }),
      ],
      me,
    );
    expect(suggestions.map((s) => [s.group.kind, s.repositoryName, s.title, s.commits.length])).toEqual([
      ['day', 'api', 'Fix typo', 2],
      ['day', 'web', 'Docs', 1],
      ['branch', 'api', 'Draft the export', 1],
    ]);
  });

  it('counts co-authored commits as the user’s, and names the other authors as people', () => {
    const suggestions = suggestFromCommits(
      [
        commit({
          subject: 'Pair on the parser',
          author: { name: 'Grace', email: 'grace@example.com' },
          coAuthors: [{ name: 'Ada', email: 'ada@example.com' }],
        }),
        commit({ subject: 'Grace alone', author: { name: 'Grace', email: 'grace@example.com' }, day: '2026-03-09' }),
      ],
      me,
    );
    expect(suggestions.map((s) => s.title)).toEqual(['Pair on the parser']);
    expect(suggestions[0]?.people).toEqual(['Grace']);
  });

  it('never suggests remembered commits, commits outside the period, or plain branch merges', () => {
    const kept = commit({ subject: 'Already added' });
    const suggestions = suggestFromCommits(
      [
        kept,
        commit({ subject: 'Last year', day: '2025-12-31' }),
        commit({ subject: "Merge branch 'main' into pdf-export", parents: ['a', 'b'] }),
      ],
      { ...me, remembered: new Set([kept.sha]) },
    );
    expect(suggestions).toEqual([]);
  });

  it('gives the same id to the same group every time', () => {
    const commits = [commit({ subject: 'One (#3)' })];
    expect(suggestFromCommits(commits, me)[0]?.id).toBe(suggestFromCommits(commits, me)[0]?.id);
    expect(suggestFromCommits(commits, me)[0]?.id).toMatch(/^git-[0-9a-f]{16}$/);
  });

  it('counts the user’s commits per month for the review page', () => {
    expect(
      commitsByMonth(
        [
          commit({ subject: 'a', day: '2026-03-02' }),
          commit({ subject: 'b', day: '2026-03-20' }),
          commit({ subject: 'c', day: '2026-04-01' }),
        ],
        { authors: me.authors, from: '2026-01-01', to: '2026-12-31' },
      ),
    ).toEqual([
      { month: '2026-03', commits: 2 },
      { month: '2026-04', commits: 1 },
    ]);
  });

  it('names a repository by its folder, with or without a trailing slash', () => {
    expect(repositoryName('/home/ada/code/api/')).toBe('api');
    expect(repositoryName('C:\\work\\web')).toBe('web');
  });
});

describe('backup retention: 7 daily, 4 weekly, 12 monthly', () => {
  const backupOn = (day: string, time = '12:00:00'): DatedBackup => ({ name: `b-${day}-${time}`, at: `${day}T${time}.000Z`, day });

  it('keeps everything while there are few backups', () => {
    const backups = [backupOn('2026-03-01'), backupOn('2026-03-02')];
    expect(backupsToKeep(backups)).toEqual(new Set(backups.map((b) => b.name)));
  });

  it('keeps the newest of each day, week and month over two years of daily backups', () => {
    const backups: DatedBackup[] = [];
    for (let i = 0; i < 730; i++) backups.push(backupOn(addDaysToDay('2025-01-01', i)));
    backups.push(backupOn('2026-12-31', '18:00:00'));
    const keep = backupsToKeep(backups);
    const keptDays = backups.filter((b) => keep.has(b.name)).map((b) => b.name);
    // the last 7 days (the 31st only by its newest copy)
    for (const day of ['2026-12-25', '2026-12-26', '2026-12-27', '2026-12-28', '2026-12-29', '2026-12-30'])
      expect(keptDays).toContain(`b-${day}-12:00:00`);
    expect(keptDays).toContain('b-2026-12-31-18:00:00');
    expect(keptDays).not.toContain('b-2026-12-31-12:00:00');
    // the newest of the 4 most recent ISO weeks: the running one, then Sundays 12-27, 12-20, 12-13
    expect(keptDays).toEqual(expect.arrayContaining(['b-2026-12-20-12:00:00', 'b-2026-12-13-12:00:00']));
    expect(keptDays).not.toContain('b-2026-12-06-12:00:00');
    // the newest of the 12 most recent months: their last days
    expect(keptDays).toEqual(expect.arrayContaining(['b-2026-01-31-12:00:00', 'b-2026-06-30-12:00:00', 'b-2026-11-30-12:00:00']));
    expect(keptDays).not.toContain('b-2025-12-31-12:00:00');
    expect(keep.size).toBe(7 + 2 + 11);
  });

  it('always keeps the newest backup', () => {
    expect(backupsToKeep([backupOn('2026-01-01')], { daily: 0, weekly: 0, monthly: 0 })).toEqual(new Set(['b-2026-01-01-12:00:00']));
  });
});
