import type { Command as Commander } from 'commander';
import type { Input, MethodName, Output } from '../../shared/api/contract';
import type { Backend } from '../core/backend';
import { loadNaturalLanguage, needsNaturalLanguage, parseDayArgument } from './dates';

/** What a command may touch of the outside world; tests and the real process pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  now: () => Date;
  /** Whether stdout is a terminal (for highlighting search hits). */
  isTty: boolean;
  /** Whether stderr is a terminal (for progress counters, which must never reach a log file). */
  isStderrTty?: boolean;
  /** Reads standard input to its end (for text piped into `reflect`). */
  readStdin?: () => Promise<string>;
  /** Whether standard input is a terminal (then there is nothing piped to read). */
  isStdinTty?: boolean;
}

/** Calls one contract method; a refusal is thrown as a ChronicleError. */
export type Call = <M extends MethodName>(method: M, input: Input<M>) => Output<M>;

/** What `execute` gets: the open journal, the outside world, and the global options. */
export interface CommandContext {
  call: Call;
  io: CliIo;
  /** `--json`: print machine-readable output. */
  json: boolean;
  /** The open journal itself, for the few commands that need more than a contract call (backup). */
  backend: Backend;
}

/**
 * One command of the command line. Every file in `commands/` default-exports one of these;
 * `commands/index.ts` lists them so they load only when asked for.
 *
 * - `declare` adds the arguments and options to commander's Command (this is what `--help` shows).
 * - `check` reads and checks them before the journal is opened, throwing UsageError (exit 2).
 * - `execute` does the work through contract calls; a refusal from the journal exits 1.
 */
export interface CliCommand<Options, Checked> {
  declare(command: Commander): void;
  check(words: string[], options: Options, io: CliIo): Checked | Promise<Checked>;
  execute(checked: Checked, context: CommandContext): void | Promise<void>;
  /** For commands that must not open the journal (restore replaces the file). */
  withoutJournal?(checked: Checked, databasePath: string, io: CliIo): Promise<void>;
}

/** Gives a command its types; the object itself is returned unchanged. */
export function defineCommand<Options, Checked>(command: CliCommand<Options, Checked>): CliCommand<Options, Checked> {
  return command;
}

/** The arguments are wrong: exit code 2, one line on stderr, nothing written. */
export class UsageError extends Error {}

/** Reads a day as typed (`2026-03-04`, `today`, `last friday`); loads the date parser only for words. */
export async function day(value: string | undefined, flag: string, io: CliIo): Promise<string | undefined> {
  if (value === undefined) return undefined;
  const chrono = needsNaturalLanguage(value) ? await loadNaturalLanguage() : undefined;
  const result = parseDayArgument(value, io.now(), chrono);
  if ('error' in result) throw new UsageError(`${flag}: ${result.error}`);
  return result.day;
}

export function limit(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100_000) throw new UsageError(`--limit must be a whole number from 1 to 100000`);
  return n;
}

export function noWords(words: string[], command: string): void {
  if (words.length > 0) throw new UsageError(`${command} takes no words, only options (see chronicle ${command} --help)`);
}

/** Collects a repeatable option (`--theme a --theme b`) into a list. */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export interface PeriodOptions {
  year?: string;
  from?: string;
  to?: string;
  sinceLastReview?: boolean;
}

export type PeriodChoice = Input<'review.period'>['period'];

/** The three ways to name a review period, declared the same on every command that takes one. */
export function declarePeriod(command: Commander): Commander {
  return command
    .option('--year <year>', 'a calendar year')
    .option('--from <day>', 'the first day of a custom period (with --to)')
    .option('--to <day>', 'the last day of a custom period (with --from)')
    .option('--since-last-review', 'from the day after your last review to today');
}

/** --year, --from/--to or --since-last-review, exactly one way. */
export async function periodChoice(values: PeriodOptions, io: CliIo, command: string): Promise<PeriodChoice> {
  const ways = [values.year !== undefined, values.from !== undefined || values.to !== undefined, values.sinceLastReview === true].filter(
    Boolean,
  ).length;
  if (ways !== 1) throw new UsageError(`${command} needs one period: --year <y>, --from <day> --to <day>, or --since-last-review`);
  if (values.sinceLastReview) return { kind: 'sinceLastReview' };
  if (values.year !== undefined) {
    if (!/^\d{1,5}$/.test(values.year)) throw new UsageError(`--year: "${values.year}" is not a year`);
    return { kind: 'year', year: Number(values.year) };
  }
  const from = await day(values.from, '--from', io);
  const to = await day(values.to, '--to', io);
  if (!from || !to) throw new UsageError(`${command} needs both --from and --to`);
  return { kind: 'custom', from, to };
}

/** `--save` on summary, bullets and packet: keeps the draft and prints its id for `export … --draft`. */
export const SAVE_OPTION = ['--save', 'keep it as a draft and print its id (for export blog|bullets|packet --draft <id>)'] as const;

export function printSavedDraft(draft: Output<'drafts.create'>, exportAs: 'blog' | 'bullets' | 'packet', io: CliIo, json: boolean): void {
  if (json) return io.stdout(`${JSON.stringify(draft, null, 2)}\n`);
  io.stdout(`${draft.id}\n`);
  // The id alone on stdout, so `id=$(chronicle summary --year 2026 --save)` works; the hint only
  // for a person at a terminal.
  if (io.isStderrTty) io.stderr(`Saved "${draft.title}". Export it with: chronicle export ${exportAs} --draft ${draft.id}\n`);
}
