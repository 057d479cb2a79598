import type { Command } from 'commander';
import type { Io } from '../io.js';
import { tableWidth } from '../io.js';
import { suggest } from '../text/suggest.js';
import { commandPath } from './env.js';

/** Programs built with only the command named; each can build the whole program, for messages. */
export const whole = new WeakMap<Command, () => Command>();

/** A command wired to the injected IO, its errors made into one line that names the cause and the fix. */
export function configure(cmd: Command, io: Io): Command {
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
