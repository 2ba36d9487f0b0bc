import { declarePeriod, defineCommand, noWords, periodChoice, type PeriodOptions, printSavedDraft, SAVE_OPTION, UsageError } from '../command';
import { printJson } from '../format';

export default defineCommand({
  declare(command) {
    command.option('--format <format>', 'xyz (what, how much, how) or short (xyz by default)');
    declarePeriod(command).option(...SAVE_OPTION);
  },
  async check(words, options: PeriodOptions & { format?: string; save?: boolean }, io) {
    noWords(words, 'bullets');
    const format = options.format ?? 'xyz';
    if (format !== 'xyz' && format !== 'short') throw new UsageError(`--format: "${format}" is not xyz or short`);
    return { period: await periodChoice(options, io, 'bullets'), format: format as 'xyz' | 'short', save: options.save === true };
  },
  execute({ period, format, save }, { call, io, json }) {
    if (save) return printSavedDraft(call('drafts.create', { kind: 'bullets', period, format }), 'bullets', io, json);
    const drafts = call('review.bullets', { period, format });
    if (json) return io.stdout(printJson(drafts));
    if (drafts.length === 0) return io.stdout('No entries to draft bullets from in that period.\n');
    io.stdout(`${drafts.map((d) => `- ${d.text}`).join('\n')}\n`);
    const flagged = drafts.filter((d) => d.warnings.length > 0).length;
    if (flagged > 0) io.stderr(`${flagged} of ${drafts.length} bullets have notes (weak openers, missing numbers…): see --json\n`);
  },
});
