import { Command } from 'commander';
import type { commands as allCommands } from '../commands/index.js';
import type { Env } from '../commands/env.js';
import type { Param, Params } from './arguments.js';

type CommandName = keyof typeof allCommands;

/**
 * How a tool takes one of its command's arguments or flags: the type a client sends it as, and,
 * where the query layer has them, its choices. What it means, and whether it is required, are
 * the CLI's own words: `cli` names the flag when the tool calls it otherwise.
 */
export type ParamSpec = (
  | { readonly type: 'text'; readonly choices?: readonly string[]; readonly maxLength?: number }
  | { readonly type: 'id' | 'count' | 'flag' }
  | { readonly type: 'list'; readonly choices: readonly string[]; readonly description: string }
) & {
  readonly cli?: string;
  /** Only where the flag's help speaks of what a terminal does (exit codes, comma-separated lists). */
  readonly description?: string;
};

interface CliParam {
  readonly description: string;
  readonly required: boolean;
}

// Registering a command only declares its flags; one that touched the environment while doing so would be a bug here.
const inert = new Proxy({} as Env, {
  get(_target, key) {
    throw new Error(`a command touched env.${String(key)} while declaring its flags`);
  },
});

/** A command's positional arguments and flags, by the name its action reads each under. */
export function cliParams(modules: typeof allCommands, name: CommandName): ReadonlyMap<string, CliParam> {
  const cmd = new Command(name);
  modules[name].register(cmd, inert);
  const found = new Map<string, CliParam>();
  for (const a of cmd.registeredArguments) found.set(a.name(), { description: a.description, required: a.required });
  for (const o of cmd.options) found.set(o.attributeName(), { description: o.description, required: o.mandatory });
  return found;
}

/**
 * A tool's parameters, from the flags of the command it mirrors: the CLI's help and the tool's
 * schema say the same, and a flag renamed in the CLI fails here at once rather than drifting.
 */
export function paramsFrom(modules: typeof allCommands, name: CommandName, specs: Readonly<Record<string, ParamSpec>>): Params {
  const cli = cliParams(modules, name);
  return Object.fromEntries(
    Object.entries(specs).map(([param, spec]) => {
      const { cli: flag = param, ...rest } = spec;
      const source = cli.get(flag);
      if (source === undefined) throw new Error(`'astana ${name}' has no argument or flag '${flag}' (it has ${[...cli.keys()].join(', ')})`);
      const built = { description: source.description, ...rest, ...(source.required ? { required: true } : {}) } as Param & { required?: boolean };
      return [param, built];
    }),
  );
}
