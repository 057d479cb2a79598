import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleTemps, tempBeside } from '../../src/runtime/atomic.js';
import { repoRoot } from '../helpers/run.js';

/** A process id that no process holds now: a child that has exited. */
const deadPid = (): number => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);

describe('temporary files', () => {
  it('are named unpredictably, after the writing process', () => {
    const a = tempBeside('/x/out.html');
    const b = tempBeside('/x/out.html');
    expect(a).not.toBe(b);
    expect(a).toMatch(new RegExp(`^/x/out\\.html\\.${process.pid}\\.[0-9a-f]{16}\\.tmp$`));
  });

  it('of a writer that was killed are removed; those of a live writer, and files of other names, stay', () => {
    const dir = mkdtempSync(join(tmpdir(), 'astana-temps-'));
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      const killed = `entry.json.${deadPid()}.0123456789abcdef.tmp`;
      const writing = `entry.json.${live.pid}.fedcba9876543210.tmp`;
      const abandoned = `entry.json.${live.pid}.00000000000000aa.tmp`;
      const killedDir = `package.${deadPid()}.0123456789abcdee.tmp`;
      for (const name of [killed, writing, abandoned, 'entry.json', 'notes.tmp']) writeFileSync(join(dir, name), 'x');
      mkdirSync(join(dir, killedDir));
      writeFileSync(join(dir, killedDir, 'meetings.csv'), 'x');
      // A live process's temp file an hour old is abandoned all the same: process ids are reused.
      const hourAgo = (Date.now() - 61 * 60 * 1000) / 1000;
      utimesSync(join(dir, abandoned), hourAgo, hourAgo);
      removeStaleTemps(dir);
      expect(readdirSync(dir).sort()).toEqual(['entry.json', writing, 'notes.tmp'].sort());
    } finally {
      live.kill();
    }
  });

  it('are removed when the cache is next read, by a new run of the tool', () => {
    const cache = mkdtempSync(join(tmpdir(), 'astana-cache-'));
    const data = join(repoRoot, 'test/fixtures/mini');
    const astana = () => spawnSync(process.execPath, [join(repoRoot, 'bin/astana.js'), 'rounds', 'list', '--data', data], { encoding: 'utf8', env: { ...process.env, ASTANA_CACHE_DIR: cache } });
    expect(astana().status).toBe(0);
    const entry = readdirSync(cache).find((name) => name.endsWith('.json'))!;
    const left = `${entry}.${deadPid()}.0123456789abcdef.tmp`;
    writeFileSync(join(cache, left), Buffer.alloc(1024 * 1024));
    expect(astana().status).toBe(0);
    expect(readdirSync(cache)).not.toContain(left);
  });
});
