import type { EventEmitter } from 'node:events';

/** The parts of `process` the handlers touch, so tests can pass a stand-in. */
export interface ProcessLike extends EventEmitter {
  readonly stdout: EventEmitter;
  exit(code?: number): never;
}

/**
 * Wiring that only bin/ may do, since it ends the process: output piped into `head` closes
 * early (EPIPE), which ends quietly with success; Ctrl-C ends with the conventional 130.
 */
export function installProcessHandlers(proc: ProcessLike): void {
  proc.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    proc.exit(0);
  });
  proc.on('SIGINT', () => proc.exit(130));
}
