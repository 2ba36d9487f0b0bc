import type { CliCommand } from '../command';

/**
 * Every command, in the order `chronicle --help` lists them. A command's module is imported only
 * when that command runs, so `chronicle list` never loads the importers or the review writers.
 *
 * To add a command: copy `commands/week.ts` (small) or `commands/add.ts` (with a write), then add
 * one line here with its usage and a one-line summary.
 */
export interface CommandListing {
  name: string;
  /** The words and options after the name, as `chronicle --help` shows them. */
  usage: string;
  summary: string;
  load: () => Promise<{ default: CliCommand<never, unknown> }>;
}

export const COMMANDS: readonly CommandListing[] = [
  { name: 'add', usage: '"<title>" [options]', summary: 'record something you did', load: () => import('./add') },
  { name: 'list', usage: '[--from <day>] [--to <day>]...', summary: 'entries, newest first', load: () => import('./list') },
  { name: 'search', usage: '"<query>" [--limit <n>]', summary: 'full-text search with snippets', load: () => import('./search') },
  {
    name: 'week',
    usage: '[--date <day>]',
    summary: 'the week with its entries, reflection and due follow-ups',
    load: () => import('./week'),
  },
  {
    name: 'goals',
    usage: '[add "<goal>" | link <goal> <entry>]',
    summary: 'a year’s goals with their evidence; add one; link an entry',
    load: () => import('./goals'),
  },
  {
    name: 'reflect',
    usage: 'week|quarter|year ["<text>"]',
    summary: 'write the reflection for a week, quarter or year (text or stdin)',
    load: () => import('./reflect'),
  },
  {
    name: 'follow-up',
    usage: '[schedule|answer <entry> ...]',
    summary: 'follow-ups that are due; ask later what happened; record the answer',
    load: () => import('./followUp'),
  },
  {
    name: 'summary',
    usage: '<period> [--save]',
    summary: 'a Markdown draft about the period, shaped like a blog post',
    load: () => import('./summary'),
  },
  {
    name: 'bullets',
    usage: '<period> [--format <f>] [--all] [--save]',
    summary: 'résumé bullet drafts, best first, each traceable to its entries',
    load: () => import('./bullets'),
  },
  { name: 'check', usage: '<period>', summary: 'what to fix before sharing, with a readiness score', load: () => import('./check') },
  { name: 'packet', usage: '--for manager|peer <period> [--save]', summary: 'a review packet in Markdown', load: () => import('./packet') },
  {
    name: 'export',
    usage: '<what> [--out <path>]',
    summary: 'brag, blog, theme, entry, search, packet, bullets or archive',
    load: () => import('./export'),
  },
  {
    name: 'import',
    usage: '<file or folder> [--dry-run]',
    summary: 'an archive, a hand-written brag document, jrnl or Day One JSON',
    load: () => import('./import'),
  },
  { name: 'backup', usage: '<path>', summary: 'a consistent copy of the journal', load: () => import('./backup') },
  {
    name: 'restore',
    usage: '<path or backup name> [--to <folder>]',
    summary: 'replace the journal with a backup (close the app first)',
    load: () => import('./restore'),
  },
  {
    name: 'backups',
    usage: '[now] [--to <folder>]',
    summary: 'the rolling backups with their date and entries; make one now',
    load: () => import('./backups'),
  },
  {
    name: 'suggest',
    usage: '[--git <repo>]... [--author <email>]... [--since <day>] [--until <day>] [--add <n>]',
    summary: 'candidate entries from your own commits; --add adds one',
    load: () => import('./suggest'),
  },
];
