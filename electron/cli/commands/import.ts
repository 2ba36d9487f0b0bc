import fs from 'node:fs';
import path from 'node:path';
import type { Input, Output } from '../../../shared/api/contract';
import { ChronicleError } from '../../../shared/api/errors';
import { readFolder } from '../../core/exchange/atomicWrite';
import { collect, day, defineCommand, UsageError } from '../command';
import { printJson } from '../format';

interface ImportOptions {
  dryRun?: boolean;
  defaultDate?: string;
  includeDuplicates?: boolean;
  answer?: string[];
}

/** "--answer 1:year=2022": a question of the dry run (its id) and the answer, split at the first "=". */
function readAnswers(given: readonly string[] | undefined): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const text of given ?? []) {
    const at = text.indexOf('=');
    if (at <= 0) throw new UsageError(`--answer takes a question and its answer: --answer 1:year=2022 (got "${text}")`);
    answers[text.slice(0, at).trim()] = text.slice(at + 1).trim();
  }
  return answers;
}

export default defineCommand({
  declare(command) {
    command
      .argument(
        '[file]',
        'a Chronicle archive (file or folder), a hand-written brag document, jrnl or Day One JSON, or a folder or .zip of Markdown notes',
      )
      .option('--dry-run', 'show what would be imported and write nothing')
      .option('--default-date <day>', 'the day for items that have none')
      .option('--include-duplicates', 'also add entries that are already in the journal')
      .option('--answer <id=answer>', 'answer a question the dry run asks, e.g. --answer 1:year=2022 (repeatable)', collect);
  },
  async check(words, options: ImportOptions, io) {
    if (words.length !== 1) throw new UsageError('import takes one file or folder: chronicle import brag-2019.md');
    return {
      source: words[0] as string,
      dryRun: options.dryRun === true,
      defaultDate: await day(options.defaultDate, '--default-date', io),
      includeDuplicates: options.includeDuplicates === true,
      answers: readAnswers(options.answer),
    };
  },
  execute(options, { call, io, json }) {
    const source = path.resolve(options.source);
    if (!fs.existsSync(source)) throw new ChronicleError('not_found', `${options.source} does not exist`);
    const stat = fs.statSync(source);
    const fileName = path.basename(source);
    let input: Input<'import.preview'>;
    const answers = Object.keys(options.answers).length > 0 ? { answers: options.answers } : {};
    if (stat.isDirectory()) {
      input = {
        fileName,
        folder: readFolder(source),
        defaultDate: options.defaultDate,
        includeDuplicates: options.includeDuplicates,
        ...answers,
      };
    } else {
      // The backend reads the file itself: a big JSON export in a stream, anything else whole
      // (and refused past 10 MB with the reason), so nothing huge is read into memory here.
      input = {
        fileName,
        path: source,
        defaultDate: options.defaultDate,
        includeDuplicates: options.includeDuplicates,
        ...answers,
      };
    }
    if (options.dryRun) {
      const preview = call('import.preview', input);
      if (json) return io.stdout(printJson(preview));
      return io.stdout(describePreview(preview));
    }
    // Progress goes here: when the import reports progress, show a counter on stderr, and only
    // when io.isStderrTty (a log file or a pipe must get the final line alone).
    const outcome = call('import.commit', input);
    if (json) return io.stdout(printJson(outcome));
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
});

function describePreview(preview: Output<'import.preview'>): string {
  const out = [`${preview.fileName}: ${preview.format}`];
  if (preview.archive) {
    out.push(preview.archive.restored ? 'Into an empty journal: everything is restored as it was.' : 'Merged into your journal:');
    for (const [kind, c] of Object.entries(preview.archive.counts)) {
      out.push(
        `  ${kind}: ${c.added} new, ${c.updated} updated, ${c.unchanged} unchanged${c.keptNewer ? `, ${c.keptNewer} kept (yours are newer)` : ''}`,
      );
    }
  } else {
    out.push(`${preview.entries.length} entries, ${preview.duplicates} already in the journal, ${preview.undated} without a date`);
    for (const entry of preview.entries) {
      const flags = [entry.duplicateOf ? 'already in the journal' : '', entry.date ? '' : 'no date'].filter(Boolean).join(', ');
      // A date that is not a day says how the file put it: "2023-04-01 (Q2 2023)".
      const when = entry.date && entry.datePrecision && entry.datePrecision !== 'day' ? `${entry.date} (${entry.dateText})` : entry.date;
      out.push(
        `  ${when ?? '????-??-??'}  ${entry.title}  [${entry.section}${entry.themes.length ? ` #${entry.themes.join(' #')}` : ''}]${flags ? `  (${flags})` : ''}`,
      );
      const understood = [
        entry.kind === 'accomplishment' ? '' : `kind: ${entry.kind}`,
        entry.people.length ? `people: ${entry.people.map((p) => (entry.roles?.[p] ? `${p} (${entry.roles[p]})` : p)).join(', ')}` : '',
        entry.impact ? `impact: ${entry.impact}` : '',
      ].filter(Boolean);
      if (understood.length > 0) out.push(`      ${understood.join(' · ')}`);
      for (const warning of entry.warnings) out.push(`      ! ${warning}`);
      // An undated item's day is asked by --default-date (or --answer <n>:date=<day>) below.
      for (const guess of entry.guesses ?? []) {
        if (guess.kind === 'date') continue;
        const choices = guess.answerType === 'choice' ? guess.choices.map((c) => c.value).join(' | ') : `a ${guess.answerType}`;
        out.push(
          `      ? ${guess.question}  --answer '${guess.id}=…'  (${choices}; ${guess.answered ? 'answered' : 'now'} ${guess.answer})`,
        );
      }
    }
    for (const goal of preview.goals)
      out.push(`  goal ${goal.year}: ${goal.title} (${goal.status}${goal.exists ? ', already there' : ''})`);
  }
  for (const warning of preview.warnings) out.push(`! ${warning}`);
  if (preview.undated > 0) out.push(`Give --default-date <day> to date the ${preview.undated} undated items.`);
  const open = preview.entries.reduce((n, e) => n + (e.guesses ?? []).filter((g) => g.kind !== 'date' && !g.answered).length, 0);
  if (open > 0) out.push(`${open} guesses (?) can be answered with --answer <id>=<answer>, in the dry run and the import.`);
  return `${out.join('\n')}\n`;
}
