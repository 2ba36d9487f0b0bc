import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Real git repositories for tests, written with fixed authors and dates. */
export interface Author {
  name: string;
  email: string;
}
export const ADA: Author = { name: 'Ada Lovelace', email: 'ada@example.com' };
export const GRACE: Author = { name: 'Grace Hopper', email: 'grace@example.com' };

export function git(repo: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', ['-C', repo, ...args], {
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function initRepo(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '-b', 'main']);
  return dir;
}

/** A commit by `author` on `day` (noon, UTC) touching one file. */
export function commitAs(repo: string, author: Author, day: string, message: string): string {
  const file = path.join(repo, 'work.txt');
  fs.appendFileSync(file, `${message}\n`);
  git(repo, ['add', 'work.txt']);
  const date = `${day}T12:00:00+00:00`;
  git(repo, ['-c', `user.name=${author.name}`, '-c', `user.email=${author.email}`, 'commit', '-q', '-m', message], {
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  });
  return git(repo, ['rev-parse', 'HEAD']).trim();
}

export function mergeAs(repo: string, author: Author, day: string, branch: string, message: string): void {
  const date = `${day}T13:00:00+00:00`;
  git(repo, ['-c', `user.name=${author.name}`, '-c', `user.email=${author.email}`, 'merge', '-q', '--no-ff', '-m', message, branch], {
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
  });
}

/**
 * A repository with `count` commits, one an hour back from `lastDay`, every tenth by Ada,
 * written by `git fast-import` in a second or two (no working tree needed).
 */
export function hugeRepo(dir: string, count: number, lastDay: string): string {
  initRepo(dir);
  const end = Math.floor(Date.parse(`${lastDay}T12:00:00Z`) / 1000);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const when = end - (count - 1 - i) * 3600;
    const who = i % 10 === 0 ? ADA : GRACE;
    const message = `Change number ${i}\n`;
    parts.push(
      `commit refs/heads/main\nmark :${i + 1}\nauthor ${who.name} <${who.email}> ${when} +0000\ncommitter ${who.name} <${who.email}> ${when} +0000\n` +
        `data ${Buffer.byteLength(message)}\n${message}${i > 0 ? `from :${i}\n` : ''}\n`,
    );
  }
  execFileSync('git', ['-C', dir, 'fast-import', '--quiet'], {
    input: parts.join(''),
    stdio: ['pipe', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  return dir;
}
