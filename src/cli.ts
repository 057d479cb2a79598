import { Command, CommanderError, Option } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import { commands, groups } from './commands/index.js';
import { makeEnv, formats } from './commands/env.js';
import { CliError, ExitCode, UsageError } from './errors.js';
import { suggest } from './suggest.js';
import { helpTopic, helpTopics } from './help-topics.js';
import { chalkFor, processIo, useColor, type Io } from './io.js';

/**
 * Runs the CLI on `argv` (without node and script) and returns the exit code. This is the only
 * place errors become messages and exit codes; nothing below it prints errors or exits.
 */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  // Colour is decided before parsing, since commander's own messages are printed during it.
  const color = useColor(io, colorFlag(argv));
  const env = makeEnv(io, { chalk: chalkFor(color), color, columns: io.columns });
  const program = buildProgram(io, env);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return env.exitCode;
  } catch (error) {
    return handle(error, io);
  }
}

function buildProgram(io: Io, env: ReturnType<typeof makeEnv>): Command {
  const program = new Command('astana')
    .description('Query the sourced dataset of the Astana-format talks on Syria (2017–2024).')
    .version(pkg.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--data <dir>', 'data directory (default: the bundled data; env ASTANA_DATA)')
    .addOption(new Option('--format <format>', `output format: ${formats.join(', ')} (default: table on a terminal, tsv when piped)`))
    .option('--json', 'the same as --format json')
    .option('--fields <names>', 'only these comma-separated fields (json, ndjson, csv, tsv, yaml)')
    .option('--keep-formulas', "csv, tsv: leave cells that begin with = + - @ as they are (default: a leading ' makes spreadsheets show them as text)")
    .addOption(new Option('--color <when>', 'colour: auto (a terminal, unless NO_COLOR or TERM=dumb), always, never').choices(['auto', 'always', 'never']).default('auto'))
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .addHelpText('after', "\nExit codes: 0 ok, 1 validate found problems, 2 usage error, 3 invalid data, 70 internal error, 74 output not written.\nMore: 'astana help formats', 'astana help exit-codes', 'astana help data'.\n")
    .helpCommand(false);
  configure(program, io);

  const parents = new Map<string, Command>();
  for (const [name, module] of Object.entries(commands)) {
    const words = name.split(' ');
    let parent = program;
    if (words.length === 2) {
      const group = words[0]!;
      parent = parents.get(group) ?? configure(program.command(group).description(groups[group] ?? ''), io);
      parents.set(group, parent);
    }
    const cmd = configure(parent.command(words.at(-1)!).description(module.description), io);
    cmd.addHelpText('after', `\nExamples:\n${module.examples.map((e) => `  $ ${e}`).join('\n')}\n`);
    module.register(cmd, env);
  }
  registerHelp(program, io);
  return program;
}

/** `astana help [topic | command…]`: the topics below, or any command's help. */
function registerHelp(program: Command, io: Io): void {
  const help = configure(program.command('help').description('help on a command, or on a topic: formats, exit-codes, data').argument('[words...]'), io);
  help.addHelpText('after', '\nExamples:\n  $ astana help formats\n  $ astana help rounds list\n');
  help.action((words: string[]) => {
    const topic = helpTopic(words.join(' '));
    if (topic !== undefined) return io.out(topic);
    let cmd = program;
    for (const word of words) {
      const next = cmd.commands.find((c) => c.name() === word);
      if (!next) throw new UsageError(`no help on '${words.join(' ')}' (topics: ${Object.keys(helpTopics).join(', ')}; or a command)`);
      cmd = next;
    }
    io.out(cmd.helpInformation());
  });
}

/** --color as given on the command line, read before parsing; commander checks the value. */
function colorFlag(argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--color' || a.startsWith('--color='));
  if (i < 0) return undefined;
  return argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
}

function configure(cmd: Command, io: Io): Command {
  return cmd
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(s),
      outputError: (s, write) => write(`astana: ${withSuggestion(s.replace(/^error: /, '').trim(), cmd)}\n`),
    })
    .showSuggestionAfterError(false);
}

/**
 * One line, with "did you mean" from the same string-distance library as every other
 * suggestion, over all command names or all flags of the program.
 */
function withSuggestion(message: string, cmd: Command): string {
  const top = (c: Command): Command => (c.parent ? top(c.parent) : c);
  const root = top(cmd);
  const all = (c: Command): Command[] => [c, ...c.commands.flatMap(all)];
  const unknownCommand = /^unknown command '(.+)'$/.exec(message);
  const unknownOption = /^unknown option '(--?[^'=]+)[^']*'$/.exec(message);
  const hint = unknownCommand
    ? suggest(unknownCommand[1]!, all(root).slice(1).map((c) => c.name()))
    : unknownOption
      ? suggest(unknownOption[1]!, all(root).flatMap((c) => c.options.map((o) => o.long ?? '')).filter(Boolean))
      : [];
  return hint.length > 0 ? `${message} (did you mean ${hint.join(', ')}?)` : message;
}

function handle(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    // Help and version are successes; every other commander error is a usage error it has already printed.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return ExitCode.ok;
    return ExitCode.usage;
  }
  if (error instanceof CliError) {
    io.err(`astana: ${error.message}\n`);
    return error.exitCode;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.err(`astana: internal error, this is a bug; please report it with the command you ran.\n${stack}\n`);
  return ExitCode.bug;
}

export { installProcessHandlers } from './process-handlers.js';
export { writeSnapshot } from './data/snapshot.js';
