import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ChronicleError } from '../../../shared/api/errors';
import type { Day } from '../../../shared/domain/day';
import { GIT_LOG_FORMAT, type GitCommit, parseGitLog } from '../../../shared/domain/gitSuggestions';

/** More commits than anyone writes in a review period; bounds the work on a huge history. */
export const MAX_COMMITS_PER_REPOSITORY = 20_000;

export interface GitLogRequest {
  repository: string;
  from: Day;
  to: Day;
  /** The user's emails: commits they authored, or co-authored (a `Co-authored-by:` line). */
  authors: readonly string[];
  maxCount?: number;
  /** The git program; `git` on PATH unless given (tests point it at a missing one). */
  git?: string;
}

/**
 * Options that keep `git` read-only and free of the repository's own programs: no pager, no
 * fsmonitor or hooks, no optional locks (so not even the index is refreshed), no colour.
 */
const SAFE_CONFIG = [
  '-c',
  'core.fsmonitor=false',
  '-c',
  'core.hooksPath=/dev/null',
  '-c',
  'color.ui=never',
  '-c',
  'log.showSignature=false',
  '-c',
  'core.quotepath=off',
];

/** Runs the user's own `git log` on one repository, read-only and bounded by the period. */
export function readCommits(request: GitLogRequest): GitCommit[] {
  const repository = path.resolve(request.repository);
  checkFolder(repository);
  const emails = request.authors.filter(Boolean);
  if (emails.length === 0) return [];
  // git ANDs --author with --grep, so two walks: commits the user authored, then commits whose
  // message names them (Co-authored-by:); the parser checks the real fields of both.
  const authored = runLog(
    request,
    repository,
    emails.map((email) => `--author=<${email}>`),
  );
  const named = runLog(
    request,
    repository,
    emails.map((email) => `--grep=${email}`),
  );
  const bySha = new Map<string, GitCommit>();
  for (const commit of [...authored, ...named]) if (!bySha.has(commit.sha)) bySha.set(commit.sha, commit);
  return [...bySha.values()];
}

function runLog(request: GitLogRequest, repository: string, filters: string[]): GitCommit[] {
  const args = [
    '--no-pager',
    ...SAFE_CONFIG,
    '-C',
    repository,
    'log',
    '--branches',
    '--source',
    '--date-order',
    `--since=${request.from}T00:00:00`,
    `--until=${request.to}T23:59:59`,
    `--max-count=${request.maxCount ?? MAX_COMMITS_PER_REPOSITORY}`,
    '--regexp-ignore-case',
    '--fixed-strings',
    ...filters,
    `--format=${GIT_LOG_FORMAT}`,
  ];
  let output: string;
  try {
    output = execFileSync(request.git ?? 'git', args, {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      timeout: 60_000,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', GIT_TERMINAL_PROMPT: '0', GIT_PAGER: 'cat', LC_ALL: 'C' },
      windowsHide: true,
    });
  } catch (error) {
    throw gitError(error, repository);
  }
  return parseGitLog(output, request.repository);
}

/** The email git would sign a commit with here (or globally): the user's first identity. */
export function configuredEmail(repository?: string, git = 'git'): string | null {
  try {
    const args = ['--no-pager', ...SAFE_CONFIG, ...(repository ? ['-C', repository] : []), 'config', '--get', 'user.email'];
    const out = execFileSync(git, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000, windowsHide: true });
    return out.trim() || null;
  } catch {
    return null; // no git, or no email configured: nothing to prefill
  }
}

function checkFolder(repository: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(repository);
  } catch {
    throw new ChronicleError('not_found', `${repository} does not exist.`, { repository });
  }
  if (!stat.isDirectory()) throw new ChronicleError('invalid_input', `${repository} is a file, not a repository folder.`, { repository });
  try {
    fs.accessSync(repository, fs.constants.R_OK | fs.constants.X_OK);
    fs.readdirSync(repository);
  } catch {
    throw new ChronicleError('invalid_input', `${repository} cannot be read (permission denied).`, { repository });
  }
}

function gitError(error: unknown, repository: string): ChronicleError {
  const failure = error as { code?: string; stderr?: string | Buffer; signal?: string };
  if (failure.code === 'ENOENT') {
    return new ChronicleError('not_found', 'Git is not installed (or not on the PATH), so commits cannot be read.', { repository });
  }
  const stderr = String(failure.stderr ?? '');
  if (/not a git repository/i.test(stderr))
    return new ChronicleError('invalid_input', `${repository} is not a Git repository.`, { repository });
  if (/dubious ownership/i.test(stderr)) {
    return new ChronicleError(
      'invalid_input',
      `Git refuses to read ${repository} because another user owns it (see git's safe.directory).`,
      { repository },
    );
  }
  if (/does not have any commits yet/i.test(stderr))
    return new ChronicleError('invalid_input', `${repository} has no commits yet.`, { repository });
  if (failure.signal === 'SIGTERM')
    return new ChronicleError('invalid_input', `Reading ${repository} took too long and was stopped.`, { repository });
  const firstLine = stderr.split('\n').find((line) => line.trim()) ?? (error instanceof Error ? error.message : String(error));
  return new ChronicleError('invalid_input', `Git could not read ${repository}: ${firstLine.replace(/^fatal:\s*/, '').trim()}`, {
    repository,
  });
}
