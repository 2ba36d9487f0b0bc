import path from 'node:path';
import { Command, CommanderError } from 'commander';
import type { Output } from '../../shared/api/contract';
import { ChronicleError } from '../../shared/api/errors';
import { oneLine, quoted } from '../../shared/domain/quoted';
import { SECTIONS } from '../../shared/domain/sections';
import type { Backend } from '../core/backend';
import { defaultDatabasePath } from '../core/paths';
import { type Call, type CliCommand, type CliIo, UsageError } from './command';
import { COMMANDS, type CommandListing } from './commands';

export type { CliIo } from './command';

const EXIT_CODES = `exit codes:
  0  done
  1  the journal refused it (a rule, something missing, a file that is not a journal); nothing was written
  2  the command line is wrong (unknown command or option, a day that is not a day); nothing was written`;

const NOTES = `<period> is --year <y>, or --from <day> --to <day>, or --since-last-review
<day> is yyyy-MM-dd, today, yesterday, "last friday", "3 days ago"...
--json prints machine-readable output. Without --db, the desktop app's journal is used
(override with CHRONICLE_DB). --new-journal lets an existing empty file become a new journal
(an empty journal file is otherwise refused: it is usually a copy that was cut off).
sections: ${SECTIONS.map((s) => s.id).join(', ')}

"chronicle <command> --help" shows a command's options.

${EXIT_CODES}`;

interface Chosen {
  listing: CommandListing;
  command: Command;
  module: CliCommand<never, unknown>;
  parsed: boolean;
}

/** Runs one command line; returns the exit code. Writes nothing when it fails. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  if (argv.length === 0) {
    io.stderr(program.helpInformation());
    return 2;
  }
  // `chronicle help add` is `chronicle add --help`.
  const args = argv[0] === 'help' ? [...argv.slice(1), '--help'] : argv;
  let chosen: Chosen | undefined;
  program.hook('preSubcommand', async (_root, command) => {
    const listing = COMMANDS.find((c) => c.name === command.name()) as CommandListing;
    const module = (await listing.load()).default;
    module.declare(command);
    command.usage(listing.usage).allowExcessArguments().addHelpText('after', `\n${EXIT_CODES}`);
    const picked: Chosen = { listing, command, module, parsed: false };
    command.action(() => {
      picked.parsed = true;
    });
    chosen = picked;
  });

  let backend: Backend | undefined;
  try {
    await program.parseAsync(args, { from: 'user' });
    if (!chosen?.parsed) return 2;
    const { db, json, newJournal }: { db?: string; json?: boolean; newJournal?: boolean } = program.opts();
    const words = chosen.command.args;
    const checked = await chosen.module.check(words, chosen.command.opts<never>(), io);
    const databasePath = path.resolve(db ?? defaultDatabasePath(io.env));
    if (chosen.module.withoutJournal) {
      await chosen.module.withoutJournal(checked, databasePath, io);
      return 0;
    }
    const { openBackend } = await import('../core/backend');
    backend = openBackend({ databasePath, externalPollMs: 0, newJournal: newJournal === true, readLocalFiles: true });
    await chosen.module.execute(checked, { call: makeCall(backend), io, json: json === true, backend });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return await commanderFailure(error, chosen, io);
    if (error instanceof UsageError) {
      io.stderr(`chronicle: ${oneLine(error.message)}\n`);
      return 2;
    }
    const message = error instanceof ChronicleError || error instanceof Error ? error.message : String(error);
    io.stderr(`chronicle: ${oneLine(message)}\n`);
    return 1;
  } finally {
    backend?.close();
  }
}

function buildProgram(io: CliIo): Command {
  const program = new Command('chronicle')
    .description('Your brag document from the command line: record what you did, find it, and turn it into reviews.')
    .usage('[--db <file>] [--json] <command> [options]')
    .option('--db <file>', 'the journal file (the desktop app’s journal by default)')
    .option('--json', 'machine-readable output')
    .option('--new-journal', 'let an existing empty file become a new journal')
    .helpOption('-h, --help', 'show help')
    .helpCommand(false)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined })
    .configureHelp({
      showGlobalOptions: true,
      subcommandTerm: (command) => `${command.name()} ${COMMANDS.find((c) => c.name === command.name())?.usage ?? ''}`.trim(),
    })
    .addHelpText('after', `\n${NOTES}`);
  for (const listing of COMMANDS) {
    program.command(listing.name).description(listing.summary);
  }
  return program;
}

/** Commander's own refusals, said the Chronicle way: one line, exit code 2. */
async function commanderFailure(error: CommanderError, chosen: Chosen | undefined, io: CliIo): Promise<number> {
  if (error.code === 'commander.helpDisplayed') return 0;
  // Help already went to stderr (no command was given).
  if (error.code === 'commander.help') return 2;
  const seeHelp = chosen ? `chronicle ${chosen.listing.name} --help` : 'chronicle --help';
  const name = /'([^']*)'/.exec(error.message)?.[1] ?? '';
  let message: string;
  switch (error.code) {
    case 'commander.unknownCommand':
      message = `unknown command ${quoted(name)}`;
      break;
    case 'commander.unknownOption': {
      const flag = name.split('=')[0] ?? name;
      message =
        chosen && (await someCommandTakes(flag)) ? `${flag} does not apply to "${chosen.listing.name}"` : `Unknown option '${name}'`;
      break;
    }
    case 'commander.optionMissingArgument':
      message = `${name.split(' ')[0]} needs a value`;
      break;
    default:
      message = error.message.replace(/^error: /, '').split('\n')[0] ?? error.message;
  }
  io.stderr(`chronicle: ${oneLine(message)} (see ${seeHelp})\n`);
  return 2;
}

/** Whether another command has this option (only asked when a command refused it). */
async function someCommandTakes(flag: string): Promise<boolean> {
  for (const listing of COMMANDS) {
    const command = new Command(listing.name);
    (await listing.load()).default.declare(command);
    if (command.options.some((option) => option.long === flag || option.short === flag)) return true;
  }
  return false;
}

function makeCall(backend: Backend): Call {
  return (method, input) => {
    const result = backend.dispatch(method, input);
    if (!result.ok) throw ChronicleError.from(result.error);
    return result.value as Output<typeof method>;
  };
}
