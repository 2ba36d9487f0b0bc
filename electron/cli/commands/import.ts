import fs from 'node:fs';
import path from 'node:path';
import type { Input, Output } from '../../../shared/api/contract';
import { ChronicleError } from '../../../shared/api/errors';
import { readFolder } from '../../core/exchange/atomicWrite';
import { day, defineCommand, UsageError } from '../command';
import { printJson } from '../format';

interface ImportOptions {
  dryRun?: boolean;
  defaultDate?: string;
  includeDuplicates?: boolean;
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
      .option('--include-duplicates', 'also add entries that are already in the journal');
  },
  async check(words, options: ImportOptions, io) {
    if (words.length !== 1) throw new UsageError('import takes one file or folder: chronicle import brag-2019.md');
    return {
      source: words[0] as string,
      dryRun: options.dryRun === true,
      defaultDate: await day(options.defaultDate, '--default-date', io),
      includeDuplicates: options.includeDuplicates === true,
    };
  },
  execute(options, { call, io, json }) {
    const source = path.resolve(options.source);
    if (!fs.existsSync(source)) throw new ChronicleError('not_found', `${options.source} does not exist`);
    const stat = fs.statSync(source);
    const fileName = path.basename(source);
    let input: Input<'import.preview'>;
    if (stat.isDirectory()) {
      input = { fileName, folder: readFolder(source), defaultDate: options.defaultDate, includeDuplicates: options.includeDuplicates };
    } else {
      // The backend reads the file itself: a big JSON export in a stream, anything else whole
      // (and refused past 10 MB with the reason), so nothing huge is read into memory here.
      input = {
        fileName,
        path: source,
        defaultDate: options.defaultDate,
        includeDuplicates: options.includeDuplicates,
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
      out.push(
        `  ${entry.date ?? '????-??-??'}  ${entry.title}  [${entry.section}${entry.themes.length ? ` #${entry.themes.join(' #')}` : ''}]${flags ? `  (${flags})` : ''}`,
      );
      for (const warning of entry.warnings) out.push(`      ! ${warning}`);
    }
    for (const goal of preview.goals)
      out.push(`  goal ${goal.year}: ${goal.title} (${goal.status}${goal.exists ? ', already there' : ''})`);
  }
  for (const warning of preview.warnings) out.push(`! ${warning}`);
  if (preview.undated > 0) out.push(`Give --default-date <day> to date the ${preview.undated} undated items.`);
  return `${out.join('\n')}\n`;
}
