import type { Command } from 'commander';
import type { Env } from './env.js';

/** One CLI command: its help text and how it declares flags and acts. */
export interface CommandModule {
  readonly description: string;
  readonly examples: readonly string[];
  register(cmd: Command, env: Env): void;
  /** Set when the command reads the whole program (completion lists every command). */
  readonly needsAllCommands?: boolean;
}
