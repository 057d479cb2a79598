import { Command, CommanderError, Option } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import { commandPath, makeEnv, type GlobalOptions } from './commands/env.js';
import { registerHelp } from './commands/help.js';
import { commands, groups } from './commands/index.js';
import { configure, whole } from './commands/messages.js';
import { addOutputOptions, onlyOnce } from './commands/options.js';
import { commandsFor } from './commands/select.js';
import { asksVersion, versionText } from './commands/version.js';
import { CliError, DataError, ExitCode, UsageError } from './errors.js';
import { chalkFor, colorFlag, processIo, tableWidth, useColor, type Io } from './io.js';
import { invalidDataMessage } from './render/diagnostics.js';

/**
 * Runs the CLI on `argv` (without node and script) and returns the exit code. This is the only
 * place errors become messages and exit codes; nothing below it prints errors or exits.
 */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  // Colour is decided before parsing, since commander's own messages are printed during it.
  const color = useColor(io, colorFlag(argv));
  const env = makeEnv(io, { chalk: chalkFor(color), color, columns: tableWidth(io) });
  try {
    const version = asksVersion(argv) ? versionText(argv, io) : pkg.version;
    const program = buildProgram(io, env, version, argv);
    await program.parseAsync([...argv], { from: 'user' });
    return env.exitCode;
  } catch (error) {
    return handle(error, io);
  }
}

/** The program with the command `argv` names, or with every command when `argv` is not given. */
function buildProgram(io: Io, env: ReturnType<typeof makeEnv>, version: string, argv?: readonly string[]): Command {
  const program = new Command('astana')
    .description('Query the sourced dataset of the Astana-format talks on Syria (2017–2024).')
    .version(version, '-V, --version', 'print the versions of the tool and of the data')
    .helpOption('-h, --help', 'show help')
    .option('--data <dir>', 'data directory (default: the bundled data; env ASTANA_DATA)')
    .addOption(new Option('--color <when>', 'colour: auto (a terminal, unless NO_COLOR or TERM=dumb), always, never').choices(['auto', 'always', 'never']).default('auto'))
    .option('--no-pager', 'do not page long output on a terminal (env ASTANA_PAGER, PAGER; default less -FRX)')
    .configureHelp({ showGlobalOptions: true, sortSubcommands: false })
    .addHelpText('after', "\nExit codes: 0 ok, 1 findings (validate, --exit-code), 2 usage error,\n3 invalid data, 70 internal error, 74 output not written.\nMore: 'astana help formats', 'astana help exit-codes', 'astana help data'.\n")
    .helpCommand(false);
  configure(program, io);

  const parents = new Map<string, Command>();
  const defined = argv === undefined ? Object.entries(commands) : commandsFor(program, argv);
  if (defined.length < Object.keys(commands).length) whole.set(program, () => buildProgram(io, env, version));
  for (const [name, module] of defined) {
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
    addOutputOptions(cmd, module);
    onlyOnce(cmd);
    if (module.usesData === false) {
      cmd.hook('preAction', () => {
        if ((cmd.optsWithGlobals() as GlobalOptions).data !== undefined) throw new UsageError(`'${commandPath(cmd)}' does not read the data; drop --data`);
      });
    }
  }
  registerHelp(program, io);
  return program;
}

function handle(error: unknown, io: Io): number {
  if (error instanceof CommanderError) {
    // Help and version are successes; every other commander error is a usage error it has already printed.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return ExitCode.ok;
    return ExitCode.usage;
  }
  if (error instanceof DataError) {
    io.err(`astana: ${invalidDataMessage(error.diagnostic, error.more, error.shown)}\n`);
    return error.exitCode;
  }
  if (error instanceof CliError) {
    io.err(`astana: ${error.message}\n`);
    return error.exitCode;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.err(`astana: internal error, this is a bug; please report it with the command you ran.\n${stack}\n`);
  return ExitCode.bug;
}

