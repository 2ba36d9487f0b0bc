import { defineCommand, UsageError } from '../command';
import { printJson } from '../format';

const GOAL_MARKS = { open: '[ ]', achieved: '[x]', dropped: '[-]' } as const;

export default defineCommand({
  declare(command) {
    command.option('--year <year>', 'the year (this year by default)');
  },
  check(words, options: { year?: string }, io) {
    if (words.length > 0) throw new UsageError('goals takes no words; use --year to pick a year');
    const year = options.year === undefined ? io.now().getFullYear() : Number(options.year);
    if (!/^\d{1,5}$/.test(options.year ?? String(year))) throw new UsageError(`--year: "${options.year}" is not a year`);
    return { year };
  },
  execute(options, { call, io, json }) {
    const list = call('goals.list', { year: options.year });
    const detailed = list.map((goal) => call('goals.get', { id: goal.id }));
    if (json) return io.stdout(printJson(detailed));
    if (detailed.length === 0) return io.stdout(`No goals for ${options.year}.\n`);
    const out: string[] = [`Goals for ${options.year}`];
    for (const goal of detailed) {
      out.push('', `${GOAL_MARKS[goal.status]} ${goal.title}  (${goal.status})`);
      if (goal.evidence.length === 0) out.push('    no evidence yet');
      for (const item of goal.evidence) out.push(`    ${item.date}  ${item.title}`);
    }
    io.stdout(`${out.join('\n')}\n`);
  },
});
