import type { Command } from 'commander';
import { relative, resolve } from 'node:path';
import { loadDataset } from '../data/source.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import type { Dataset } from '../model/dataset.js';
import type { RenderContext } from '../render/context.js';
import { visibleStrings } from '../render/escape.js';
import { renderJson } from '../render/json.js';
import { columnsOf, csv, flatten, ndjson, tsv } from '../render/rows.js';
import { loadTable } from '../render/table.js';
import { suggest } from '../suggest.js';

export const formats = ['table', 'json', 'ndjson', 'csv', 'tsv', 'yaml'] as const;
export type Format = (typeof formats)[number];

export interface GlobalOptions {
  readonly data?: string;
  readonly format?: string;
  readonly json?: boolean;
  readonly fields?: string;
  readonly keepFormulas?: boolean;
}

/** How a command's result prints: as a table for people, as records for line-oriented formats. */
export interface Output<T> {
  readonly table: (result: T, ctx: RenderContext) => string;
  /** The records csv, tsv and ndjson print; by default the result's items (or the result itself). */
  readonly rows?: (result: T) => unknown[];
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
      // An empty --data is a mistake (an unset shell variable), not a wish for the bundled data.
      if (flag === '') throw new UsageError("--data needs a directory, not ''");
      const given = flag ?? io.env.ASTANA_DATA;
      if (given !== undefined && given !== '') return { dir: resolve(io.cwd, given), shown: given, explicit: true };
      const shown = relative(io.cwd, io.defaultDataDir) || '.';
      return { dir: io.defaultDataDir, shown, explicit: false };
    },
    dataset(cmd) {
      const { dir, shown } = env.dataDir(cmd);
      return loadDataset(dir, { shown, env: io.env });
    },
    format(cmd, allowed = formats, fallback) {
      const opts = cmd.optsWithGlobals() as GlobalOptions;
      if (opts.json && opts.format !== undefined && opts.format !== 'json') throw new UsageError('--json and --format disagree; give one of them');
      const value = opts.json ? 'json' : (opts.format ?? fallback ?? (io.isTTY ? 'table' : 'tsv'));
      if (!allowed.includes(value)) {
        const hint = suggest(value, allowed);
        throw new UsageError(`unknown format '${value}' for '${cmd.name()}' (${hint.length > 0 ? `did you mean ${hint.join(', ')}? ` : ''}formats: ${allowed.join(', ')})`);
      }
      return value;
    },
    async emit(cmd, result, output) {
      const format = env.format(cmd) as Format;
      const fields = parseFields((cmd.optsWithGlobals() as GlobalOptions).fields);
      if (format === 'table') {
        if (fields) throw new UsageError('--fields applies to json, ndjson, csv, tsv and yaml output, not tables');
        await loadTable();
        // Escaped before the renderer styles it, so that no text from the data reaches the terminal raw.
        return io.out(output.table(visibleStrings(result), render));
      }
      if (format === 'json' || format === 'yaml') {
        const picked = fields ? pick(result, fields) : result;
        if (format === 'json') return io.out(renderJson(picked));
        const { loadYaml } = await import('../data/yaml-module.js');
        return io.out((await loadYaml()).stringify(picked, { lineWidth: 0 }));
      }
      const opts = cmd.optsWithGlobals() as GlobalOptions;
      const records = output.rows ? output.rows(result) : Array.isArray(result) ? result : [result];
      const rows = records.map((r) => flatten(r));
      const columns = fields ? checkFields(fields, columnsOf(rows)) : columnsOf(rows);
      io.out({ csv, tsv, ndjson }[format](rows, columns, { keepFormulas: opts.keepFormulas === true }));
    },
  };
  return env;
}

function parseFields(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const fields = value.split(',').map((f) => f.trim()).filter((f) => f !== '');
  if (fields.length === 0) throw new UsageError('--fields needs at least one field name');
  return fields;
}

function checkFields(fields: readonly string[], available: readonly string[]): string[] {
  const unknown = fields.filter((f) => !available.includes(f));
  if (unknown.length > 0) {
    const hint = suggest(unknown[0]!, available);
    throw new UsageError(`unknown field '${unknown[0]}'${hint.length > 0 ? ` (did you mean ${hint.join(', ')}?)` : ''}; fields: ${available.join(', ')}`);
  }
  return [...fields];
}

/** --fields on json and yaml: keep those top-level keys of each record (or of the one object). */
function pick(result: unknown, fields: readonly string[]): unknown {
  const records = Array.isArray(result) ? result : [result];
  checkFields(fields, [...new Set(records.flatMap((r) => Object.keys(r as object)))]);
  const picked = records.map((r) => Object.fromEntries(fields.filter((f) => f in (r as object)).map((f) => [f, (r as Record<string, unknown>)[f]])));
  return Array.isArray(result) ? picked : picked[0];
}
