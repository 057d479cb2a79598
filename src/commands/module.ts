import type { Command } from 'commander';
import type { Env } from './env.js';

/** One CLI command: its help text, the output formats it accepts, and how it declares flags and acts. */
export interface CommandModule {
  readonly description: string;
  readonly examples: readonly string[];
  /**
   * The values its --format accepts; the command gets --format (and --json, --fields where they
   * apply) only if it lists some. Default: every format of src/render/output.ts.
   */
  readonly formats?: readonly string[];
  /** Whether it reads the dataset, and so honours --data. Default: true. */
  readonly usesData?: boolean;
  register(cmd: Command, env: Env): void;
}
