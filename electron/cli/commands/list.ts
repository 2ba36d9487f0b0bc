import { ChronicleError } from '../../../shared/api/errors';
import type { EntryListItem } from '../../../shared/domain/model';
import { day, defineCommand, limit, UsageError } from '../command';
import { printJson, themeList } from '../format';

interface ListOptions {
  from?: string;
  to?: string;
  theme?: string;
  limit?: string;
}

export default defineCommand({
  declare(command) {
    command
      .option('--from <day>', 'only entries on or after this day')
      .option('--to <day>', 'only entries on or before this day')
      .option('--theme <name>', 'only entries with this theme')
      .option('--limit <n>', 'at most this many entries (100 by default)');
  },
  async check(words, options: ListOptions, io) {
    if (words.length > 0) throw new UsageError(`list takes no words; did you mean: chronicle search "${words.join(' ')}"?`);
    return {
      from: await day(options.from, '--from', io),
      to: await day(options.to, '--to', io),
      themeName: options.theme,
      limit: limit(options.limit, 100),
    };
  },
  execute(options, { call, io, json }) {
    let themeId: string | undefined;
    if (options.themeName !== undefined) {
      const wanted = options.themeName.trim().toLocaleLowerCase();
      const theme = call('themes.list', {}).find((t) => t.name.toLocaleLowerCase() === wanted);
      if (!theme) throw new ChronicleError('not_found', `No theme is named "${options.themeName}"`);
      themeId = theme.id;
    }
    const items: EntryListItem[] = [];
    let cursor: string | undefined;
    let more: boolean;
    do {
      const page = call('entries.list', {
        from: options.from,
        to: options.to,
        themeId,
        limit: Math.min(500, options.limit - items.length),
        cursor,
      });
      items.push(...page.items);
      cursor = page.nextCursor ?? undefined;
      more = cursor !== undefined;
    } while (more && items.length < options.limit);
    if (json) return io.stdout(printJson(items));
    if (items.length === 0) return io.stdout('No entries.\n');
    for (const item of items) {
      io.stdout(`${item.date}  ${item.starred ? '★ ' : ''}${item.title}${themeList(item.themes)}\n`);
    }
    if (more) io.stdout(`… more entries; raise --limit or narrow with --from/--to\n`);
  },
});
