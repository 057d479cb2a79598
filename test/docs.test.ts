import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, run } from './helpers/run.js';

/** The pages a reader follows: the README, the reference under docs/, and the guide for contributors. */
const pages = ['README.md', 'CONTRIBUTING.md', ...readdirSync(join(repoRoot, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
const text = (page: string): string => readFileSync(join(repoRoot, page), 'utf8');

/** Every block that shows `$ astana …` and its output, but for piped or made-up examples. */
const samples = pages.flatMap((page) =>
  [...text(page).matchAll(/```\n\$ (astana [^\n]*)\n(.*?)```/gs)].map((m) => ({ page, command: m[1]!, shown: m[2]! })).filter((s) => !/[|>]|my-data/.test(s.command)),
);

// The pages show real output at 80 columns; an excerpt ends in "…" and must be the start of it.
describe('command samples of README.md and docs/', () => {
  it('has samples in the README and in the reference', () => {
    expect(samples.filter((s) => s.page === 'README.md').length).toBeGreaterThan(5);
    expect(samples.filter((s) => s.page === 'docs/commands.md').length).toBeGreaterThan(12);
  });

  it.each(samples.map((s) => [s.page, s.command, s]))('%s: `%s` is the real output', async (_p, _c, { command, shown }) => {
    const argv = command.split(' ').slice(1);
    const format = argv.includes('--style') || argv.includes('--format') ? [] : ['--format', 'table'];
    // `export` writes files: it runs in a directory of its own, not in the repository.
    const cwd = argv[0] === 'export' ? mkdtempSync(join(tmpdir(), 'astana-docs-')) : repoRoot;
    const { out } = await run([...argv, ...format], { env: { COLUMNS: '80', NO_COLOR: '1' }, cwd });
    const lines = shown.replace(/\n$/, '').split('\n');
    if (lines.at(-1) === '…') expect(out.split('\n').slice(0, lines.length - 1)).toEqual(lines.slice(0, -1));
    else expect(out).toBe(shown);
  });

  // The line that puts astana on the PATH is run by test/packaging.test.ts.
  it('gives the quick start and the test command exactly', () => {
    expect(text('README.md')).toContain('npm ci && npx astana rounds list\nnpm test\n');
  });

  it('links only to pages that exist', () => {
    for (const page of pages) {
      for (const [, target] of text(page).matchAll(/\]\(((?!https?:|#)[^)#]+)(#[^)]*)?\)/g)) {
        const path = join(repoRoot, page.includes('/') ? 'docs' : '', target!);
        expect(existsSync(path), `${page} → ${target}`).toBe(true);
      }
    }
  });
});

describe('the reference sample of piped sources', () => {
  it('shows the current first URLs of `astana sources 20`', async () => {
    const urls = (await run(['sources', '20'])).out.split('\n').slice(0, 3).join('\n');
    expect(text('docs/commands.md')).toContain(`$ astana sources 20 | head -3\n${urls}\n`);
  });
});

describe('README.md', () => {
  it('is short enough to read first: at most 450 lines', () => {
    expect(text('README.md').split('\n').length).toBeLessThanOrEqual(450);
  });
});
