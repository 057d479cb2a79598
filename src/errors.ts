import type { Diagnostic } from './data/diagnostic.js';

/** Exit codes are part of the CLI's contract; see README "Exit codes". */
export const ExitCode = {
  ok: 0,
  findings: 1,
  usage: 2,
  data: 3,
  bug: 70,
  /** stdout could not be written (a full disk, an I/O error), as sysexits' EX_IOERR. */
  io: 74,
  interrupted: 130,
} as const;

/** An error the user can fix; its message is printed as one line, without a stack. */
export abstract class CliError extends Error {
  abstract readonly exitCode: number;
}

/** A bad flag, argument or value. */
export class UsageError extends CliError {
  readonly exitCode = ExitCode.usage;
}

/** A round, party, topic or resolution that is not in the dataset. */
export class NotFoundError extends UsageError {
  constructor(
    readonly kind: string,
    readonly value: string,
    readonly suggestions: readonly string[],
  ) {
    const hint = suggestions.length > 0 ? ` (did you mean ${suggestions.join(', ')}?)` : '';
    super(`unknown ${kind} '${value}'${hint}`);
  }
}

/** The dataset could not be loaded or is invalid; carries the first problem found. */
export class DataError extends CliError {
  readonly exitCode = ExitCode.data;
  constructor(
    message: string,
    readonly diagnostic?: Diagnostic,
  ) {
    super(message);
  }
}
