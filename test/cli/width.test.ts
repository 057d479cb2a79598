import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { run, runJson } from '../helpers/run.js';

// Every table fits the terminal; only a URL longer than the terminal may pass the edge, alone on
// its line, so that the terminal wraps it softly and it can still be copied whole.
const commands: string[][] = [
  ['rounds', 'list'],
  ['rounds', 'show', '22'],
  ['rounds', 'show', '21'],
  ['rounds', 'show', '1'],
  ['meetings', 'list'],
  ['meetings', 'show', 'summit-7'],
  ['meetings', 'show', 'summit-3'],
  ['agenda', 'diff', '20', '21'],
  ['agenda', 'history', 'idlib'],
  ['diff', '21', '22'],
  ['attendance'],
  ['attendance', '--party', 'iran'],
  ['resolutions', 'list'],
  ['resolutions', 'show', '2254'],
  ['stats'],
  ['cite', '21', '--format', 'table'],
  ['validate', '--data', 'test/fixtures/invalid/unknown-party'],
  ['--help'],
  ['rounds', 'show', '--help'],
];

const url = /^https?:\/\/\S+$/;
const tooWide = (out: string, width: number): string[] => out.split('\n').filter((line) => stringWidth(line) > width && !url.test(line));

describe.each([80, 120])('at %i columns', (columns) => {
  it.each(commands.map((argv) => [argv.join(' '), argv]))('%s: no line is wider than the terminal', async (_name, argv) => {
    const result = await run(argv as string[], { columns, isTTY: true, env: { NO_COLOR: '1' } });
    expect(result.err).toBe('');
    expect(tooWide(result.out, columns)).toEqual([]);
  });

  it.each([
    [['rounds', 'show', '22'], ['rounds', 'show', '22']],
    [['meetings', 'show', 'summit-7'], ['meetings', 'show', 'summit-7']],
  ])('%j: every source URL is printed whole, on a line of its own', async (argv, jsonArgv) => {
    const { sources } = await runJson<{ sources: { url: string }[] }>(jsonArgv);
    const lines = new Set((await run(argv, { columns, isTTY: true, env: { NO_COLOR: '1' } })).out.split('\n').map((l) => l.trim()));
    for (const s of sources) expect(lines).toContain(s.url);
  });

  it('resolutions show and agenda history print every cited URL whole', async () => {
    const res = await runJson<{ citations: { sources: { url: string }[] }[] }>(['resolutions', 'show', '2254']);
    const hist = await runJson<{ appearances: { sources: { url: string }[] }[] }>(['agenda', 'history', 'idlib']);
    for (const [argv, urls] of [
      [['resolutions', 'show', '2254'], res.citations.flatMap((c) => c.sources.map((s) => s.url))],
      [['agenda', 'history', 'idlib'], hist.appearances.flatMap((a) => a.sources.map((s) => s.url))],
    ] as const) {
      const lines = new Set((await run([...argv], { columns, isTTY: true, env: { NO_COLOR: '1' } })).out.split('\n').map((l) => l.trim()));
      for (const u of urls) expect(lines).toContain(u);
    }
  });
});

describe('the width of a table', () => {
  it('is $COLUMNS, else 80, when the terminal reports none, and when piped', async () => {
    const widest = (out: string): number => Math.max(...out.split('\n').filter((l) => !url.test(l)).map((l) => stringWidth(l)));
    const zero = await run(['rounds', 'show', '21'], { columns: 0, isTTY: true, env: { NO_COLOR: '1' } });
    expect(widest(zero.out)).toBeLessThanOrEqual(80);
    const env = await run(['rounds', 'show', '21', '--format', 'table'], { env: { COLUMNS: '100' } });
    expect(widest(env.out)).toBeLessThanOrEqual(100);
    expect(widest(env.out)).toBeGreaterThan(80);
    // The first table a new user sees keeps its dates whole at 80 columns.
    const list = await run(['rounds', 'list'], { columns: 0, isTTY: true, env: { NO_COLOR: '1' } });
    expect(list.out).toContain('2024-11-12');
  });
});
