import type { Command } from 'commander';
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { loadDataset } from '../data/source.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import type { Dataset } from '../model/dataset.js';
import type { RenderContext } from '../render/context.js';
import { formats, parseFields, renderers, type Format, type Output } from '../render/output.js';
import { suggest } from '../text/suggest.js';

export { formats, type Format, type Output } from '../render/output.js';

export interface GlobalOptions {
  readonly data?: string;
  readonly pager?: boolean;
}

interface OutputOptions {
  readonly format?: string;
  readonly json?: boolean;
  readonly fields?: string;
  readonly keepFormulas?: boolean;
}

/** What a command may use: IO, the chosen data directory, and the one way to print a result. */
export interface Env {
  readonly io: Io;
  readonly render: RenderContext;
  /** The data directory and how to show it in messages (as typed, or relative to cwd). */
  dataDir(cmd: Command): { dir: string; shown: string; explicit: boolean };
  dataset(cmd: Command): Promise<Dataset>;
  /** The output format: --format, --json, or table on a terminal and tsv when piped (as gh does). */
  format(cmd: Command, allowed?: readonly string[], fallback?: string): string;
  /** For commands whose outcome is not success or an error, such as findings. */
  setExitCode(code: number): void;
  readonly exitCode: number;
  /** Prints a query result in the chosen format, with only --fields if given. */
  emit<T>(cmd: Command, result: T, output: Output<T>): Promise<void>;
  /** Prints text, through the pager when it is taller than the terminal. */
  print(cmd: Command, text: string): void;
}

export function makeEnv(io: Io, render: RenderContext): Env {
  let exitCode = 0;
  const env: Env = {
    io,
    render,
    get exitCode() {
      return exitCode;
    },
    setExitCode(code) {
      exitCode = code;
    },
    dataDir(cmd) {
      const flag = (cmd.optsWithGlobals() as GlobalOptions).data;
      if (flag === '') throw new UsageError('--data needs a directory');
      const given = flag ?? io.env.ASTANA_DATA;
      if (given === undefined || given === '') {
        const shown = relative(io.cwd, io.defaultDataDir) || '.';
        return { dir: io.defaultDataDir, shown, explicit: false };
      }
      const dir = resolve(io.cwd, given);
      const from = flag === undefined ? 'ASTANA_DATA' : '--data';
      const stats = statSync(dir, { throwIfNoEntry: false });
      if (stats === undefined) throw new UsageError(`${from}: ${given}: no such directory`);
      if (!stats.isDirectory()) throw new UsageError(`${from}: ${given} is not a directory; give the folder that holds rounds/ and parties.yaml`);
      return { dir, shown: given, explicit: true };
    },
    dataset(cmd) {
      const { dir, shown } = env.dataDir(cmd);
      return loadDataset(dir, { shown, env: io.env });
    },
    format(cmd, allowed = formats, fallback) {
      const opts = cmd.opts() as OutputOptions;
      if (opts.json && opts.format !== undefined && opts.format !== 'json') throw new UsageError('--json and --format disagree; give one of them');
      const value = opts.json ? 'json' : (opts.format ?? fallback ?? (io.isTTY ? 'table' : 'tsv'));
      if (!allowed.includes(value)) {
        const hint = suggest(value, allowed);
        throw new UsageError(`unknown format '${value}' for '${commandPath(cmd)}' (${hint.length > 0 ? `did you mean ${hint.join(', ')}? ` : ''}formats: ${allowed.join(', ')})`);
      }
      return value;
    },
    async emit(cmd, result, output) {
      const format = env.format(cmd) as Format;
      const opts = cmd.opts() as OutputOptions;
      const fields = parseFields(opts.fields);
      env.print(cmd, await renderers[format](result, output, { ctx: render, fields, keepFormulas: opts.keepFormulas === true }));
    },
    print(cmd, text) {
      const paging = (cmd.optsWithGlobals() as GlobalOptions).pager !== false;
      if (paging && io.isTTY && io.rows !== undefined && io.page && lineCount(text) > io.rows) io.page(text);
      else io.out(text);
    },
  };
  return env;
}

const lineCount = (text: string): number => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

/** 'rounds list', as typed. */
export const commandPath = (cmd: Command): string => (cmd.parent?.parent ? `${commandPath(cmd.parent)} ${cmd.name()}` : cmd.name());
