import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers/run.js';

const sh = (cmd: string, args: string[], cwd: string) => spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } });

// The package as users get it: `npm pack`, installed globally into a scratch prefix.
describe('npm pack', () => {
  it('installs globally without dev dependencies and runs on the bundled data', () => {
    const work = mkdtempSync(join(tmpdir(), 'astana-pack-'));
    // --ignore-scripts: `npm test` has just built dist/; rebuilding here would race other tests.
    const packed = sh('npm', ['pack', '--ignore-scripts', '--pack-destination', work], repoRoot);
    expect(packed.status, packed.stderr).toBe(0);
    const tarball = join(work, readdirSync(work).find((f) => f.endsWith('.tgz'))!);

    const listing = sh('tar', ['-tzf', tarball], work).stdout.split('\n');
    expect(listing).toContain('package/bin/astana.js');
    expect(listing).toContain('package/dist/snapshot.json');
    expect(listing.filter((f) => /^package\/(test|src|bench|scripts)\//.test(f))).toEqual([]);

    const prefix = join(work, 'prefix');
    const installed = sh('npm', ['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball], work);
    expect(installed.status, installed.stderr).toBe(0);
    const pkg = join(prefix, 'lib', 'node_modules', 'astana');
    for (const dev of ['vitest', 'typescript', 'esbuild', 'fast-check']) expect(existsSync(join(pkg, 'node_modules', dev)), dev).toBe(false);

    const r = sh(join(prefix, 'bin', 'astana'), ['rounds', 'list', '--format', 'json'], work);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(22);
  }, 180_000);

  it("puts astana on the PATH from a clone with the README's own install line, and npm says nothing of it", () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const line = /^(npm install -g [^#\n]*?)\s*(?:#.*)?$/m.exec(readme.slice(readme.indexOf('## Install')))?.[1];
    expect(line).toMatch(/ \.$/);
    const prefix = mkdtempSync(join(tmpdir(), 'astana-global-'));
    // A folder installed globally is a link to it: the clone, whose dist/ `npm test` has just built.
    const installed = spawnSync('sh', ['-c', `${line} --no-audit --no-fund`], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, NPM_CONFIG_PREFIX: prefix } });
    expect(installed.status, installed.stderr).toBe(0);
    expect(installed.stderr).not.toMatch(/npm warn/i);
    const r = sh(join(prefix, 'bin', 'astana'), ['rounds', 'list', '--format', 'json'], prefix);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(22);
  }, 60_000);
});
