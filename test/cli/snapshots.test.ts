import { describe, expect, it } from 'vitest';
import { run } from '../helpers/run.js';

// What a person sees, colour off, compared with files under __snapshots__ (review them in diffs).
describe('table output', () => {
  it.each([
    ['rounds-list', ['rounds', 'list']],
    ['rounds-show-22', ['rounds', 'show', '22']],
    ['rounds-show-mini-2', ['rounds', 'show', '2', '--data', 'test/fixtures/mini']],
    ['agenda-diff-20-21', ['agenda', 'diff', '20', '21']],
    ['attendance', ['attendance']],
    ['resolutions-list', ['resolutions', 'list']],
    ['resolutions-show-2254', ['resolutions', 'show', '2254']],
    ['validate', ['validate']],
    ['meetings-list', ['meetings', 'list']],
    ['meetings-show-summit-7', ['meetings', 'show', 'summit-7']],
    ['meetings-show-ministerial-2', ['meetings', 'show', 'ministerial-2']],
    ['stats', ['stats']],
    ['agenda-history-idlib', ['agenda', 'history', 'idlib']],
    ['help', ['--help']],
    ['help-rounds-list', ['rounds', 'list', '--help']],
  ])('%s', async (name, argv) => {
    const result = await run(argv, { columns: 120, isTTY: true, env: { NO_COLOR: '1' } });
    expect(result.err).toBe('');
    await expect(result.out).toMatchFileSnapshot(`__snapshots__/${name}.txt`);
  });
});

describe('colour', () => {
  const ansi = /\u001b\[/;
  it('is off when stdout is not a terminal', async () => {
    expect((await run(['rounds', 'show', '21', '--format', 'table'])).out).not.toMatch(ansi);
  });
  it('is off on a terminal with NO_COLOR set', async () => {
    expect((await run(['rounds', 'show', '21'], { isTTY: true, env: { NO_COLOR: '1' } })).out).not.toMatch(ansi);
  });
  it('is on on a terminal, and with FORCE_COLOR when piped', async () => {
    expect((await run(['rounds', 'show', '21'], { isTTY: true })).out).toMatch(ansi);
    expect((await run(['rounds', 'show', '21', '--format', 'table'], { env: { FORCE_COLOR: '1' } })).out).toMatch(ansi);
  });
  it('follows --color always and never over everything else', async () => {
    expect((await run(['rounds', 'show', '21', '--format', 'table', '--color', 'always'], { env: { NO_COLOR: '1' } })).out).toMatch(ansi);
    expect((await run(['rounds', 'show', '21', '--color=never'], { isTTY: true, env: { FORCE_COLOR: '1' } })).out).not.toMatch(ansi);
    expect((await run(['rounds', 'list', '--color', 'sometimes'])).code).toBe(2);
  });
  it('never colours JSON', async () => {
    expect((await run(['rounds', 'show', '21', '--format', 'json'], { isTTY: true })).out).not.toMatch(ansi);
  });
});
