import {
  declarePeriod,
  defineCommand,
  noWords,
  periodChoice,
  type PeriodChoice,
  type PeriodOptions,
  printSavedDraft,
  SAVE_OPTION,
  UsageError,
} from '../command';
import { printJson } from '../format';

export default defineCommand({
  declare(command) {
    command.option('--for <reader>', 'manager or peer');
    declarePeriod(command).option(...SAVE_OPTION);
  },
  async check(
    words,
    options: PeriodOptions & { for?: string; save?: boolean },
    io,
  ): Promise<{ period: PeriodChoice; reader: 'manager' | 'peer'; save: boolean }> {
    noWords(words, 'packet');
    const reader = options.for;
    if (reader !== 'manager' && reader !== 'peer') throw new UsageError('packet needs --for manager or --for peer');
    return { period: await periodChoice(options, io, 'packet'), reader, save: options.save === true };
  },
  execute({ period, reader, save }, { call, io, json }) {
    if (save) return printSavedDraft(call('drafts.create', { kind: 'packet', period, reader }), 'packet', io, json);
    const draft = call('review.packet', { period, reader });
    io.stdout(json ? printJson(draft) : `${draft.markdown.trimEnd()}\n`);
  },
});
