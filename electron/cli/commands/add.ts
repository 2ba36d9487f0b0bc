import { ENTRY_KINDS, type EntryKind, KIND_LABELS } from '../../../shared/domain/model';
import { findSection, SECTIONS, sectionInfo } from '../../../shared/domain/sections';
import { collect, day, defineCommand, UsageError } from '../command';
import { printJson, themeList } from '../format';

interface AddOptions {
  date?: string;
  theme?: string[];
  section?: string;
  impact?: string;
  star?: boolean;
  kind?: string;
  person?: string[];
}

export default defineCommand({
  declare(command) {
    command
      .argument('[title]', 'what you did, in quotes')
      .option('--date <day>', 'the day it happened (today by default)')
      .option('--theme <name>', 'a theme, created if new (repeatable)', collect)
      .option('--section <name>', `one of ${SECTIONS.map((s) => s.id).join(', ')} (projects by default)`)
      .option('--impact <text>', 'what happened because of it')
      .option('--star', 'mark it as a highlight')
      .option('--kind <kind>', `${ENTRY_KINDS.join(', ')} (accomplishment by default)`)
      .option('--person <name>', 'someone who was part of it, or gave the kudos (repeatable)', collect)
      .addHelpText('after', '\nexample:\n  chronicle add "Led the CI migration" --theme leadership --impact "Builds 3x faster" --star');
  },
  async check(words, options: AddOptions, io) {
    if (words.length !== 1) throw new UsageError('add takes one title in quotes: chronicle add "Shipped the importer"');
    const section = options.section === undefined ? 'projects' : findSection(options.section);
    if (!section) {
      throw new UsageError(`--section: "${options.section}" is not a section; use one of ${SECTIONS.map((s) => s.id).join(', ')}`);
    }
    const kind = options.kind ?? 'accomplishment';
    if (!isKind(kind)) throw new UsageError(`--kind: "${kind}" is not a kind; use one of ${ENTRY_KINDS.join(', ')}`);
    return {
      title: words[0] as string,
      kind,
      people: options.person ?? [],
      date: (await day(options.date ?? 'today', '--date', io)) as string,
      section,
      impact: options.impact ?? '',
      newThemes: options.theme ?? [],
      starred: options.star === true,
    };
  },
  execute(input, { call, io, json }) {
    const entry = call('entries.create', input);
    if (json) return io.stdout(printJson(entry));
    const kind = entry.kind === 'accomplishment' ? '' : `, ${KIND_LABELS[entry.kind].toLowerCase()}`;
    const people = entry.people.length ? ` with ${entry.people.map((p) => p.name).join(', ')}` : '';
    io.stdout(`Added "${entry.title}" on ${entry.date} (${sectionInfo(entry.section).label}${kind})${people}${themeList(entry.themes)}\n`);
  },
});

function isKind(value: string): value is EntryKind {
  return (ENTRY_KINDS as readonly string[]).includes(value);
}
