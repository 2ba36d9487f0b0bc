import type { Day } from './day';

/**
 * Turning the user's own commits into candidate entries. Pure: the git runner (electron/core/git)
 * hands over the raw `git log` text; this module parses it, keeps the user's commits, and groups
 * them. Nothing here invents words: titles and bodies are the commits' own subjects.
 */

/** Field and record separators of the fixed `git log` format (unit and record separator bytes). */
export const GIT_FIELD = '\x1f';
export const GIT_RECORD = '\x1e';
/**
 * The format the runner passes to `git log --format=…`, one field per line of `parseGitLog`:
 * hash, parents, author name, author email, author date (strict ISO), the ref the walk came from
 * (`--source`), subject, first body line, Co-authored-by trailers (one per line).
 */
export const GIT_LOG_FORMAT = [
  '%x1e%H',
  '%P',
  '%an',
  '%ae',
  '%aI',
  '%S',
  '%s',
  '%b',
  '%(trailers:key=Co-authored-by,valueonly,separator=%x0a)',
].join('%x1f');

export interface GitPerson {
  name: string;
  email: string;
}

export interface GitCommit {
  /** The repository folder as the user gave it. */
  repository: string;
  sha: string;
  parents: string[];
  author: GitPerson;
  /** The author's own calendar day (from the author date's offset, as git recorded it). */
  day: Day;
  /** The branch the walk reached it from (`--source`), without `refs/heads/`. */
  branch: string;
  subject: string;
  /** The first non-empty line of the message body (GitHub puts a PR's title there on merges). */
  bodyFirstLine: string;
  coAuthors: GitPerson[];
}

export interface SuggestionCommit {
  sha: string;
  subject: string;
  day: Day;
}

export interface Suggestion {
  /** Stable for the same commits: repository + grouping key. */
  id: string;
  repository: string;
  /** The repository folder's name: offered as the entry's theme. */
  repositoryName: string;
  /** How the commits were grouped. */
  group: { kind: 'pr'; number: number } | { kind: 'branch'; name: string } | { kind: 'day' };
  title: string;
  /** Markdown: one line per commit subject, as written. */
  body: string;
  from: Day;
  to: Day;
  commits: SuggestionCommit[];
  /** Co-authors who are not the user, by name: the people who helped. */
  people: string[];
}

/** Branch names that collect everyone's work: commits there are grouped by day, not branch. */
const SHARED_BRANCHES = new Set(['main', 'master', 'trunk', 'develop', 'development', 'HEAD', 'dev', 'release']);

const PR_SUFFIX = /\s*\(#(\d+)\)\s*$/;
const MERGE_PR = /^Merge pull request #(\d+) from (\S+)/;
const MERGE_BRANCH = /^Merge (?:remote-tracking )?branch '([^']+)'/;
const CO_AUTHOR = /^(.*?)\s*<([^>]+)>\s*$/;

/** Parses the output of `git log --format=GIT_LOG_FORMAT`. Malformed records are skipped. */
export function parseGitLog(text: string, repository: string): GitCommit[] {
  const commits: GitCommit[] = [];
  for (const record of text.split(GIT_RECORD)) {
    if (!record.trim()) continue;
    const fields = record.split(GIT_FIELD);
    if (fields.length < 9) continue;
    const [sha, parents, name, email, date, source, subject, body, trailers] = fields;
    const day = /^(\d{4}-\d{2}-\d{2})T/.exec(date?.trim() ?? '')?.[1];
    if (!sha || !/^[0-9a-f]{7,64}$/.test(sha.trim()) || !day) continue;
    commits.push({
      repository,
      sha: sha.trim(),
      parents: (parents ?? '').trim().split(/\s+/).filter(Boolean),
      author: { name: (name ?? '').trim(), email: (email ?? '').trim() },
      day,
      branch: branchName((source ?? '').trim()),
      subject: (subject ?? '').trim(),
      bodyFirstLine:
        (body ?? '')
          .split('\n')
          .map((line) => line.trim())
          .find((line) => line.length > 0) ?? '',
      coAuthors: (trailers ?? '')
        .split('\n')
        .map((line) => CO_AUTHOR.exec(line.trim()))
        .filter((match): match is RegExpExecArray => match !== null)
        .map((match) => ({ name: (match[1] ?? '').trim(), email: (match[2] ?? '').trim() })),
    });
  }
  return commits;
}

function branchName(source: string): string {
  return source
    .replace(/^refs\/heads\//, '')
    .replace(/^refs\/remotes\/[^/]+\//, '')
    .replace(/[~^].*$/, '');
}

const emailKey = (email: string) => email.trim().toLowerCase();

/** The user's commits: authored by, or co-authored by (`Co-authored-by:`), one of their emails. */
export function isUsersCommit(commit: GitCommit, emails: ReadonlySet<string>): boolean {
  return emails.has(emailKey(commit.author.email)) || commit.coAuthors.some((person) => emails.has(emailKey(person.email)));
}

/** What the suggestions page shows: the candidates, and how each repository was read. */
export interface SuggestionList {
  from: Day;
  to: Day;
  authors: string[];
  suggestions: Suggestion[];
  sources: { repository: string; commits: number; problem: string | null }[];
  /** The user's commits per month, remembered ones included (for gaps in a review period). */
  commitsByMonth: { month: string; commits: number }[];
}

export interface SuggestOptions {
  /** The user's email addresses. */
  authors: readonly string[];
  from: Day;
  to: Day;
  /** Commits already added or dismissed: never suggested again. */
  remembered?: ReadonlySet<string>;
}

/**
 * Groups the user's commits into candidate entries: by pull request number (`(#42)` in a subject,
 * `Merge pull request #42 from …`), else by feature branch, else by day and repository.
 * Merge commits only lend their PR number and title to the branch they merged.
 */
export function suggestFromCommits(all: readonly GitCommit[], options: SuggestOptions): Suggestion[] {
  const emails = new Set(options.authors.map(emailKey).filter(Boolean));
  const remembered = options.remembered ?? new Set<string>();
  const seen = new Set<string>();
  // Branch → pull request, learnt from merge commits (whoever merged them).
  const prOfBranch = new Map<string, { number: number; title: string }>();
  const prTitle = new Map<string, string>();
  for (const commit of all) {
    const merge = MERGE_PR.exec(commit.subject);
    if (merge && commit.parents.length > 1) {
      const number = Number(merge[1]);
      const branch = branchName((merge[2] ?? '').replace(/^[^/:]+[/:]/, ''));
      prOfBranch.set(`${commit.repository}\n${branch}`, { number, title: commit.bodyFirstLine });
      if (commit.bodyFirstLine) prTitle.set(`${commit.repository}\n${number}`, commit.bodyFirstLine);
    }
  }

  const groups = new Map<string, { suggestion: Omit<Suggestion, 'title' | 'body' | 'from' | 'to' | 'people'>; members: GitCommit[] }>();
  for (const commit of all) {
    if (seen.has(commit.sha)) continue;
    seen.add(commit.sha);
    if (remembered.has(commit.sha) || commit.day < options.from || commit.day > options.to) continue;
    if (!isUsersCommit(commit, emails)) continue;
    const isMerge = commit.parents.length > 1;
    const group = groupOf(commit, prOfBranch);
    // A merge by the user of someone else's branch with nothing to say is not their work to list.
    if (isMerge && group.kind === 'day' && MERGE_BRANCH.test(commit.subject)) continue;
    const key = `${commit.repository}\n${group.kind === 'pr' ? `pr:${group.number}` : group.kind === 'branch' ? `branch:${group.name}` : `day:${commit.day}`}`;
    let entry = groups.get(key);
    if (!entry) {
      entry = {
        suggestion: {
          id: suggestionId(key),
          repository: commit.repository,
          repositoryName: repositoryName(commit.repository),
          group,
          commits: [],
        },
        members: [],
      };
      groups.set(key, entry);
    }
    entry.members.push(commit);
  }

  const suggestions: Suggestion[] = [];
  for (const [key, { suggestion, members }] of groups) {
    // Oldest first reads like the story of the work. git lists newest first, so within a day
    // its order is reversed (the sort is stable).
    const ordered = [...members].reverse().sort((a, b) => a.day.localeCompare(b.day));
    const ownWork = ordered.filter((commit) => commit.parents.length <= 1);
    const listed = ownWork.length > 0 ? ownWork : ordered;
    const days = ordered.map((commit) => commit.day);
    const people = new Map<string, string>();
    for (const commit of ordered) {
      for (const person of [commit.author, ...commit.coAuthors]) {
        if (!emails.has(emailKey(person.email)) && person.name && !people.has(emailKey(person.email)))
          people.set(emailKey(person.email), person.name);
      }
    }
    suggestions.push({
      ...suggestion,
      title: titleOf(
        suggestion.group,
        ordered,
        prTitle.get(`${suggestion.repository}\n${suggestion.group.kind === 'pr' ? suggestion.group.number : ''}`) ?? '',
        key,
      ),
      body: listed.map((commit) => `- ${commit.subject} (${commit.sha.slice(0, 7)})`).join('\n'),
      from: days[0] as Day,
      to: days[days.length - 1] as Day,
      commits: ordered.map((commit) => ({ sha: commit.sha, subject: commit.subject, day: commit.day })),
      people: [...people.values()],
    });
  }
  // Newest work first, as the week page reads.
  return suggestions.sort(
    (a, b) => b.to.localeCompare(a.to) || a.repositoryName.localeCompare(b.repositoryName) || a.id.localeCompare(b.id),
  );
}

function groupOf(commit: GitCommit, prOfBranch: Map<string, { number: number }>): Suggestion['group'] {
  const own = PR_SUFFIX.exec(commit.subject) ?? MERGE_PR.exec(commit.subject);
  if (own) return { kind: 'pr', number: Number(own[1]) };
  const merged = prOfBranch.get(`${commit.repository}\n${commit.branch}`);
  if (merged) return { kind: 'pr', number: merged.number };
  if (commit.branch && !SHARED_BRANCHES.has(commit.branch)) return { kind: 'branch', name: commit.branch };
  return { kind: 'day' };
}

function titleOf(group: Suggestion['group'], commits: readonly GitCommit[], mergedTitle: string, key: string): string {
  if (group.kind === 'pr') {
    const squashed = commits.find((commit) => PR_SUFFIX.test(commit.subject) && !MERGE_PR.test(commit.subject));
    if (squashed) return squashed.subject.replace(PR_SUFFIX, '');
    if (mergedTitle) return mergedTitle;
  }
  const first = commits.find((commit) => commit.parents.length <= 1 && commit.subject) ?? commits[0];
  return first?.subject || key;
}

/** The last part of a repository path, for the theme. */
export function repositoryName(repository: string): string {
  const parts = repository.replace(/[\\/]+$/, '').split(/[\\/]/);
  return parts[parts.length - 1] || repository;
}

// FNV-1a, twice with different seeds: short, stable ids without node:crypto (this layer is pure).
function suggestionId(key: string): string {
  const hash = (seed: number) => {
    let h = seed >>> 0;
    for (let i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
  };
  return `git-${hash(0x811c9dc5)}${hash(0x12345678)}`;
}

/** Commits per month (`yyyy-MM`) of the user's commits in the period, for "no entries, but 41 commits". */
export function commitsByMonth(
  all: readonly GitCommit[],
  options: Omit<SuggestOptions, 'remembered'>,
): { month: string; commits: number }[] {
  const emails = new Set(options.authors.map(emailKey).filter(Boolean));
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  for (const commit of all) {
    if (seen.has(commit.sha) || commit.day < options.from || commit.day > options.to || !isUsersCommit(commit, emails)) continue;
    seen.add(commit.sha);
    const month = commit.day.slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([month, commits]) => ({ month, commits }));
}
