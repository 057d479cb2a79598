import type { EventEmitter } from 'node:events';
import { ExitCode } from '../errors.js';

/** The parts of `process` the handlers touch, so tests can pass a stand-in. */
export interface ProcessLike extends EventEmitter {
  readonly stdout: EventEmitter;
  readonly stderr: EventEmitter & { write(text: string): boolean };
  exit(code?: number): never;
}

/**
 * Wiring that only bin/ may do, since it ends the process. Output piped into `head` closes early
 * (EPIPE), which ends quietly with success. Any other failure to write stdout (a full disk, an
 * I/O error) is one line and exit 74, as sysexits' EX_IOERR, never a stack trace.
 *
 * Ctrl-C is deliberately not handled here: with no SIGINT listener the default action ends the
 * process at once, even in the middle of CPU-bound work or a large synchronous write, and the
 * shell sees 130 and stops a script that ran us (a listener would only run once the work was
 * done). The cache writer, the one place that leaves a file behind, guards its own write.
 */
export function installProcessHandlers(proc: ProcessLike): void {
  proc.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return proc.exit(ExitCode.ok);
    try {
      proc.stderr.write(`astana: cannot write the output: ${reason(error)}\n`);
    } catch {
      // stderr is gone too: the exit code is all that is left to say it.
    }
    proc.exit(ExitCode.io);
  });
  // A closed or full stderr must not turn a message into a crash.
  proc.stderr.on('error', () => undefined);
}

const reasons: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EIO: 'an input/output error',
  EDQUOT: 'the disk quota is exceeded',
  EFBIG: 'the file is too large',
  EBADF: 'the output is closed',
};

function reason(error: NodeJS.ErrnoException): string {
  const code = error.code ?? 'unknown error';
  return Object.hasOwn(reasons, code) ? `${reasons[code]} (${code})` : code;
}
