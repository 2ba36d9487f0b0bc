import { defineCommand, limit, UsageError } from '../command';
import { printJson, render, themeList } from '../format';

export default defineCommand({
  declare(command) {
    command
      .argument('[query...]', 'words to find; "quoted phrases", prefix*, -without, OR')
      .option('--limit <n>', 'at most this many matches (20 by default, 200 at most)')
      .addHelpText('after', '\nexample:\n  chronicle search "design review" --limit 5');
  },
  check(words, options: { limit?: string }) {
    if (words.length === 0) throw new UsageError('search needs a query: chronicle search "design review"');
    return { query: words.join(' '), limit: limit(options.limit, 20) };
  },
  execute(options, { call, io, json }) {
    const result = call('entries.search', { query: options.query, limit: Math.min(200, options.limit) });
    if (json) return io.stdout(printJson(result));
    if (result.hits.length === 0) return io.stdout('No matches.\n');
    for (const hit of result.hits) {
      io.stdout(`${hit.entry.date}  ${render(hit.title, io.isTty)}${themeList(hit.entry.themes)}\n`);
      const snippet = render(hit.snippet, io.isTty).replace(/\s+/g, ' ').trim();
      if (snippet) io.stdout(`            ${snippet}\n`);
    }
  },
});
