import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Input, MethodName, Output } from '../../shared/api/contract';
import { ChronicleError } from '../../shared/api/errors';
import { ENTRY_KINDS, type EntryKind, type EntryListItem, KIND_LABELS, type TextSegment } from '../../shared/domain/model';
import { periodLabel } from '../../shared/domain/periods';
import { findSection, SECTIONS, sectionInfo } from '../../shared/domain/sections';
import { type Backend, openBackend } from '../core/backend';
import { backupJournal, restoreJournal } from '../core/backup';
import { defaultBackupFolder, listBackups, makeBackup } from '../core/backups';
import { readFolder, writeFileAtomic, writeFolder } from '../core/exchange/atomicWrite';
import { describeSize, MAX_IMPORT_BYTES } from '../core/exchange/decode';
import { defaultDatabasePath } from '../core/paths';
import { loadNaturalLanguage, needsNaturalLanguage, parseDayArgument } from './dates';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  now: () => Date;
  /** Whether stdout is a terminal (for highlighting search hits). */
  isTty: boolean;
}

type Chrono = Awaited<ReturnType<typeof loadNaturalLanguage>>;

const USAGE = `usage: chronicle [--db <file>] <command> [options]

commands:
  add "<title>" [--date <day>] [--theme <name>]... [--section <name>] [--impact "<text>"] [--star]
      [--kind accomplishment|learning|kudos] [--person "<name>"]...
  list [--from <day>] [--to <day>] [--theme <name>] [--limit <n>]
  search "<query>" [--limit <n>]
  week [--date <day>]          the week with its entries, reflection and due follow-ups
  goals [--year <year>]        goals for a year (this year by default) with their evidence
  summary <period>             a Markdown draft about the period, shaped like a blog post
  bullets <period> [--format xyz|short]   résumé bullet drafts, each traceable to its entries
  check <period>               what to fix before sharing, with a readiness score
  packet --for manager|peer <period>      a review packet in Markdown

  export <what> [--out <path>]  brag <period> | blog --draft <id> | theme --theme <name>
                               | entry --entry <id> | search --query "<q>" | packet --draft <id>
                               | bullets --draft <id> | archive [--format markdown|json] [--folder]
  import <file or folder> [--dry-run] [--default-date <day>] [--include-duplicates]
                               a Chronicle archive, a hand-written brag document, jrnl or Day One JSON
  backup <path>                a consistent copy of the journal
  restore <path or backup name> [--to <folder>]
                               replaces the journal with a backup (close the app first; the
                               current journal is kept beside it)
  backups [--to <folder>]      the rolling backups, newest first, with their date and entries
  backups now [--to <folder>]  makes a verified backup now and prunes old ones (7 daily,
                               4 weekly, 12 monthly); for cron and scripts
  suggest [--git <repo>]... [--author <email>]... [--since <day>] [--until <day>] [--add <n>]
                               candidate entries from your own commits (this week by default;
                               repositories and emails from settings unless given); writes
                               nothing unless --add <n> adds the n-th

  <period> is --year <y>, or --from <day> --to <day>, or --since-last-review

  <day> is yyyy-MM-dd, today, yesterday, "last friday", "3 days ago"...
  --json prints machine-readable output. Without --db, the desktop app's journal is used
  (override with CHRONICLE_DB).
sections: ${SECTIONS.map((s) => s.id).join(', ')}`;

class UsageError extends Error {}

const OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
  date: { type: 'string' },
  theme: { type: 'string', multiple: true },
  section: { type: 'string' },
  impact: { type: 'string' },
  star: { type: 'boolean', default: false },
  from: { type: 'string' },
  to: { type: 'string' },
  limit: { type: 'string' },
  kind: { type: 'string' },
  person: { type: 'string', multiple: true },
  year: { type: 'string' },
  format: { type: 'string' },
  for: { type: 'string' },
  'since-last-review': { type: 'boolean', default: false },
  out: { type: 'string' },
  draft: { type: 'string' },
  entry: { type: 'string' },
  query: { type: 'string' },
  folder: { type: 'boolean', default: false },
  'dry-run': { type: 'boolean', default: false },
  'default-date': { type: 'string' },
  'include-duplicates': { type: 'boolean', default: false },
  git: { type: 'string', multiple: true },
  author: { type: 'string', multiple: true },
  since: { type: 'string' },
  until: { type: 'string' },
  add: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} satisfies ParseArgsConfig['options'];

/** Runs one command line; returns the exit code. Writes nothing when it fails. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    // node:util's messages run long; the first sentence says it.
    const message = (raw.split(/\.\s/)[0] ?? raw).trim();
    io.stderr(`chronicle: ${message} (see chronicle --help)\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    (command || values.help ? io.stdout : io.stderr)(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }

  let backend: Backend | undefined;
  try {
    const run = commands[command];
    if (!run) throw new UsageError(`unknown command "${command}"`);
    const dayArguments = [values.date, values.from, values.to, values.since, values.until].filter((v): v is string => v !== undefined);
    const chrono = dayArguments.some(needsNaturalLanguage) ? await loadNaturalLanguage() : undefined;
    const options = run.check(values, rest, { ...io, chrono });
    const databasePath = path.resolve(values.db ?? defaultDatabasePath(io.env));
    if (run.withoutJournal) {
      await run.withoutJournal(options, databasePath, io);
      return 0;
    }
    backend = openBackend({ databasePath, externalPollMs: 0 });
    const call = makeCall(backend);
    await run.execute(options, call, io, values.json, backend);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`chronicle: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof ChronicleError || error instanceof Error ? error.message : String(error);
    io.stderr(`chronicle: ${message}\n`);
    return 1;
  } finally {
    backend?.close();
  }
}

type Call = <M extends MethodName>(method: M, input: Input<M>) => Output<M>;

function makeCall(backend: Backend): Call {
  return (method, input) => {
    const result = backend.dispatch(method, input);
    if (!result.ok) throw ChronicleError.from(result.error);
    return result.value as Output<typeof method>;
  };
}

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

interface Command<T> {
  /** Reads and checks the arguments before the journal is opened. */
  check(values: Values, positionals: string[], io: CheckIo): T;
  execute(options: T, call: Call, io: CliIo, json: boolean, backend: Backend): void | Promise<void>;
  /** For commands that must not open the journal (restore replaces the file). */
  withoutJournal?(options: T, databasePath: string, io: CliIo): Promise<void>;
}

interface CheckIo extends CliIo {
  chrono?: Chrono;
}

function day(value: string | undefined, flag: string, io: CheckIo): string | undefined {
  if (value === undefined) return undefined;
  const result = parseDayArgument(value, io.now(), io.chrono);
  if ('error' in result) throw new UsageError(`${flag}: ${result.error}`);
  return result.day;
}

function limit(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 100_000) throw new UsageError(`--limit must be a whole number from 1 to 100000`);
  return n;
}

function onlyFlags(values: Values, allowed: (keyof Values)[], command: string): void {
  const given = (Object.keys(values) as (keyof Values)[]).filter(
    (k) => values[k] !== undefined && values[k] !== false && !['db', 'json', 'help'].includes(k),
  );
  const extra = given.find((k) => !allowed.includes(k));
  if (extra) throw new UsageError(`--${extra} does not apply to "${command}"`);
}

const add: Command<Input<'entries.create'>> = {
  check(values, positionals, io) {
    onlyFlags(values, ['date', 'theme', 'section', 'impact', 'star', 'kind', 'person'], 'add');
    if (positionals.length !== 1) throw new UsageError('add takes one title in quotes: chronicle add "Shipped the importer"');
    const section = values.section === undefined ? 'projects' : findSection(values.section);
    if (!section) {
      throw new UsageError(`--section: "${values.section}" is not a section; use one of ${SECTIONS.map((s) => s.id).join(', ')}`);
    }
    const kind = values.kind ?? 'accomplishment';
    if (!isKind(kind)) throw new UsageError(`--kind: "${kind}" is not a kind; use one of ${ENTRY_KINDS.join(', ')}`);
    return {
      title: positionals[0] as string,
      kind,
      people: values.person ?? [],
      date: day(values.date ?? 'today', '--date', io) as string,
      section,
      impact: values.impact ?? '',
      newThemes: values.theme ?? [],
      starred: values.star,
    };
  },
  execute(input, call, io, json) {
    const entry = call('entries.create', input);
    if (json) return io.stdout(`${JSON.stringify(entry, null, 2)}\n`);
    const kind = entry.kind === 'accomplishment' ? '' : `, ${KIND_LABELS[entry.kind].toLowerCase()}`;
    const people = entry.people.length ? ` with ${entry.people.map((p) => p.name).join(', ')}` : '';
    io.stdout(`Added "${entry.title}" on ${entry.date} (${sectionInfo(entry.section).label}${kind})${people}${themeList(entry.themes)}\n`);
  },
};

interface ListOptions {
  from?: string;
  to?: string;
  themeName?: string;
  limit: number;
}

const list: Command<ListOptions> = {
  check(values, positionals, io) {
    onlyFlags(values, ['from', 'to', 'theme', 'limit'], 'list');
    if (positionals.length > 0) throw new UsageError(`list takes no words; did you mean: chronicle search "${positionals.join(' ')}"?`);
    if ((values.theme?.length ?? 0) > 1) throw new UsageError('list takes one --theme');
    return {
      from: day(values.from, '--from', io),
      to: day(values.to, '--to', io),
      themeName: values.theme?.[0],
      limit: limit(values.limit, 100),
    };
  },
  execute(options, call, io, json) {
    let themeId: string | undefined;
    if (options.themeName !== undefined) {
      const wanted = options.themeName.trim().toLocaleLowerCase();
      const theme = call('themes.list', {}).find((t) => t.name.toLocaleLowerCase() === wanted);
      if (!theme) throw new ChronicleError('not_found', `No theme is named "${options.themeName}"`);
      themeId = theme.id;
    }
    const items: EntryListItem[] = [];
    let cursor: string | undefined;
    let more = false;
    do {
      const page = call('entries.list', {
        from: options.from,
        to: options.to,
        themeId,
        limit: Math.min(500, options.limit - items.length),
        cursor,
      });
      items.push(...page.items);
      cursor = page.nextCursor ?? undefined;
      more = cursor !== undefined;
    } while (more && items.length < options.limit);
    if (json) return io.stdout(`${JSON.stringify(items, null, 2)}\n`);
    if (items.length === 0) return io.stdout('No entries.\n');
    for (const item of items) {
      io.stdout(`${item.date}  ${item.starred ? '★ ' : ''}${item.title}${themeList(item.themes)}\n`);
    }
    if (more) io.stdout(`… more entries; raise --limit or narrow with --from/--to\n`);
  },
};

const search: Command<{ query: string; limit: number }> = {
  check(values, positionals) {
    onlyFlags(values, ['limit'], 'search');
    if (positionals.length === 0) throw new UsageError('search needs a query: chronicle search "design review"');
    return { query: positionals.join(' '), limit: limit(values.limit, 20) };
  },
  execute(options, call, io, json) {
    const result = call('entries.search', { query: options.query, limit: Math.min(200, options.limit) });
    if (json) return io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    if (result.hits.length === 0) return io.stdout('No matches.\n');
    for (const hit of result.hits) {
      io.stdout(`${hit.entry.date}  ${render(hit.title, io.isTty)}${themeList(hit.entry.themes)}\n`);
      const snippet = render(hit.snippet, io.isTty).replace(/\s+/g, ' ').trim();
      if (snippet) io.stdout(`            ${snippet}\n`);
    }
  },
};

const week: Command<{ date?: string }> = {
  check(values, positionals, io) {
    onlyFlags(values, ['date'], 'week');
    if (positionals.length > 0) throw new UsageError('week takes no words; use --date to pick a week');
    return { date: day(values.date, '--date', io) };
  },
  execute(options, call, io, json) {
    const view = call('week.get', { date: options.date });
    if (json) return io.stdout(`${JSON.stringify(view, null, 2)}\n`);
    const out: string[] = [`${periodLabel('week', view.start)} (${view.start} to ${view.end})`, ''];
    if (view.entries.length === 0) out.push('No entries this week.');
    for (const item of [...view.entries].reverse()) {
      out.push(`${item.date}  ${item.starred ? '★ ' : ''}${item.title}${themeList(item.themes)}`);
      if (item.impactExcerpt) out.push(`            → ${item.impactExcerpt}`);
    }
    out.push('', 'Reflection', view.reflection?.body.trim() ? indent(view.reflection.body.trim()) : '  (not written yet)');
    if (view.dueFollowUps.length) {
      out.push('', 'Follow-ups due');
      for (const f of view.dueFollowUps) out.push(`  ${f.entry.date}  ${f.entry.title}: ${f.question || 'what actually happened?'}`);
    }
    const streak = view.streak;
    if (streak.weeks > 0) out.push('', `Streak: ${streak.weeks} week${streak.weeks === 1 ? '' : 's'}${streak.thisWeekDone ? '' : ' (nothing yet this week)'}`);
    io.stdout(`${out.join('\n')}\n`);
  },
};

const goals: Command<{ year: number }> = {
  check(values, positionals, io) {
    onlyFlags(values, ['year'], 'goals');
    if (positionals.length > 0) throw new UsageError('goals takes no words; use --year to pick a year');
    const year = values.year === undefined ? io.now().getFullYear() : Number(values.year);
    if (!/^\d{1,5}$/.test(values.year ?? String(year))) throw new UsageError(`--year: "${values.year}" is not a year`);
    return { year };
  },
  execute(options, call, io, json) {
    const list = call('goals.list', { year: options.year });
    const detailed = list.map((goal) => call('goals.get', { id: goal.id }));
    if (json) return io.stdout(`${JSON.stringify(detailed, null, 2)}\n`);
    if (detailed.length === 0) return io.stdout(`No goals for ${options.year}.\n`);
    const out: string[] = [`Goals for ${options.year}`];
    for (const goal of detailed) {
      out.push('', `${GOAL_MARKS[goal.status]} ${goal.title}  (${goal.status})`);
      if (goal.evidence.length === 0) out.push('    no evidence yet');
      for (const item of goal.evidence) out.push(`    ${item.date}  ${item.title}`);
    }
    io.stdout(`${out.join('\n')}\n`);
  },
};

type PeriodChoice = Input<'review.period'>['period'];

/** --year, --from/--to or --since-last-review, exactly one way. */
function periodChoice(values: Values, io: CheckIo, command: string): PeriodChoice {
  const ways = [values.year !== undefined, values.from !== undefined || values.to !== undefined, values['since-last-review']].filter(Boolean).length;
  if (ways !== 1) throw new UsageError(`${command} needs one period: --year <y>, --from <day> --to <day>, or --since-last-review`);
  if (values['since-last-review']) return { kind: 'sinceLastReview' };
  if (values.year !== undefined) {
    if (!/^\d{1,5}$/.test(values.year)) throw new UsageError(`--year: "${values.year}" is not a year`);
    return { kind: 'year', year: Number(values.year) };
  }
  const from = day(values.from, '--from', io);
  const to = day(values.to, '--to', io);
  if (!from || !to) throw new UsageError(`${command} needs both --from and --to`);
  return { kind: 'custom', from, to };
}

const PERIOD_FLAGS: (keyof Values)[] = ['year', 'from', 'to', 'since-last-review'];

function noWords(positionals: string[], command: string): void {
  if (positionals.length > 0) throw new UsageError(`${command} takes no words, only options (see chronicle --help)`);
}

const summary: Command<{ period: PeriodChoice }> = {
  check(values, positionals, io) {
    onlyFlags(values, PERIOD_FLAGS, 'summary');
    noWords(positionals, 'summary');
    return { period: periodChoice(values, io, 'summary') };
  },
  execute({ period }, call, io, json) {
    const draft = call('review.summary', { period });
    io.stdout(json ? `${JSON.stringify(draft, null, 2)}\n` : `${draft.markdown.trimEnd()}\n`);
  },
};

const packet: Command<{ period: PeriodChoice; reader: 'manager' | 'peer' }> = {
  check(values, positionals, io) {
    onlyFlags(values, [...PERIOD_FLAGS, 'for'], 'packet');
    noWords(positionals, 'packet');
    if (values.for !== 'manager' && values.for !== 'peer') throw new UsageError('packet needs --for manager or --for peer');
    return { period: periodChoice(values, io, 'packet'), reader: values.for };
  },
  execute({ period, reader }, call, io, json) {
    const draft = call('review.packet', { period, reader });
    io.stdout(json ? `${JSON.stringify(draft, null, 2)}\n` : `${draft.markdown.trimEnd()}\n`);
  },
};

const bullets: Command<{ period: PeriodChoice; format: 'xyz' | 'short' }> = {
  check(values, positionals, io) {
    onlyFlags(values, [...PERIOD_FLAGS, 'format'], 'bullets');
    noWords(positionals, 'bullets');
    const format = values.format ?? 'xyz';
    if (format !== 'xyz' && format !== 'short') throw new UsageError(`--format: "${format}" is not xyz or short`);
    return { period: periodChoice(values, io, 'bullets'), format };
  },
  execute({ period, format }, call, io, json) {
    const drafts = call('review.bullets', { period, format });
    if (json) return io.stdout(`${JSON.stringify(drafts, null, 2)}\n`);
    if (drafts.length === 0) return io.stdout('No entries to draft bullets from in that period.\n');
    io.stdout(`${drafts.map((d) => `- ${d.text}`).join('\n')}\n`);
    const flagged = drafts.filter((d) => d.warnings.length > 0).length;
    if (flagged > 0) io.stderr(`${flagged} of ${drafts.length} bullets have notes (weak openers, missing numbers…): see --json\n`);
  },
};

const check: Command<{ period: PeriodChoice }> = {
  check(values, positionals, io) {
    onlyFlags(values, PERIOD_FLAGS, 'check');
    noWords(positionals, 'check');
    return { period: periodChoice(values, io, 'check') };
  },
  execute({ period }, call, io, json) {
    const readiness = call('review.check', { period });
    if (json) return io.stdout(`${JSON.stringify(readiness, null, 2)}\n`);
    const out = [`Review readiness for ${readiness.period.label}: ${Math.round(readiness.score)}/100 (${readiness.checks.passed} of ${readiness.checks.total} checks pass)`];
    if (readiness.items.length === 0) out.push('', 'Nothing to fix.');
    for (const item of readiness.items) out.push(`- ${item.message}`);
    io.stdout(`${out.join('\n')}\n`);
  },
};

const GOAL_MARKS = { open: '[ ]', achieved: '[x]', dropped: '[-]' } as const;

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

function isKind(value: string): value is EntryKind {
  return (ENTRY_KINDS as readonly string[]).includes(value);
}

type ExportWhat = Input<'export.file'>;

const EXPORT_KINDS = ['brag', 'blog', 'theme', 'entry', 'search', 'packet', 'bullets', 'archive'] as const;

const exportCommand: Command<{ what: ExportWhat | 'folder'; themeName?: string; out?: string }> = {
  check(values, positionals, io) {
    onlyFlags(values, [...PERIOD_FLAGS, 'out', 'draft', 'entry', 'query', 'theme', 'format', 'folder'], 'export');
    const [kind, ...extra] = positionals;
    if (!kind || extra.length > 0 || !(EXPORT_KINDS as readonly string[]).includes(kind)) {
      throw new UsageError(`export needs what to export: ${EXPORT_KINDS.join(', ')}`);
    }
    const need = (value: string | undefined, flag: string) => {
      if (!value) throw new UsageError(`export ${kind} needs --${flag}`);
      return value;
    };
    const out = values.out;
    switch (kind) {
      case 'brag':
        return { what: { kind: 'brag', period: periodChoice(values, io, 'export brag') }, out };
      case 'blog':
        return { what: { kind: 'blog', draftId: need(values.draft, 'draft <id>') }, out };
      case 'packet':
        return { what: { kind: 'packet', draftId: need(values.draft, 'draft <id>') }, out };
      case 'bullets':
        return { what: { kind: 'bullets', draftId: need(values.draft, 'draft <id>') }, out };
      case 'entry':
        return { what: { kind: 'entry', entryId: need(values.entry, 'entry <id>') }, out };
      case 'search':
        return { what: { kind: 'search', query: need(values.query, 'query "<words>"') }, out };
      case 'theme':
        if ((values.theme?.length ?? 0) !== 1) throw new UsageError('export theme needs one --theme <name>');
        return { what: { kind: 'themePost', themeId: '' }, themeName: values.theme?.[0], out };
      default: {
        if (values.folder) {
          if (!out) throw new UsageError('export archive --folder needs --out <folder>');
          return { what: 'folder', out };
        }
        const format = values.format ?? 'markdown';
        if (format !== 'markdown' && format !== 'json') throw new UsageError(`--format: "${format}" is not markdown or json`);
        return { what: { kind: 'archive', format }, out };
      }
    }
  },
  execute({ what, themeName, out }, call, io) {
    if (what === 'folder') {
      const { files } = call('export.folder', {});
      writeFolder(out as string, files);
      return io.stdout(`Wrote ${files.length} files to ${out}\n`);
    }
    let input = what;
    if (input.kind === 'themePost') {
      const wanted = (themeName ?? '').trim().toLocaleLowerCase();
      const theme = call('themes.list', {}).find((t) => t.name.toLocaleLowerCase() === wanted);
      if (!theme) throw new ChronicleError('not_found', `No theme is named "${themeName}"`);
      input = { kind: 'themePost', themeId: theme.id };
    }
    const file = call('export.file', input);
    if (!out) return io.stdout(file.content);
    const target = fs.existsSync(out) && fs.statSync(out).isDirectory() ? path.join(out, file.fileName) : out;
    writeFileAtomic(target, file.content);
    io.stdout(`Wrote ${target}\n`);
  },
};

interface ImportOptions {
  source: string;
  dryRun: boolean;
  defaultDate?: string;
  includeDuplicates: boolean;
}

const importCommand: Command<ImportOptions> = {
  check(values, positionals, io) {
    onlyFlags(values, ['dry-run', 'default-date', 'include-duplicates'], 'import');
    if (positionals.length !== 1) throw new UsageError('import takes one file or folder: chronicle import brag-2019.md');
    return {
      source: positionals[0] as string,
      dryRun: values['dry-run'],
      defaultDate: day(values['default-date'], '--default-date', io),
      includeDuplicates: values['include-duplicates'],
    };
  },
  execute(options, call, io, json) {
    const source = path.resolve(options.source);
    if (!fs.existsSync(source)) throw new ChronicleError('not_found', `${options.source} does not exist`);
    const stat = fs.statSync(source);
    const fileName = path.basename(source);
    let input: Input<'import.preview'>;
    if (stat.isDirectory()) {
      input = { fileName, folder: readFolder(source), defaultDate: options.defaultDate, includeDuplicates: options.includeDuplicates };
    } else {
      // Refuse a huge file before reading it into memory.
      if (stat.size > MAX_IMPORT_BYTES) {
        throw new ChronicleError('invalid_input', `${fileName} is ${describeSize(stat.size)}; Chronicle imports files up to ${describeSize(MAX_IMPORT_BYTES)}`);
      }
      input = { fileName, data: fs.readFileSync(source).toString('base64'), defaultDate: options.defaultDate, includeDuplicates: options.includeDuplicates };
    }
    if (options.dryRun) {
      const preview = call('import.preview', input);
      if (json) return io.stdout(`${JSON.stringify(preview, null, 2)}\n`);
      return io.stdout(describePreview(preview));
    }
    const outcome = call('import.commit', input);
    if (json) return io.stdout(`${JSON.stringify(outcome, null, 2)}\n`);
    if (outcome.archive) {
      const e = outcome.archive.counts.entries;
      return io.stdout(
        `${outcome.archive.restored ? 'Restored' : 'Merged'} the archive: entries ${e?.added ?? 0} added, ${e?.updated ?? 0} updated, ${e?.unchanged ?? 0} unchanged${e?.keptNewer ? `, ${e.keptNewer} kept (yours were newer)` : ''}\n`,
      );
    }
    io.stdout(
      `Imported ${outcome.created} entr${outcome.created === 1 ? 'y' : 'ies'}${outcome.goalsCreated ? ` and ${outcome.goalsCreated} goals` : ''}` +
        `${outcome.skippedDuplicates ? `; skipped ${outcome.skippedDuplicates} already in the journal (--include-duplicates to add them)` : ''}\n`,
    );
  },
};

function describePreview(preview: Output<'import.preview'>): string {
  const out = [`${preview.fileName}: ${preview.format}`];
  if (preview.archive) {
    out.push(preview.archive.restored ? 'Into an empty journal: everything is restored as it was.' : 'Merged into your journal:');
    for (const [kind, c] of Object.entries(preview.archive.counts)) {
      out.push(`  ${kind}: ${c.added} new, ${c.updated} updated, ${c.unchanged} unchanged${c.keptNewer ? `, ${c.keptNewer} kept (yours are newer)` : ''}`);
    }
  } else {
    out.push(`${preview.entries.length} entries, ${preview.duplicates} already in the journal, ${preview.undated} without a date`);
    for (const entry of preview.entries) {
      const flags = [entry.duplicateOf ? 'already in the journal' : '', entry.date ? '' : 'no date'].filter(Boolean).join(', ');
      out.push(`  ${entry.date ?? '????-??-??'}  ${entry.title}  [${entry.section}${entry.themes.length ? ` #${entry.themes.join(' #')}` : ''}]${flags ? `  (${flags})` : ''}`);
      for (const warning of entry.warnings) out.push(`      ! ${warning}`);
    }
    for (const goal of preview.goals) out.push(`  goal ${goal.year}: ${goal.title} (${goal.status}${goal.exists ? ', already there' : ''})`);
  }
  for (const warning of preview.warnings) out.push(`! ${warning}`);
  if (preview.undated > 0) out.push(`Give --default-date <day> to date the ${preview.undated} undated items.`);
  return `${out.join('\n')}\n`;
}

const backup: Command<{ target: string }> = {
  check(values, positionals) {
    onlyFlags(values, [], 'backup');
    if (positionals.length !== 1) throw new UsageError('backup takes one path: chronicle backup ~/chronicle-backup.db');
    return { target: path.resolve(positionals[0] as string) };
  },
  async execute({ target }, _call, io, _json, journal) {
    if (fs.existsSync(target)) throw new ChronicleError('conflict', `${target} already exists; choose a new name`);
    await backupJournal(journal.db, target);
    io.stdout(`Backed up the journal to ${target}\n`);
  },
};

const restore: Command<{ source: string; folder: string | undefined }> = {
  check(values, positionals) {
    onlyFlags(values, ['to'], 'restore');
    if (positionals.length !== 1) throw new UsageError('restore takes one backup file or name: chronicle restore ~/chronicle-backup.db');
    return { source: positionals[0] as string, folder: values.to === undefined ? undefined : path.resolve(values.to) };
  },
  execute() {
    throw new Error('restore runs without opening the journal');
  },
  async withoutJournal({ source, folder }, databasePath, io) {
    // A name as `chronicle backups` prints it is looked up in the backup folder.
    let file = path.resolve(source);
    if (!fs.existsSync(file) && path.basename(source) === source) {
      file = path.join(folder ?? (fs.existsSync(databasePath) ? backupFolderOf(databasePath) : defaultBackupFolder(databasePath)), source);
    }
    const kept = await restoreJournal(databasePath, file, io.now());
    io.stdout(`Restored ${databasePath} from ${file}${kept ? `; the journal as it was is kept at ${kept}` : ''}\n`);
  },
};

/** The backup folder in the journal's settings, read and closed before a restore replaces the file. */
function backupFolderOf(databasePath: string): string {
  const journal = openBackend({ databasePath, externalPollMs: 0 });
  try {
    return journal.backups.folder();
  } finally {
    journal.close();
  }
}

const backups: Command<{ now: boolean; folder: string | undefined }> = {
  check(values, positionals) {
    onlyFlags(values, ['to'], 'backups');
    if (positionals.length > 1 || (positionals[0] !== undefined && positionals[0] !== 'now')) {
      throw new UsageError('backups takes nothing or "now": chronicle backups now --to ~/Dropbox/Chronicle');
    }
    return { now: positionals[0] === 'now', folder: values.to === undefined ? undefined : path.resolve(values.to) };
  },
  async execute({ now, folder }, call, io, json, journal) {
    const where = folder ?? journal.backups.folder();
    if (now) {
      const { made, removed } = await makeBackup(journal.db, where, io.now());
      if (json) io.stdout(`${JSON.stringify({ made, removed }, null, 2)}\n`);
      else {
        io.stdout(`Backed up ${plural(made.entryCount ?? 0, 'entry', 'entries')} (${describeSize(made.size)}, checked) to ${made.path}\n`);
        if (removed.length) io.stdout(`Removed ${removed.length} older backup${removed.length === 1 ? '' : 's'} beyond 7 daily, 4 weekly and 12 monthly.\n`);
      }
      return;
    }
    const list = listBackups(where);
    if (json) {
      io.stdout(`${JSON.stringify({ folder: where, backups: list }, null, 2)}\n`);
      return;
    }
    if (list.length === 0) {
      io.stdout(`No backups in ${where} yet (make one with: chronicle backups now${folder ? ` --to ${folder}` : ''})\n`);
      return;
    }
    const lines = list.map(
      (b) => `${b.at.slice(0, 16).replace('T', ' ')} UTC  ${b.problem ? b.problem : plural(b.entryCount ?? 0, 'entry', 'entries')}  ${describeSize(b.size)}  ${b.name}`,
    );
    io.stdout(`Backups in ${where} (newest first; restore one with: chronicle restore <name>):\n${lines.join('\n')}\n`);
  },
};

const suggest: Command<Input<'suggestions.list'> & { add: number | undefined }> = {
  check(values, positionals, io) {
    onlyFlags(values, ['git', 'author', 'since', 'until', 'add'], 'suggest');
    if (positionals.length > 0) throw new UsageError('suggest takes only options: chronicle suggest --git ~/code/api --since "last monday"');
    let add: number | undefined;
    if (values.add !== undefined) {
      add = Number(values.add);
      if (!Number.isInteger(add) || add < 1) throw new UsageError('--add takes the number of a suggestion as listed, such as --add 2');
    }
    const from = day(values.since, '--since', io);
    const to = day(values.until, '--until', io);
    if (from && to && from > to) throw new UsageError('--since is after --until');
    return {
      ...(from ? { from } : {}),
      ...(to ? { to } : from ? { to: day('today', '--until', io) } : {}),
      ...(values.git ? { repositories: values.git.map((repo) => path.resolve(repo)) } : {}),
      ...(values.author ? { authors: values.author } : {}),
      add,
    };
  },
  execute({ add, ...input }, call, io, json) {
    const list = call('suggestions.list', input);
    if (list.authors.length === 0) {
      throw new ChronicleError('invalid_input', 'No author email: give --author you@example.com (or add your emails in Settings).');
    }
    if (list.sources.length === 0) throw new ChronicleError('invalid_input', 'No repository: give --git <folder> (or add repositories in Settings).');
    if (add !== undefined) {
      for (const source of list.sources) if (source.problem) io.stderr(`! ${source.problem}\n`);
      const picked = list.suggestions[add - 1];
      if (!picked) throw new ChronicleError('not_found', `There is no suggestion ${add}; there are ${list.suggestions.length}.`);
      const entry = call('suggestions.add', { id: picked.id, from: list.from, to: list.to, repositories: input.repositories, authors: input.authors });
      if (json) io.stdout(`${JSON.stringify(entry, null, 2)}\n`);
      else io.stdout(`Added "${entry.title}" on ${entry.date}${themeList(entry.themes)} (${picked.commits.length} commit${picked.commits.length === 1 ? '' : 's'} remembered)\n`);
      return;
    }
    if (json) {
      io.stdout(`${JSON.stringify(list, null, 2)}\n`);
      return;
    }
    const out: string[] = [];
    for (const source of list.sources) if (source.problem) out.push(`! ${source.problem}`);
    if (list.suggestions.length === 0) out.push(`No new work found from ${list.from} to ${list.to} for ${list.authors.join(', ')}.`);
    list.suggestions.forEach((s, i) => {
      out.push(`${i + 1}. ${s.title}`);
      out.push(`   ${s.from === s.to ? s.to : `${s.from} to ${s.to}`}  #${s.repositoryName}  ${s.commits.length} commit${s.commits.length === 1 ? '' : 's'}${s.group.kind === 'pr' ? `  PR #${s.group.number}` : s.group.kind === 'branch' ? `  branch ${s.group.name}` : ''}`);
      for (const line of s.body.split('\n')) out.push(`   ${line}`);
    });
    if (list.suggestions.length > 0) out.push(`Add one with: chronicle suggest … --add <n>`);
    io.stdout(`${out.join('\n')}\n`);
  },
};

const commands: Record<string, Command<unknown>> = {
  add,
  list,
  search,
  week,
  goals,
  summary,
  bullets,
  check,
  packet,
  export: exportCommand,
  import: importCommand,
  backup,
  restore,
  backups,
  suggest,
} as Record<
  string,
  Command<unknown>
>;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function themeList(themes: { name: string }[]): string {
  return themes.length ? `  #${themes.map((t) => t.name).join(' #')}` : '';
}

function render(segments: TextSegment[], tty: boolean): string {
  return segments.map((s) => (s.hit && tty ? `\u001b[1m${s.text}\u001b[22m` : s.text)).join('');
}
