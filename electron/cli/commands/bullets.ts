import {
  declarePeriod,
  defineCommand,
  noWords,
  periodChoice,
  type PeriodOptions,
  printSavedDraft,
  SAVE_OPTION,
  UsageError,
} from '../command';
import { BULLET_RANK_RULE } from '../../../shared/domain/review/bullets';
import { printJson } from '../format';

function isBulletFormat(format: string): format is 'xyz' | 'short' {
  return format === 'xyz' || format === 'short';
}

export default defineCommand({
  declare(command) {
    command.option('--format <format>', 'xyz (what, how much, how) or short (xyz by default)');
    command.option('--all', 'every bullet, not only the best 8-12 of the period');
    declarePeriod(command).option(...SAVE_OPTION);
  },
  async check(words, options: PeriodOptions & { format?: string; save?: boolean; all?: boolean }, io) {
    noWords(words, 'bullets');
    const format = options.format ?? 'xyz';
    if (!isBulletFormat(format)) throw new UsageError(`--format: "${format}" is not xyz or short`);
    return { period: await periodChoice(options, io, 'bullets'), format, save: options.save === true, all: options.all === true };
  },
  execute({ period, format, save, all }, { call, io, json }) {
    if (save) return printSavedDraft(call('drafts.create', { kind: 'bullets', period, format }), 'bullets', io, json);
    const every = call('review.bullets', { period, format });
    // Best first; by default only the set a careful editor would keep.
    const ranked = [...every].sort((a, b) => a.rank - b.rank);
    const drafts = all ? ranked : ranked.filter((d) => d.inDefaultSet);
    if (json) return io.stdout(printJson(drafts));
    if (drafts.length === 0) return io.stdout('No entries to draft bullets from in that period.\n');
    io.stdout(`${drafts.map((d) => `- ${d.text}`).join('\n')}\n`);
    if (io.isStderrTty) io.stderr(`${BULLET_RANK_RULE}\n`);
    const hidden = every.length - drafts.length;
    if (hidden > 0) io.stderr(`${hidden} more ${hidden === 1 ? 'bullet' : 'bullets'} left out: --all shows every one\n`);
    const flagged = drafts.filter((d) => d.warnings.length > 0).length;
    if (flagged > 0) io.stderr(`${flagged} of ${drafts.length} bullets have notes (weak openers, missing numbers…): see --json\n`);
  },
});
