import { Chalk, type ChalkInstance } from 'chalk';
import { bundledDataDir } from './runtime/paths.js';
import { pageText } from './runtime/pager.js';
import { standardStreams } from './runtime/stdout.js';

/** Everything a command may touch outside the process: injected so commands run in-process in tests. */
export interface Io {
  out(text: string): void;
  /** Bytes to standard output as they are: a SQLite database for a pipe. */
  outBytes(bytes: Uint8Array): void;
  err(text: string): void;
  /** True when stdout is a terminal: decides colour and the default format. */
  readonly isTTY: boolean;
  /** Terminal width, as the terminal reports it; 0 or undefined when it does not (see tableWidth). */
  readonly columns?: number;
  /** Terminal height, for deciding to page; undefined when stdout is not a terminal. */
  readonly rows?: number;
  /** Shows text through the user's pager; only called when stdout is a terminal. */
  readonly page?: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** The data directory used when neither --data nor ASTANA_DATA is given. */
  readonly defaultDataDir: string;
  /** Standard input, for `astana mcp`, the one command that reads it. */
  readonly stdin?: NodeJS.ReadableStream & { destroy(): unknown };
  /** Calls `stop` on SIGINT or SIGTERM and returns what removes the handler: for `astana mcp`, which ends cleanly on either. */
  readonly onSignal?: (stop: () => void) => () => void;
}

export function processIo(): Io {
  const { stdout, stderr } = standardStreams;
  return {
    out: (text) => void stdout.write(text),
    outBytes: (bytes) => void stdout.write(bytes),
    err: (text) => void stderr.write(text),
    isTTY: stdout.isTTY,
    columns: stdout.columns,
    rows: stdout.rows,
    page: (text) => pageText(text, process.env, (t) => void stdout.write(t), (line) => void stderr.write(`astana: ${line}\n`)),
    env: process.env,
    cwd: process.cwd(),
    defaultDataDir: bundledDataDir,
    // A getter: Node creates process.stdin when it is first read, a cost no other command should pay.
    get stdin() {
      return process.stdin;
    },
    onSignal(stop) {
      const signals = ['SIGINT', 'SIGTERM'] as const;
      for (const signal of signals) process.once(signal, stop);
      return () => {
        for (const signal of signals) process.off(signal, stop);
      };
    },
  };
}

/**
 * Colour is decided once, here. --color always|never wins; then NO_COLOR (https://no-color.org)
 * and TERM=dumb turn it off; FORCE_COLOR turns it on even when stdout is not a terminal.
 */
export function useColor(io: Io, flag?: string): boolean {
  if (flag === 'always') return true;
  if (flag === 'never') return false;
  const { NO_COLOR, FORCE_COLOR, TERM } = io.env;
  if (NO_COLOR !== undefined && NO_COLOR !== '') return false;
  if (FORCE_COLOR !== undefined && FORCE_COLOR !== '0' && FORCE_COLOR !== 'false') return true;
  if (TERM === 'dumb') return false;
  return io.isTTY;
}

export function chalkFor(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}

/**
 * The width tables are fitted to: the terminal's, else $COLUMNS, else 80. A terminal may report
 * 0 columns (under `script`, in some CI and containers), and piped tables fit 80 columns too.
 */
export function tableWidth(io: Io): number {
  if (io.columns !== undefined && io.columns > 0) return io.columns;
  const fromEnv = Number(io.env.COLUMNS);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80;
}

/** --color as given on the command line, read before parsing; commander checks the value. */
export function colorFlag(argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--color' || a.startsWith('--color='));
  if (i < 0) return undefined;
  return argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
}
