import { declarePeriod, defineCommand, noWords, periodChoice, type PeriodOptions, printSavedDraft, SAVE_OPTION } from '../command';
import { printJson } from '../format';

export default defineCommand({
  declare(command) {
    declarePeriod(command).option(...SAVE_OPTION);
  },
  async check(words, options: PeriodOptions & { save?: boolean }, io) {
    noWords(words, 'summary');
    return { period: await periodChoice(options, io, 'summary'), save: options.save === true };
  },
  execute({ period, save }, { call, io, json }) {
    if (save) return printSavedDraft(call('drafts.create', { kind: 'summary', period }), 'blog', io, json);
    const draft = call('review.summary', { period });
    io.stdout(json ? printJson(draft) : `${draft.markdown.trimEnd()}\n`);
  },
});
