import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { caseDir } from './helpers/fixture.js';
import { repoRoot, run } from './helpers/run.js';

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  pass_filenames: boolean;
}

const hooks = parse(readFileSync(`${repoRoot}.pre-commit-hooks.yaml`, 'utf8')) as Hook[];

// pre-commit runs `entry` with the staged files that match `files` appended.
describe('.pre-commit-hooks.yaml', () => {
  const hook = hooks.find((h) => h.id === 'astana-validate')!;

  it('declares a node hook that runs astana validate on YAML files', () => {
    expect(hook).toMatchObject({ language: 'node', pass_filenames: true });
    expect(hook.entry.split(' ').slice(0, 2)).toEqual(['astana', 'validate']);
    expect(new RegExp(hook.files).test('data/rounds/23.yaml')).toBe(true);
  });

  it('passes a clean file and fails a broken one, as pre-commit would call it', async () => {
    const args = hook.entry.split(' ').slice(1);
    const good = caseDir();
    expect((await run([...args, `${good}/rounds/01.yaml`])).code).toBe(0);
    const bad = caseDir('unknown-topic');
    const failed = await run([...args, `${bad}/rounds/02.yaml`]);
    expect(failed.code).toBe(1);
    expect(failed.out).toContain('ref/unknown-topic');
  });
});
