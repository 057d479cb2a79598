import { Command, CommanderError, Option } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import { commands, groups } from './commands/index.js';
import { commandPath, makeEnv, formats, type GlobalOptions } from './commands/env.js';
import type { CommandModule } from './commands/module.js';
import { CliError, DataError, ExitCode, UsageError } from './errors.js';
import { invalidDataMessage } from './render/diagnostics.js';
import { suggest } from './text/suggest.js';
import { helpTopic, helpTopics } from './commands/help-topics.js';
import { chalkFor, processIo, tableWidth, useColor, type Io } from './io.js';

/**
 * Runs the CLI on `argv` (without node and script) and returns the exit code. This is the only
 * place errors become messages and exit codes; nothing below it prints errors or exits.
 */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  // Colour is decided before parsing, since commander's own messages are printed during it.
  const color = useColor(io, colorFlag(argv));
  const env = makeEnv(io, { chalk: chalkFor(color), color, columns: tableWidth(io) });
  try {
    const program = buildProgram(io, env, argv);
    await program.parseAsync([...argv], { from: 'user' });
    return env.exitCode;
  } catch (error) {
    return handle(error, io);
  }
}

/** Programs built with only the command named; each can build the whole program, for messages. */
const whole = new WeakMap<Command, () => Command>();

/** The program with the command `argv` names, or with every command when `argv` is not given. */
function buildProgram(io: Io, env: ReturnType<typeof makeEnv>, argv?: readonly string[]): Command {
  const program = new Command('astana')
    .description('Query the sourced dataset of the Astana-format talks on Syria (2017–2024).')
    .version(pkg.version, '-V, --version', 'print the version')
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
  if (defined.length < Object.keys(commands).length) whole.set(program, () => buildProgram(io, env));
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

/**
 * The command named on the command line, alone: defining every command's flags is a start-up
 * cost. Everything else (no command, a group, help, an unknown name, completion, which lists
 * every command) gets them all, so that help and suggestions see the whole program.
 */
function commandsFor(program: Command, argv: readonly string[]): [string, CommandModule][] {
  const valueOptions = new Set(program.options.filter((o) => o.required || o.optional).flatMap((o) => [o.long, o.short].filter((f) => f !== undefined)));
  const named = commandNamed(argv, valueOptions);
  if (named !== undefined && !commands[named].needsAllCommands) return [[named, commands[named]]];
  return Object.entries(commands);
}

/** The command the words of `argv` name, skipping the global options before it. */
function commandNamed(argv: readonly string[], valueOptions: ReadonlySet<string>): keyof typeof commands | undefined {
  const words: string[] = [];
  for (let i = 0; i < argv.length && words.length < 2; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg.startsWith('-')) {
      if (valueOptions.has(arg)) i++;
      continue;
    }
    words.push(arg);
  }
  const known = (name: string): name is keyof typeof commands => Object.hasOwn(commands, name);
  const two = words.join(' ');
  return known(two) ? two : words[0] !== undefined && known(words[0]) ? words[0] : undefined;
}

const lineFormats = ['json', 'ndjson', 'csv', 'tsv', 'yaml'];

/** --format with the formats this command really accepts, and --json and --fields where they apply. */
function addOutputOptions(cmd: Command, module: CommandModule): void {
  const accepted = module.formats ?? formats;
  if (accepted.length === 0) return;
  const fallback = module.formats ? `default: ${accepted[0]}` : 'default: table on a terminal, tsv when piped';
  cmd.addOption(new Option('--format <format>', `output format: ${accepted.join(', ')} (${fallback})`));
  if (accepted.includes('json')) cmd.option('--json', 'the same as --format json');
  if (module.formats === undefined) {
    cmd.option('--fields <names>', `only these comma-separated fields (${lineFormats.join(', ')}); may be repeated`, (value: string, previous?: string) => (previous ? `${previous},${value}` : value));
  }
  if (accepted.includes('csv') || accepted.includes('tsv')) {
    cmd.option('--keep-formulas', "csv, tsv: leave cells that begin with = + - @ as they are (default: a leading ' makes spreadsheets show them as text)");
  }
}

/** Flags that may be given several times; their values are combined. Every other flag is given once. */
const combinable = new Set(['fields', 'section']);

/**
 * Commander keeps the last of a repeated flag, so `--party lebanon --party usa` would quietly
 * mean usa. A repeated single-valued flag is a usage error instead.
 */
function onlyOnce(cmd: Command): void {
  for (const option of cmd.options) {
    if (!(option.required || option.optional) || option.variadic || combinable.has(option.attributeName())) continue;
    const parse = option.parseArg;
    let given = false;
    option.argParser((value: string, previous: unknown) => {
      if (given) throw new UsageError(`${option.long} was given twice; give it once`);
      given = true;
      return parse ? parse(value, previous) : value;
    });
  }
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
      getOutHelpWidth: () => tableWidth(io),
      getErrHelpWidth: () => tableWidth(io),
      outputError: (s, write) => write(`astana: ${withSuggestion(s.replace(/^error: /, '').trim(), cmd)}\n`),
    })
    .showSuggestionAfterError(false);
}

/**
 * One line that names the cause and the fix: an option or command that belongs elsewhere says
 * where; otherwise "did you mean" from the same string-distance library as every other
 * suggestion, never repeating what was typed. A missing argument adds the usage line.
 */
function withSuggestion(message: string, given: Command): string {
  const top = (c: Command): Command => (c.parent ? top(c.parent) : c);
  const partial = top(given);
  // Where an option or a command belongs is a question about every command, not only the one defined.
  const root = whole.get(partial)?.() ?? partial;
  const path = given.parent ? commandPath(given).split(' ') : [];
  const cmd = path.reduce<Command>((c, word) => c.commands.find((s) => s.name() === word) ?? c, root);
  const all = (c: Command): Command[] => [c, ...c.commands.flatMap(all)];
  const here = cmd.parent ? `'${commandPath(cmd)}'` : 'astana';
  const quoted = (names: string[]): string => names.map((n) => `'${n}'`).join(', ').replace(/, ([^,]*)$/, ' and $1');
  const unknownCommand = /^unknown command '(.+)'$/.exec(message);
  if (unknownCommand) {
    const word = unknownCommand[1]!;
    const owners = all(root).filter((c) => c !== cmd && c.commands.some((s) => s.name() === word));
    if (owners.length > 0) return `'${word}' is a command of ${quoted(owners.map((c) => (c.parent ? commandPath(c) : 'astana')))}, not of ${here} (${here} has: ${cmd.commands.map((c) => c.name()).join(', ')})`;
    return hinted(message, suggest(word, all(root).slice(1).map((c) => c.name())), word);
  }
  const unknownOption = /^unknown option '(--?[^'=]+)[^']*'$/.exec(message);
  if (unknownOption) {
    const flag = unknownOption[1]!;
    const owners = all(root).filter((c) => c !== cmd && c.parent && c.options.some((o) => o.long === flag));
    if (owners.length > 0 && owners.length <= 3) return `'${flag}' is an option of ${quoted(owners.map(commandPath))}, not of ${here}`;
    if (owners.length > 3) return `${here} has no option '${flag}' (see 'astana ${cmd.parent ? `${commandPath(cmd)} ` : ''}--help')`;
    return hinted(message, suggest(flag, [...cmd.options, ...root.options].map((o) => o.long ?? '').filter(Boolean)), flag);
  }
  if (/^missing required argument/.test(message)) return `${message}\nusage: ${usageOf(cmd)}`;
  return message;
}

const hinted = (message: string, hints: string[], typed: string): string => {
  const other = hints.filter((h) => h !== typed);
  return other.length > 0 ? `${message} (did you mean ${other.join(', ')}?)` : message;
};

const usageOf = (cmd: Command): string => `astana ${cmd.parent?.parent ? `${cmd.parent.name()} ` : ''}${cmd.name()} ${cmd.usage()}`;

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

export { installProcessHandlers } from './runtime/process-handlers.js';
export { standardStreams } from './runtime/stdout.js';
export { writeSnapshot } from './data/cache/snapshot.js';
export { writeSearchIndex } from './data/cache/search-index.js';
