import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/run.js';

const script = (await run(['completion', 'bash'])).out;
const file = join(mkdtempSync(join(tmpdir(), 'astana-completion-')), 'astana.bash');
writeFileSync(file, script);

/** What bash offers after typing `words` (the last one being completed). */
function complete(...words: string[]): string[] {
  const line = ['astana', ...words].map((w) => `'${w}'`).join(' ');
  const r = spawnSync('bash', ['-c', `source '${file}'; COMP_WORDS=(${line}); COMP_CWORD=$((\${#COMP_WORDS[@]}-1)); _astana; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter(Boolean);
}

describe('bash completion', () => {
  it('completes commands and subcommands', () => {
    expect(complete('ro')).toEqual(['rounds']);
    expect(complete('rounds', '')).toEqual(expect.arrayContaining(['list', 'show']));
  });

  it('completes round numbers, party ids and topic ids', () => {
    expect(complete('rounds', 'show', '2')).toEqual(['2', '20', '21', '22']);
    expect(complete('rounds', 'list', '--party', 'tur')).toEqual(['turkey']);
    expect(complete('agenda', 'history', 'con')).toEqual(['constitutional-committee']);
    expect(complete('attendance', '--role', 'obs')).toEqual(['observer']);
  });

  it('completes the registry commands, their ids, and the new flags', () => {
    expect(complete('pe')).toEqual(['people']);
    expect(complete('people', 'show', 'khaj')).toEqual(['khaji']);
    expect(complete('parties', 'show', 'syria-')).toEqual(['syria-government', 'syria-opposition']);
    expect(complete('topics', 'show', 'gol')).toEqual(['golan']);
    expect(complete('sources', 'summit-')).toEqual(['summit-1', 'summit-2', 'summit-3', 'summit-4', 'summit-5', 'summit-6', 'summit-7']);
    expect(complete('meetings', 'list', '--city', 'nu')).toEqual([]);
    expect(complete('meetings', 'list', '--city', 'new')).toEqual(['new-york']);
    expect(complete('search', 'x', '--kind', 'pe')).toEqual(['person']);
    expect(complete('topics', 'list', '--sort', 'c')).toEqual(['count']);
    expect(complete('rounds', 'list', '--year', '201')).toEqual(['2017', '2018', '2019']);
  });

  it('completes flags, skipping the values of flags already given', () => {
    expect(complete('rounds', 'list', '--from', '2020', '--t')).toEqual(['--to', '--topic']);
    expect(complete('--format', 'js')).toEqual(['json']);
  });
});

describe('zsh and fish completion', () => {
  it('zsh reuses the bash function through bashcompinit', async () => {
    const zsh = (await run(['completion', 'zsh'])).out;
    expect(zsh).toContain('bashcompinit');
    expect(zsh).toContain('complete -F _astana astana');
  });

  it('fish lists the commands, subcommands, ids and flags', async () => {
    const fish = (await run(['completion', 'fish'])).out;
    expect(fish).toContain("complete -c astana -n '__fish_use_subcommand' -a 'rounds meetings agenda");
    expect(fish).toContain("complete -c astana -n '__fish_seen_subcommand_from rounds; and __fish_seen_subcommand_from show' -a '1 2 3");
    expect(fish).toMatch(/complete -c astana -l party -x -a 'russia turkey iran/);
  });

  it('refuses an unknown shell', async () => {
    expect((await run(['completion', 'tcsh'])).err).toBe('astana: unknown shell \'tcsh\' (shells: bash, zsh, fish)\n');
  });
});
