import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseDir } from './helpers/fixture.js';
import { repoRoot, run } from './helpers/run.js';

const bin = `${repoRoot}bin/astana.js`;
// A private cache directory, so the tests never write to the user's own.
const env = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ASTANA_CACHE_DIR: mkdtempSync(join(tmpdir(), 'astana-bin-cache-')) };

function astana(args: string[], extra: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...env, ...extra }, cwd: repoRoot });
}

// The built binary, run as a user would (it is rebuilt by `npm test` before the tests run).
describe('bin/astana.js', () => {
  it('lists the bundled rounds', () => {
    const r = astana(['rounds', 'list', '--format', 'json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).length).toBeGreaterThanOrEqual(4);
  });

  it("prints the tool's version from package.json and the data's from data/dataset.yaml", () => {
    const { version } = JSON.parse(spawnSync('node', ['-p', 'JSON.stringify(require("./package.json"))'], { cwd: repoRoot, encoding: 'utf8' }).stdout);
    const data = readFileSync(join(repoRoot, 'data/dataset.yaml'), 'utf8');
    const [, dataVersion] = /^version: (\S+)$/m.exec(data)!;
    const [, released] = /^released: "(\S+)"$/m.exec(data)!;
    expect(astana(['--version']).stdout).toBe(`astana ${version}\ndata ${dataVersion}, released ${released}\n`);
    // Another data directory's own version, and none where it has no dataset.yaml.
    expect(astana(['--version', '--data', 'test/fixtures/mini']).stdout).toBe(`astana ${version}\ndata 0.3.0, released 2020-06-01\n`);
    const bare = caseDir(undefined, { remove: ['dataset.yaml'] });
    expect(astana(['rounds', 'list', '-V', '--data', bare]).stdout).toBe(`astana ${version}\ndata: no version (no dataset.yaml)\n`);
  });

  it('exits 2 with one line and no stack trace on a bad flag', () => {
    const r = astana(['rounds', 'list', '--nope']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('stays quiet when its output is cut short by head (EPIPE)', () => {
    const r = spawnSync('bash', ['-c', `set -o pipefail; node ${bin} attendance --format json | head -c 10 >/dev/null`], { encoding: 'utf8', env });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('says in one line that the output could not be written, and exits 74 (a full disk)', () => {
    const r = spawnSync('bash', ['-c', `node ${bin} rounds list --format json > /dev/full`], { encoding: 'utf8', env });
    expect([r.status, r.stderr]).toEqual([74, 'astana: cannot write the output: no space left on the device (ENOSPC)\n']);
  });

  it('locates problems in invalid data from the bundle (the YAML parser loads on demand)', () => {
    const dir = caseDir('unknown-topic');
    const r = astana(['validate', '--data', dir, '--format', 'json']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([expect.objectContaining({ code: 'ref/unknown-topic', line: 19, column: 14 })]);
    const syntax = astana(['rounds', 'list', '--data', caseDir('yaml-syntax')]);
    expect(syntax.status).toBe(3);
    expect(syntax.stderr).toMatch(/rounds\/02\.yaml:18:\d+: YAML syntax error/);
  });

  it("keeps V8's compiled code in the cache directory, and nowhere with the cache off", () => {
    const cache = mkdtempSync(join(tmpdir(), 'astana-bin-code-'));
    expect(astana(['rounds', 'list'], { ASTANA_CACHE_DIR: cache }).status).toBe(0);
    expect(readdirSync(cache)).toContain('v8');
    expect(readdirSync(join(cache, 'v8'), { recursive: true }).length).toBeGreaterThan(0);
    const off = mkdtempSync(join(tmpdir(), 'astana-bin-code-'));
    expect(astana(['rounds', 'list'], { ASTANA_CACHE_DIR: off, ASTANA_NO_CACHE: '1' }).status).toBe(0);
    expect(readdirSync(off)).toEqual([]);
  });

  it('draws the same tables as the sources do (the bundle measures ASCII text itself)', async () => {
    for (const argv of [['rounds', 'list'], ['rounds', 'show', '21'], ['attendance']]) {
      const args = [...argv, '--format', 'table'];
      const bundled = astana(args, { COLUMNS: '100' });
      expect(bundled.status).toBe(0);
      expect(bundled.stdout).toBe((await run(args, { env: { COLUMNS: '100' } })).out);
    }
  });

  it('prints no colour codes when piped', () => {
    expect(astana(['rounds', 'show', '21']).stdout).not.toMatch(/\u001b\[/);
  });
});
