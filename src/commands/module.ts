import type { Command } from 'commander';
import type { Env } from './env.js';

/**
 * What a command's JSON is: the name of the result type (exported from a module under src/),
 * whether the output is a list of it, and the type of each record that ndjson, csv and tsv
 * print. scripts/gen-output-schemas.mjs makes schemas/output/ from these, `astana schema` prints
 * them, and the contract test holds each command's output to its schema.
 */
export interface OutputContract {
  readonly type: string;
  readonly list?: boolean;
  readonly records?: string;
  /** Record types that a flag prints instead (`changes --stat`), with schemas and columns of their own. */
  readonly otherRecords?: readonly string[];
}

/** One CLI command: its help text, the output formats it accepts, its JSON contract, and how it declares flags and acts. */
export interface CommandModule {
  readonly description: string;
  readonly examples: readonly string[];
  /**
   * The values its --format accepts; the command gets --format (and --json, --fields where they
   * apply) only if it lists some. Default: every format of src/render/output.ts.
   */
  readonly formats?: readonly string[];
  /** The JSON contract; every command that prints JSON has one. */
  readonly output?: OutputContract;
  /** Whether it reads the dataset, and so honours --data. Default: true. */
  readonly usesData?: boolean;
  register(cmd: Command, env: Env): void;
  /** Set when the command reads the whole program (completion lists every command). */
  readonly needsAllCommands?: boolean;
}
