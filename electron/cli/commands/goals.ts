import { ChronicleError } from '../../../shared/api/errors';
import type { Goal } from '../../../shared/domain/model';
import { type Call, defineCommand, UsageError } from '../command';
import { printJson } from '../format';

const GOAL_MARKS = { open: '[ ]', achieved: '[x]', dropped: '[-]' } as const;

interface GoalsOptions {
  year?: string;
  description?: string;
}

type Checked =
  | { action: 'list'; year: number }
  | { action: 'add'; year: number; title: string; description: string }
  | { action: 'link'; goal: string; entryId: string; year?: number };

export default defineCommand({
  declare(command) {
    command
      .argument('[action]', 'add or link; without one, lists the goals')
      .argument('[words...]', 'add: the goal in quotes; link: the goal (id or exact title), then the entry id')
      .option('--year <year>', 'the year (this year by default)')
      .option('--description <text>', 'for add: what reaching the goal looks like')
      .addHelpText(
        'after',
        '\nexamples:\n  chronicle goals --year 2026\n  chronicle goals add "Grow into the tech lead role"\n  chronicle goals link "Grow into the tech lead role" <entry id>   (ids: chronicle list --json)',
      );
  },
  check(words, options: GoalsOptions, io): Checked {
    const yearGiven = options.year !== undefined;
    const year = yearGiven ? Number(options.year) : io.now().getFullYear();
    if (yearGiven && !/^\d{1,5}$/.test(options.year as string)) throw new UsageError(`--year: "${options.year}" is not a year`);
    const [action, ...rest] = words;
    if (action === undefined) {
      if (options.description !== undefined) throw new UsageError('--description goes with goals add');
      return { action: 'list', year };
    }
    if (action === 'add') {
      if (rest.length !== 1) throw new UsageError('goals add takes the goal in quotes: chronicle goals add "Speak at a conference"');
      return { action: 'add', year, title: rest[0] as string, description: options.description ?? '' };
    }
    if (action === 'link') {
      if (rest.length !== 2)
        throw new UsageError('goals link takes a goal and an entry: chronicle goals link <goal id or title> <entry id>');
      if (options.description !== undefined) throw new UsageError('--description goes with goals add');
      return { action: 'link', goal: rest[0] as string, entryId: rest[1] as string, year: yearGiven ? year : undefined };
    }
    throw new UsageError(`goals takes add or link, not "${action}"; use --year to pick a year`);
  },
  execute(checked, { call, io, json }) {
    if (checked.action === 'add') {
      const goal = call('goals.create', { year: checked.year, title: checked.title, description: checked.description, status: 'open' });
      if (json) return io.stdout(printJson(goal));
      return io.stdout(`Added the goal "${goal.title}" for ${goal.year} (id ${goal.id})\n`);
    }
    if (checked.action === 'link') {
      const goal = findGoal(call, checked.goal, checked.year);
      const linked = call('goals.link', { goalId: goal.id, entryId: checked.entryId });
      if (json) return io.stdout(printJson(linked));
      const entry = call('entries.get', { id: checked.entryId });
      return io.stdout(`Linked "${entry.title}" (${entry.date}) to the goal "${linked.title}"\n`);
    }
    const list = call('goals.list', { year: checked.year });
    const detailed = list.map((goal) => call('goals.get', { id: goal.id }));
    if (json) return io.stdout(printJson(detailed));
    if (detailed.length === 0) return io.stdout(`No goals for ${checked.year}.\n`);
    const out: string[] = [`Goals for ${checked.year}`];
    for (const goal of detailed) {
      out.push('', `${GOAL_MARKS[goal.status]} ${goal.title}  (${goal.status})`);
      if (goal.evidence.length === 0) out.push('    no evidence yet');
      for (const item of goal.evidence) out.push(`    ${item.date}  ${item.title}`);
    }
    io.stdout(`${out.join('\n')}\n`);
  },
});

/** A goal by its id, or by its exact title (ignoring case) when exactly one goal has it. */
function findGoal(call: Call, wanted: string, year: number | undefined): Goal {
  const goals = call('goals.list', year === undefined ? {} : { year });
  const byId = goals.find((g) => g.id === wanted);
  if (byId) return byId;
  const title = wanted.trim().toLocaleLowerCase();
  const named = goals.filter((g) => g.title.toLocaleLowerCase() === title);
  if (named.length === 1) return named[0] as Goal;
  if (named.length > 1) {
    throw new ChronicleError(
      'conflict',
      `${named.length} goals are titled "${wanted}" (${named.map((g) => g.year).join(', ')}); give --year or the goal's id`,
    );
  }
  throw new ChronicleError('not_found', `No goal is titled "${wanted}"${year === undefined ? '' : ` in ${year}`}`);
}
