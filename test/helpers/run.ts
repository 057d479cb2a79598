import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli.js';
import type { Io } from '../../src/io.js';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const bundledData = `${repoRoot}data`;
export const fixtures = `${repoRoot}test/fixtures`;

export interface RunResult {
  readonly code: number;
  readonly out: string;
  readonly err: string;
  /** What was written to stdout as bytes (outBytes). */
  readonly bytes: Buffer;
}

/** Runs the CLI in-process with captured output: no terminal, no colour, repo root as cwd. */
export async function run(argv: readonly string[], overrides: Partial<Io> = {}): Promise<RunResult> {
  let out = '';
  let err = '';
  const chunks: Uint8Array[] = [];
  const io: Io = {
    out: (s) => void (out += s),
    outBytes: (b) => void chunks.push(b),
    err: (s) => void (err += s),
    isTTY: false,
    env: {},
    cwd: repoRoot,
    defaultDataDir: bundledData,
    ...overrides,
  };
  const code = await main(argv, io);
  return { code, out, err, bytes: Buffer.concat(chunks) };
}

export async function runJson<T = unknown>(argv: readonly string[]): Promise<T> {
  const result = await run([...argv, '--format', 'json']);
  if (result.code !== 0) throw new Error(`exit ${result.code}: ${result.err}`);
  return JSON.parse(result.out) as T;
}
