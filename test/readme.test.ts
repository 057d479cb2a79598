import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, run } from './helpers/run.js';

const readme = readFileSync(`${repoRoot}README.md`, 'utf8');

/** Every README block that shows `$ astana …` and its output, but for piped or made-up examples. */
const samples = [...readme.matchAll(/```\n\$ (astana [^\n]*)\n(.*?)```/gs)]
  .map((m) => ({ command: m[1]!, shown: m[2]! }))
  .filter((s) => !/[|>]|my-data/.test(s.command));

// The README shows real output at 80 columns; an excerpt ends in "…" and must be the start of it.
describe('README samples', () => {
  it('has samples', () => expect(samples.length).toBeGreaterThan(8));

  it.each(samples.map((s) => [s.command, s]))('`%s` is the real output', async (_c, { command, shown }) => {
    const argv = command.split(' ').slice(1);
    const format = argv.includes('--style') || argv.includes('--format') ? [] : ['--format', 'table'];
    // `export` writes files: it runs in a directory of its own, not in the repository.
    const cwd = argv[0] === 'export' ? mkdtempSync(join(tmpdir(), 'astana-readme-')) : repoRoot;
    const { out } = await run([...argv, ...format], { env: { COLUMNS: '80', NO_COLOR: '1' }, cwd });
    const lines = shown.replace(/\n$/, '').split('\n');
    if (lines.at(-1) === '…') expect(out.split('\n').slice(0, lines.length - 1)).toEqual(lines.slice(0, -1));
    else expect(out).toBe(shown);
  });

  it('gives the quick start and the test command exactly', () => {
    expect(readme).toContain('npm ci && npx astana rounds list\nnpm test\n');
  });
});

describe('README sample of piped sources', () => {
  it('shows the current first URLs of `astana sources 20`', async () => {
    const urls = (await run(['sources', '20'])).out.split('\n').slice(0, 3).join('\n');
    expect(readme).toContain(`$ astana sources 20 | head -3\n${urls}\n`);
  });
});
