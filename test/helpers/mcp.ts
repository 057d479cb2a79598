import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './run.js';

/** The built binary, as an MCP client configuration runs it (`npm test` builds it first). */
export const bin = `${repoRoot}bin/astana.js`;

/** The environment of every spawned server: a private cache directory, and no ASTANA_DATA from the caller's shell. */
export function serverEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined && e[0] !== 'ASTANA_DATA'));
  return { ...env, ASTANA_CACHE_DIR: mkdtempSync(join(tmpdir(), 'astana-mcp-cache-')), ...extra };
}

export interface Connected {
  readonly client: Client;
  /** Everything the server wrote to stderr so far. */
  stderr(): string;
  close(): Promise<void>;
}

/** `node bin/astana.js mcp …` driven by the SDK's own client over stdio. */
export async function connect(args: string[] = [], extra: Record<string, string> = {}): Promise<Connected> {
  const transport = new StdioClientTransport({ command: process.execPath, args: [bin, 'mcp', ...args], env: serverEnv(extra), cwd: repoRoot, stderr: 'pipe' });
  let err = '';
  transport.stderr?.on('data', (chunk: Buffer) => void (err += chunk.toString()));
  const client = new Client({ name: 'astana-tests', version: '1.0.0' });
  await client.connect(transport);
  return { client, stderr: () => err, close: () => client.close() };
}

/** A server with raw pipes, for what a client library would hide: stdout byte by byte, and how the process ends. */
export function spawnServer(args: string[] = []): { child: ChildProcessWithoutNullStreams; stdout(): string; stderr(): string; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> } {
  const child = spawn(process.execPath, [bin, 'mcp', ...args], { env: serverEnv(), cwd: repoRoot });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => void (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => void (err += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, stdout: () => out, stderr: () => err, exited };
}

export const initialize = { jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } };

/** Resolves when `predicate` holds of the output so far, polling; rejects after `ms`. */
export async function until(predicate: () => boolean, ms = 15_000): Promise<void> {
  const start = Date.now();
  while (!predicate()) {
    if (Date.now() - start > ms) throw new Error(`timed out after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
