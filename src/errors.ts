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

/** An output the user asked for that could not be written: a full disk, no permission, a directory. */
export class OutputError extends CliError {
  readonly exitCode = ExitCode.io;
}

/** The pager failed or was killed: the output may not have been shown. Exits with the pager's status, else 74. */
export class PagerError extends CliError {
  readonly exitCode: number;
  constructor(message: string, status?: number) {
    super(message);
    this.exitCode = status !== undefined && status > 0 && status < 126 ? status : ExitCode.io;
  }
}

/** A round, party, topic, person, meeting or resolution that is not in the dataset. */
export class NotFoundError extends UsageError {
  /** `listedBy` is the command that lists every valid choice, such as 'astana parties list'. */
  constructor(
    readonly kind: string,
    readonly value: string,
    readonly suggestions: readonly string[],
    readonly listedBy?: string,
  ) {
    const hint = suggestions.length > 0 ? `did you mean ${suggestions.join(', ')}?` : '';
    const all = listedBy ? `'${listedBy}' lists them all` : '';
    const tail = [hint, all].filter(Boolean).join('; ');
    super(`unknown ${kind} '${value}'${tail ? ` (${tail})` : ''}`);
  }
}

/**
 * The dataset is invalid. Carries the first error and how many more there are; cli.ts turns
 * them into English through render/diagnostics.ts, the one place diagnostics become words.
 */
export class DataError extends CliError {
  readonly exitCode = ExitCode.data;
  constructor(
    readonly diagnostic: Diagnostic,
    readonly more: number,
    /** The data directory as the user should see it in paths. */
    readonly shown: string,
  ) {
    super(`invalid data: ${diagnostic.code} in ${diagnostic.file}`);
  }
}
