import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, run } from '../helpers/run.js';

const mini = ['--data', join(fixtures, 'mini')];
const refusal = (name: string): string => `astana: '${name}' holds files that are not an astana export; give a new or empty directory, or --force to replace it\n`;

describe('export --to over an earlier export', () => {
  it('recognises an earlier export, README.md and all, and replaces it in one step', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'astana-write-'));
    expect((await run(['export', '--to', 'pkg', ...mini], { cwd })).code).toBe(0);
    expect(readdirSync(join(cwd, 'pkg'))).toContain('README.md');
    // A reader's edit of the codebook goes with the rest: the package is replaced whole.
    writeFileSync(join(cwd, 'pkg', 'README.md'), 'edited\n');
    const again = await run(['export', '--to', 'pkg', ...mini], { cwd });
    expect([again.code, again.err]).toEqual([0, '']);
    expect(readFileSync(join(cwd, 'pkg', 'README.md'), 'utf8')).toMatch(/^# Mini dataset\n/);
  });

  it('still refuses a directory of unrelated files, a README.md among them, or another package\'s datapackage.json', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'astana-write-'));
    mkdirSync(join(cwd, 'notes'));
    writeFileSync(join(cwd, 'notes', 'README.md'), '# My notes\n');
    mkdirSync(join(cwd, 'other'));
    writeFileSync(join(cwd, 'other', 'README.md'), '# Another package\n');
    writeFileSync(join(cwd, 'other', 'datapackage.json'), JSON.stringify({ name: 'another-package', resources: [] }));
    for (const name of ['notes', 'other']) {
      const refused = await run(['export', '--to', name, ...mini], { cwd });
      expect([refused.code, refused.err], name).toEqual([2, refusal(name)]);
      expect(readFileSync(join(cwd, name, 'README.md'), 'utf8'), name).not.toMatch(/Mini dataset/);
    }
    expect(existsSync(join(cwd, 'notes', 'datapackage.json'))).toBe(false);
  });
});
