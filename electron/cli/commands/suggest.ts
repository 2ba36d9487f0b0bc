import path from 'node:path';
import { ChronicleError } from '../../../shared/api/errors';
import { collect, day, defineCommand, UsageError } from '../command';
import { printJson, themeList } from '../format';

interface SuggestOptions {
  git?: string[];
  author?: string[];
  since?: string;
  until?: string;
  add?: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export default defineCommand({
  declare(command) {
    command
      .option('--git <repo>', 'a repository folder to read (repeat for more; Settings’ list when left out)', collect)
      .option('--author <email>', 'an email that is you (repeat for more; Settings’ list when left out)', collect)
      .option('--since <day>', 'the first day (this week’s Monday by default)')
      .option('--until <day>', 'the last day (today when --since is given)')
      .option('--add <n>', 'add the n-th suggestion as an entry')
      .addHelpText('after', '\nReads your own git, read-only; writes nothing unless --add is given.');
  },
  async check(words, options: SuggestOptions, io) {
    if (words.length > 0) throw new UsageError('suggest takes only options: chronicle suggest --git ~/code/api --since "last monday"');
    let add: number | undefined;
    if (options.add !== undefined) {
      add = Number(options.add);
      if (!Number.isInteger(add) || add < 1) throw new UsageError('--add takes the number of a suggestion as listed, such as --add 2');
    }
    const from = await day(options.since, '--since', io);
    const to = (await day(options.until, '--until', io)) ?? (from ? await day('today', '--until', io) : undefined);
    if (from && to && from > to) throw new UsageError('--since is after --until');
    return {
      input: {
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(options.git ? { repositories: options.git.map((repo) => path.resolve(repo)) } : {}),
        ...(options.author ? { authors: options.author } : {}),
      },
      add,
    };
  },
  execute({ input, add }, { call, io, json }) {
    const list = call('suggestions.list', input);
    if (list.authors.length === 0)
      throw new ChronicleError('invalid_input', 'No author email: give --author you@example.com (or add your emails in Settings).');
    if (list.sources.length === 0)
      throw new ChronicleError('invalid_input', 'No repository: give --git <folder> (or add repositories in Settings).');
    if (add !== undefined) {
      for (const source of list.sources) if (source.problem) io.stderr(`! ${source.problem}\n`);
      const picked = list.suggestions[add - 1];
      if (!picked) throw new ChronicleError('not_found', `There is no suggestion ${add}; there are ${list.suggestions.length}.`);
      const entry = call('suggestions.add', {
        id: picked.id,
        from: list.from,
        to: list.to,
        repositories: input.repositories,
        authors: input.authors,
      });
      if (json) return io.stdout(printJson(entry));
      io.stdout(
        `Added "${entry.title}" on ${entry.date}${themeList(entry.themes)} (${plural(picked.commits.length, 'commit')} remembered)\n`,
      );
      return;
    }
    if (json) return io.stdout(printJson(list));
    const out: string[] = [];
    for (const source of list.sources) if (source.problem) out.push(`! ${source.problem}`);
    if (list.suggestions.length === 0) out.push(`No new work found from ${list.from} to ${list.to} for ${list.authors.join(', ')}.`);
    list.suggestions.forEach((s, i) => {
      const group = s.group.kind === 'pr' ? `  PR #${s.group.number}` : s.group.kind === 'branch' ? `  branch ${s.group.name}` : '';
      out.push(`${i + 1}. ${s.title}`);
      out.push(
        `   ${s.from === s.to ? s.to : `${s.from} to ${s.to}`}  #${s.repositoryName}  ${plural(s.commits.length, 'commit')}${group}`,
      );
      for (const line of s.body.split('\n')) out.push(`   ${line}`);
    });
    if (list.suggestions.length > 0) out.push('Add one with: chronicle suggest … --add <n>');
    io.stdout(`${out.join('\n')}\n`);
  },
});
