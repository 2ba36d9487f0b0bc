import { declarePeriod, defineCommand, noWords, periodChoice, type PeriodChoice, type PeriodOptions, UsageError } from '../command';
import { printJson } from '../format';

export default defineCommand({
  declare(command) {
    command.option('--for <reader>', 'manager or peer');
    declarePeriod(command);
  },
  async check(words, options: PeriodOptions & { for?: string }, io): Promise<{ period: PeriodChoice; reader: 'manager' | 'peer' }> {
    noWords(words, 'packet');
    const reader = options.for;
    if (reader !== 'manager' && reader !== 'peer') throw new UsageError('packet needs --for manager or --for peer');
    return { period: await periodChoice(options, io, 'packet'), reader };
  },
  execute({ period, reader }, { call, io, json }) {
    const draft = call('review.packet', { period, reader });
    io.stdout(json ? printJson(draft) : `${draft.markdown.trimEnd()}\n`);
  },
});
