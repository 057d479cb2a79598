import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseDir } from '../helpers/fixture.js';
import { repoRoot } from '../helpers/run.js';

// The built hook (dist/compile-cache.js, rebuilt by `npm test`), in a fresh Node each run, since
// it wraps the module loader of the process it runs in.
function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'astana-code-'));
  const code = join(dir, 'code');
  const cache = join(dir, 'cache');
  mkdirSync(code);
  const module = join(code, 'm.js');
  writeFileSync(module, "module.exports = { said: 'first' };\n");
  const driver = [
    `const cache = require(${JSON.stringify(join(repoRoot, 'dist/compile-cache.js'))}).cacheCompiledCode(${JSON.stringify(code)}, ${JSON.stringify(cache)});`,
    'process.once("exit", cache.flush);',
    `process.stdout.write(require(${JSON.stringify(module)}).said);`,
  ].join('\n');
  const run = (): string => {
    const r = spawnSync(process.execPath, ['-e', driver], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    return r.stdout;
  };
  const entries = (): string[] => readdirSync(cache);
  return { module, cache, run, entries };
}

describe('the compiled-code cache', () => {
  it('writes the code once, then uses it', () => {
    const s = setup();
    expect(s.run()).toBe('first');
    expect(s.entries()).toHaveLength(1);
    const written = statSync(join(s.cache, s.entries()[0]!)).ino;
    expect(s.run()).toBe('first');
    // Unused or rejected code would be written again, to a new file.
    expect(statSync(join(s.cache, s.entries()[0]!)).ino).toBe(written);
  });

  it('runs the new code after an edit that keeps the length and the modification time', () => {
    const s = setup();
    s.run();
    const reference = `${s.module}.times`;
    expect(spawnSync('touch', ['-r', s.module, reference]).status).toBe(0);
    writeFileSync(s.module, readFileSync(s.module, 'utf8').replace('first', 'again'));
    expect(spawnSync('touch', ['-r', reference, s.module]).status).toBe(0);
    expect(s.run()).toBe('again');
    expect(s.entries()).toHaveLength(1);
  });

  it("keeps other Nodes' code, and drops the code of files gone", () => {
    const s = setup();
    mkdirSync(s.cache);
    const other = 'm.js@v0.0.1-1-2-3-4.v8';
    const gone = `gone.js@${process.version}-1-2-3-4.v8`;
    for (const name of [other, gone]) writeFileSync(join(s.cache, name), 'code');
    s.run();
    expect(s.entries()).toContain(other);
    expect(s.entries()).not.toContain(gone);
    expect(s.entries()).toHaveLength(2);
  });

  it('neither reads nor writes code in a directory others may write to', () => {
    const s = setup();
    mkdirSync(s.cache);
    chmodSync(s.cache, 0o777);
    expect(s.run()).toBe('first');
    expect(s.entries()).toEqual([]);
  });

  it('compiles afresh, and replaces the entry, when what is cached is not code V8 accepts', () => {
    const s = setup();
    s.run();
    const [name] = s.entries();
    writeFileSync(join(s.cache, name!), 'not compiled code at all');
    expect(s.run()).toBe('first');
    expect(s.entries()).toEqual([name]);
    expect(readFileSync(join(s.cache, name!), 'utf8')).not.toBe('not compiled code at all');
  });
});

describe('bin/astana.js', () => {
  it('writes no cache inside the data directory, even when the cache directory is there', () => {
    const data = caseDir();
    const before = spawnSync('find', [data], { encoding: 'utf8' }).stdout;
    for (const args of [['rounds', 'list', '--data', data], [`--data=${data}`, 'search', 'boycott']]) {
      const r = spawnSync(process.execPath, [join(repoRoot, 'bin/astana.js'), ...args], { encoding: 'utf8', env: { ...process.env, ASTANA_CACHE_DIR: join(data, 'cache'), ASTANA_DATA: '' } });
      expect(r.status, r.stderr).toBe(0);
    }
    expect(spawnSync('find', [data], { encoding: 'utf8' }).stdout).toBe(before);
  });
});
