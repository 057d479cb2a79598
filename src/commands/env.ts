import type { Command } from 'commander';
import { relative, resolve } from 'node:path';
import { loadDataset } from '../data/source.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import type { Dataset } from '../model/dataset.js';
import type { RenderContext } from '../render/context.js';
import { renderJson } from '../render/json.js';
import { loadTable } from '../render/table.js';

export const formats = ['table', 'json'] as const;
export type Format = (typeof formats)[number];

export interface GlobalOptions {
  readonly data?: string;
  readonly format?: string;
}

/** What a command may use: IO, the chosen data directory, and the one way to print a result. */
export interface Env {
  readonly io: Io;
  readonly render: RenderContext;
  /** The data directory and how to show it in messages (as typed, or relative to cwd). */
  dataDir(cmd: Command): { dir: string; shown: string; explicit: boolean };
  dataset(cmd: Command): Promise<Dataset>;
  format(cmd: Command, allowed?: readonly string[]): string;
  /** For commands whose outcome is not success or an error, such as findings. */
  setExitCode(code: number): void;
  readonly exitCode: number;
  /** Prints a query result as a table or as JSON, per --format. */
  emit<T>(cmd: Command, result: T, tableOf: (result: T, ctx: RenderContext) => string): Promise<void>;
}

export function makeEnv(io: Io, render: RenderContext): Env {
  let exitCode = 0;
  const env: Env = {
    io,
    get exitCode() {
      return exitCode;
    },
    setExitCode(code) {
      exitCode = code;
    },
    render,
    dataDir(cmd) {
      const given = (cmd.optsWithGlobals() as GlobalOptions).data ?? io.env.ASTANA_DATA;
      if (given !== undefined && given !== '') return { dir: resolve(io.cwd, given), shown: given, explicit: true };
      const shown = relative(io.cwd, io.defaultDataDir) || '.';
      return { dir: io.defaultDataDir, shown, explicit: false };
    },
    dataset(cmd) {
      const { dir, shown } = env.dataDir(cmd);
      return loadDataset(dir, { shown, env: io.env });
    },
    format(cmd, allowed = formats) {
      const value = (cmd.optsWithGlobals() as GlobalOptions).format ?? allowed[0]!;
      if (!allowed.includes(value)) {
        throw new UsageError(`unknown format '${value}' for '${cmd.name()}' (formats: ${allowed.join(', ')})`);
      }
      return value;
    },
    async emit(cmd, result, tableOf) {
      const format = env.format(cmd) as Format;
      if (format === 'json') return io.out(renderJson(result));
      await loadTable();
      io.out(tableOf(result, render));
    },
  };
  return env;
}
