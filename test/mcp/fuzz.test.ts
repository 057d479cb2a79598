import { describe, expect, it } from 'vitest';
import { tools } from '../../src/mcp/tools.js';
import { initialize, spawnServer } from '../helpers/mcp.js';

/** mulberry32: a small seeded PRNG, so that a failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const seed = 20_231;
const objects = 1000;

/** Random values of every JSON type: plausible ids, unicode, huge strings, nested junk. */
function generator(random: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const plausible = ['round-21', 'r21', '21', 'summit-7', 'm2', 'latest', 'iran', 'Türkiye', 'idlib', 'golan', 'khaji', '2254', 'S/RES/2254(2015)', 'sochi', '2019', '1.0.0', 'round', 'guarantor', 'count', 'agenda'];
  const strings = (): string =>
    pick([
      () => pick(plausible),
      () => '',
      () => ' \t\n',
      () => 'x'.repeat(Math.floor(random() * 200_000)),
      () => 'é'.repeat(Math.floor(random() * 300)),
      () => '\u0000\u001b[31m\u202e\ud83d\ude00 \ufeff',
      () => String.fromCharCode(...Array.from({ length: 1 + Math.floor(random() * 40) }, () => Math.floor(random() * 0xd7ff))),
      () => '__proto__',
      () => '../../../etc/passwd',
      () => '%s%n${x}\\',
    ])();
  const value = (depth: number): unknown =>
    pick([
      strings,
      strings,
      () => Math.floor(random() * 50) - 5,
      () => pick([0, -1, 1.5, 1e308, -1e308, 2 ** 53, Number.MAX_SAFE_INTEGER + 2]),
      () => random() < 0.5,
      () => null,
      () => (depth > 3 ? [] : Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1))),
      () => (depth > 3 ? {} : Object.fromEntries(Array.from({ length: Math.floor(random() * 4) }, () => [strings().slice(0, 30), value(depth + 1)]))),
    ])();
  /** Arguments for one tool: its own names (some left out), strangers, random values; now and then not an object at all. */
  const argumentsFor = (params: readonly string[]): unknown => {
    if (random() < 0.05) return pick([[], 'junk', 42, true, [1, { a: 2 }]]);
    const args: Record<string, unknown> = {};
    for (const name of params) if (random() < 0.6) args[name] = random() < 0.5 ? pick(plausible) : value(0);
    if (random() < 0.3) args[pick(['bogus', '', 'constructor', '__proto__', 'ID', 'a'.repeat(5000), '🙂'])] = value(0);
    return args;
  };
  return { argumentsFor };
}

// Random argument objects against the tools of a spawned server, each object to the next tool in
// turn, so that every tool gets its share: the server must answer each call with JSON-RPC, write
// nothing else to stdout, report no bug on stderr, and end cleanly.
describe('astana mcp: fuzzed arguments', () => {
  it(`answers ${objects} random argument objects, spread over every tool (seed ${seed}), with JSON-RPC only`, async () => {
    const { argumentsFor } = generator(prng(seed));
    const names = Object.keys(tools) as (keyof typeof tools)[];
    const lines = [JSON.stringify(initialize)];
    let id = 0;
    for (let i = 0; i < objects; i++) {
      const name = names[i % names.length]!;
      lines.push(JSON.stringify({ jsonrpc: '2.0', id: ++id, method: 'tools/call', params: { name, arguments: argumentsFor(Object.keys(tools[name].params)) } }));
    }
    const server = spawnServer();
    server.child.stdin.end(`${lines.join('\n')}\n`);
    expect(await server.exited).toEqual({ code: 0, signal: null });

    const out = server.stdout();
    expect(out.endsWith('\n')).toBe(true);
    const answers = out.slice(0, -1).split('\n').map((line) => JSON.parse(line) as { jsonrpc: string; id: number; result?: { isError?: boolean; content: { text: string }[] }; error?: { code: number; message: string } });
    for (const a of answers) {
      expect(a.jsonrpc).toBe('2.0');
      expect(typeof a.id).toBe('number');
      expect((a.result === undefined) !== (a.error === undefined), JSON.stringify(a).slice(0, 300)).toBe(true);
      if (a.result?.isError) expect(a.result.content[0]!.text).not.toMatch(/internal error/);
      if (a.error) expect(a.error.code).not.toBe(-32603);
    }
    expect(new Set(answers.map((a) => a.id)).size).toBe(id + 1);
    expect(server.stderr()).toBe('');
    // Some calls of each kind: the fuzz reaches the queries, not only the argument checks.
    expect(answers.filter((a) => a.result && !a.result.isError).length).toBeGreaterThan(names.length);
    expect(answers.filter((a) => a.result?.isError).length).toBeGreaterThan(objects / 2);
    expect(answers.filter((a) => a.error).length).toBeGreaterThan(0);
  }, 120_000);
});
