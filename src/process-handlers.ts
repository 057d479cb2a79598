import type { EventEmitter } from 'node:events';

/** The parts of `process` the handlers touch, so tests can pass a stand-in. */
export interface ProcessLike extends EventEmitter {
  exit(code?: number): never;
}

/**
 * Wiring that only bin/ may do, since it ends the process: Ctrl-C ends with the conventional 130.
 * A reader of stdout that goes away early (EPIPE, under `| head`) is handled where stdout is
 * written (src/stdout.ts), so that this does not create process.stdout at start-up.
 */
export function installProcessHandlers(proc: ProcessLike): void {
  proc.on('SIGINT', () => proc.exit(130));
}
