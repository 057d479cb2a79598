import { describe, expect, it } from 'vitest';
import { initialize, spawnServer, until } from '../helpers/mcp.js';

const line = (message: unknown): string => `${JSON.stringify(message)}\n`;
const call = (id: number, name: string, args: unknown) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args } });

// How the server ends, as a client or a shell sees it: every way is a clean exit 0.
describe('astana mcp: ending', () => {
  it('ends with 0 when its input closes, after answering every request it read', async () => {
    const server = spawnServer();
    // Everything at once and the input closed at once, as `printf … | astana mcp` does.
    server.child.stdin.end([initialize, call(1, 'meetings_show', { id: 'round-21' }), call(2, 'search', { words: 'earthquake' }), call(3, 'nope', {})].map(line).join(''));
    expect(await server.exited).toEqual({ code: 0, signal: null });
    const answers = server.stdout().trim().split('\n').map((l) => JSON.parse(l) as { id: number });
    expect(answers.map((a) => a.id).sort()).toEqual([0, 1, 2, 3]);
    expect(server.stderr()).toBe('');
  }, 30_000);

  it('reads a last line that has no newline', async () => {
    const server = spawnServer();
    server.child.stdin.end(line(initialize) + JSON.stringify(call(1, 'cite', { meeting: 21 })));
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.stdout().trim().split('\n').map((l) => (JSON.parse(l) as { id: number }).id)).toEqual([0, 1]);
  }, 30_000);

  it.each(['SIGINT', 'SIGTERM'] as const)('ends with 0 on %s, its input still open', async (signal) => {
    const server = spawnServer();
    server.child.stdin.write(line(initialize));
    await until(() => server.stdout().includes('"id":0'));
    server.child.kill(signal);
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.stderr()).toBe('');
  }, 30_000);

  it('skips a line that is not JSON-RPC, saying so on stderr, and answers one that has an id', async () => {
    const server = spawnServer();
    server.child.stdin.end(`${line(initialize)}not json\n\n${line({ jsonrpc: '2.0', id: 7, method: 'tools/call', params: 'junk' })}${line(call(8, 'diff', { a: 21, b: 22 }))}`);
    expect(await server.exited).toEqual({ code: 0, signal: null });
    const answers = server.stdout().trim().split('\n').map((l) => JSON.parse(l) as { id: number; error?: { code: number } });
    expect(answers.find((a) => a.id === 7)?.error?.code).toBe(-32600);
    expect(answers.some((a) => a.id === 8)).toBe(true);
    // One line for the line that is not JSON (in the words of Node's JSON.parse), none for the blank one.
    expect(server.stderr()).toMatch(/^astana mcp: a line that is not JSON was skipped \(.*\)\n$/);
  }, 30_000);
});
