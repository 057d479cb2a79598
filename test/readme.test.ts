import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repoRoot, run } from './helpers/run.js';

const readme = readFileSync(`${repoRoot}README.md`, 'utf8');

// The README shows real output; these keep it from drifting when the data changes.
describe('README', () => {
  it('shows the current coverage table of `astana stats`', async () => {
    expect(readme).toContain((await run(['stats', '--format', 'table'])).out);
  });

  it('shows the current attendance matrix', async () => {
    expect(readme).toContain((await run(['attendance', '--format', 'table'])).out);
  });

  it('gives the quick start and the test command exactly', () => {
    expect(readme).toContain('npm ci && npx astana rounds list\nnpm test\n');
  });
});

describe('README samples', () => {
  it('shows the current `rounds list --from 2024` table', async () => {
    expect(readme).toContain((await run(['rounds', 'list', '--from', '2024', '--format', 'table'])).out);
  });
});

describe('README samples of the search and registry commands', () => {
  it.each([
    [['search', 'earthquake']],
    [['people', 'list', '--party', 'iran']],
    [['meetings', 'list', '--city', 'sochi']],
  ])('shows the current `%j` table', async (argv) => {
    expect(readme).toContain(`$ astana ${argv.join(' ')}\n${(await run([...argv, '--format', 'table'])).out}`);
  });

  it('shows the current first URLs of `astana sources 20`', async () => {
    const urls = (await run(['sources', '20'])).out.split('\n').slice(0, 3).join('\n');
    expect(readme).toContain(`$ astana sources 20 | head -3\n${urls}\n`);
  });
});
