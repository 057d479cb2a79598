import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataDir } from '../../../src/data/pipeline.js';
import { readDataDir } from '../../../src/data/yaml/read.js';
import { caseDir } from '../../helpers/fixture.js';
import { repoRoot, run } from '../../helpers/run.js';

const stackTrace = /\n\s+at .+:\d+:\d+/;

describe('symbolic links', () => {
  it('refuses a data file that links out of the data directory, and never quotes its target', async () => {
    const dir = caseDir();
    const outside = join(caseDir(), 'secret.yaml');
    writeFileSync(outside, 'root:x:0:0:root:/root:/bin/bash\nround: 2\n');
    renameSync(join(dir, 'rounds/02.yaml'), join(dir, 'rounds/02.bak'));
    symlinkSync(outside, join(dir, 'rounds/02.yaml'));
    const checked = await checkDataDir(dir);
    expect(checked.diagnostics).toEqual([expect.objectContaining({ code: 'load/outside-link', file: 'rounds/02.yaml', line: 0 })]);
    expect(checked.texts.has('rounds/02.yaml')).toBe(false);
    const { code, out } = await run(['validate', '--data', dir]);
    expect(code).toBe(1);
    expect(out).toContain('load/outside-link');
    expect(out).not.toContain('root:x');
  });

  it('refuses a meeting folder that links out of the data directory', () => {
    const dir = caseDir();
    const elsewhere = caseDir();
    renameSync(join(dir, 'summits'), join(dir, 'summits.old'));
    symlinkSync(join(elsewhere, 'summits'), join(dir, 'summits'));
    expect(readDataDir(dir).diagnostics).toEqual([expect.objectContaining({ code: 'load/outside-link', file: 'summits' })]);
  });

  it('follows a link that stays inside the data directory', async () => {
    const dir = caseDir();
    mkdirSync(join(dir, 'archive'));
    renameSync(join(dir, 'rounds/02.yaml'), join(dir, 'archive/02.yaml'));
    symlinkSync('../archive/02.yaml', join(dir, 'rounds/02.yaml'));
    expect((await checkDataDir(dir)).diagnostics).toEqual([]);
  });
});

/**
 * An unreadable folder. Root reads anything, so as root the command runs as user nobody, for
 * whom a folder with mode 000 is as unreadable as for anyone else.
 */
describe('a folder the user may not read', () => {
  it('is a diagnostic (validate exits 1) and a one-line error for a query (exit 3), never a stack trace', () => {
    const dir = caseDir();
    chmodSync(dir, 0o755);
    chmodSync(join(dir, 'rounds'), 0o000);
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const astana = (...args: string[]) =>
      spawnSync(process.execPath, [join(repoRoot, 'bin/astana.js'), ...args, '--data', dir], { encoding: 'utf8', env: { ...process.env, ASTANA_NO_CACHE: '1' }, ...asNobody });
    const validated = astana('validate', '--format', 'json');
    const queried = astana('rounds', 'list');
    chmodSync(join(dir, 'rounds'), 0o755);
    expect(validated.status).toBe(1);
    expect(JSON.parse(validated.stdout)).toEqual([expect.objectContaining({ code: 'load/unreadable', file: `${dir}/rounds`, message: 'cannot read file: permission denied' })]);
    expect(queried.status).toBe(3);
    expect(queried.stderr.trim().split('\n')).toHaveLength(1);
    for (const text of [validated.stderr, queried.stderr]) expect(text).not.toMatch(stackTrace);
  });
});
