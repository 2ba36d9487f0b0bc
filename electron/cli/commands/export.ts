import path from 'node:path';
import type { Input } from '../../../shared/api/contract';
import { ChronicleError } from '../../../shared/api/errors';
import { collect, declarePeriod, defineCommand, periodChoice, type PeriodOptions, UsageError } from '../command';

interface ExportOptions extends PeriodOptions {
  out?: string;
  draft?: string;
  entry?: string;
  query?: string;
  theme?: string[];
  format?: string;
  folder?: boolean;
}

const EXPORT_KINDS = ['brag', 'blog', 'theme', 'entry', 'search', 'packet', 'bullets', 'archive'] as const;

type Checked = { what: Input<'export.file'>; themeName?: string; out?: string } | { what: 'folder'; out: string };

export default defineCommand({
  declare(command) {
    command
      .argument('[what]', EXPORT_KINDS.join(' | '))
      .option('--out <path>', 'write to this file or folder (stdout by default)')
      .option('--draft <id>', 'the saved draft, for blog, packet and bullets (see summary --save)')
      .option('--entry <id>', 'the entry, for entry')
      .option('--query <words>', 'the search, for search')
      .option('--theme <name>', 'the theme, for theme', collect)
      .option('--format <format>', 'markdown or json, for archive (markdown by default)')
      .option('--folder', 'archive as a folder of Markdown files (needs --out)');
    declarePeriod(command);
    command.addHelpText(
      'after',
      '\nexamples:\n  chronicle export brag --year 2026 --out brag-2026.md\n  chronicle export blog --draft <id>\n  chronicle export archive --folder --out ~/chronicle-archive',
    );
  },
  async check(words, options: ExportOptions, io): Promise<Checked> {
    const [kind, ...extra] = words;
    if (!kind || extra.length > 0 || !(EXPORT_KINDS as readonly string[]).includes(kind)) {
      throw new UsageError(`export needs what to export: ${EXPORT_KINDS.join(', ')}`);
    }
    const need = (value: string | undefined, flag: string) => {
      if (!value) throw new UsageError(`export ${kind} needs --${flag}`);
      return value;
    };
    const out = options.out;
    switch (kind) {
      case 'brag':
        return { what: { kind: 'brag', period: await periodChoice(options, io, 'export brag') }, out };
      case 'blog':
        return { what: { kind: 'blog', draftId: need(options.draft, 'draft <id>') }, out };
      case 'packet':
        return { what: { kind: 'packet', draftId: need(options.draft, 'draft <id>') }, out };
      case 'bullets':
        return { what: { kind: 'bullets', draftId: need(options.draft, 'draft <id>') }, out };
      case 'entry':
        return { what: { kind: 'entry', entryId: need(options.entry, 'entry <id>') }, out };
      case 'search':
        return { what: { kind: 'search', query: need(options.query, 'query "<words>"') }, out };
      case 'theme':
        if ((options.theme?.length ?? 0) !== 1) throw new UsageError('export theme needs one --theme <name>');
        return { what: { kind: 'themePost', themeId: '' }, themeName: options.theme?.[0], out };
      default: {
        if (options.folder) {
          if (!out) throw new UsageError('export archive --folder needs --out <folder>');
          return { what: 'folder', out };
        }
        const format = options.format ?? 'markdown';
        if (format !== 'markdown' && format !== 'json') throw new UsageError(`--format: "${format}" is not markdown or json`);
        return { what: { kind: 'archive', format }, out };
      }
    }
  },
  execute(checked, { call, io }) {
    if (checked.what === 'folder') {
      // Written in the backend as the journal is read: a big journal never sits in memory whole.
      const saved = call('export.save', { export: { kind: 'folder' }, to: path.resolve(checked.out) });
      return io.stdout(`Wrote ${saved.files} files to ${checked.out}\n`);
    }
    let input = checked.what;
    const { out, themeName } = checked as { out?: string; themeName?: string };
    if (input.kind === 'themePost') {
      const wanted = (themeName ?? '').trim().toLocaleLowerCase();
      const theme = call('themes.list', {}).find((t) => t.name.toLocaleLowerCase() === wanted);
      if (!theme) throw new ChronicleError('not_found', `No theme is named "${themeName}"`);
      input = { kind: 'themePost', themeId: theme.id };
    }
    if (!out) return io.stdout(call('export.file', input).content);
    // A folder given as --out gets the file under its own name (export.save decides, as it writes).
    const saved = call('export.save', { export: input, to: path.resolve(out) });
    const target = saved.path === path.resolve(out) ? out : path.join(out, saved.fileName);
    io.stdout(`Wrote ${target}\n`);
  },
});
