import type { Command } from 'commander';
import { commands } from './index.js';
import type { CommandModule } from './module.js';

/**
 * The command named on the command line, alone: defining every command's flags is a start-up
 * cost. Everything else (no command, a group, help, an unknown name, completion, which lists
 * every command) gets them all, so that help and suggestions see the whole program.
 */
export function commandsFor(program: Command, argv: readonly string[]): [string, CommandModule][] {
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
