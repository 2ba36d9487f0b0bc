import { declarePeriod, defineCommand, noWords, periodChoice, type PeriodOptions } from '../command';
import { printJson } from '../format';

export default defineCommand({
  declare(command) {
    declarePeriod(command);
  },
  async check(words, options: PeriodOptions, io) {
    noWords(words, 'summary');
    return { period: await periodChoice(options, io, 'summary') };
  },
  execute({ period }, { call, io, json }) {
    const draft = call('review.summary', { period });
    io.stdout(json ? printJson(draft) : `${draft.markdown.trimEnd()}\n`);
  },
});
