import { spawn, spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { mkdtempSync, readdirSync, rmSync, watch } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/run.js';
import { installProcessHandlers, type ProcessLike } from '../../src/runtime/process-handlers.js';

function fakeProcess(): ProcessLike & { exits: number[]; written: string[] } {
  const proc = new EventEmitter() as ProcessLike & { exits: number[]; written: string[] };
  const stderr = Object.assign(new EventEmitter(), { write: (s: string) => proc.written.push(s) > 0 });
  Object.assign(proc, { stdout: new EventEmitter(), stderr, exits: [], written: [] });
  proc.exit = ((code?: number) => {
    proc.exits.push(code ?? 0);
  }) as ProcessLike['exit'];
  return proc;
}

const failure = (code: string): Error => Object.assign(new Error(`write ${code}`), { code });

describe('installProcessHandlers', () => {
  it('exits 0, quietly, when the reader of stdout goes away (EPIPE)', () => {
    const proc = fakeProcess();
    installProcessHandlers(proc);
    proc.stdout.emit('error', failure('EPIPE'));
    expect([proc.exits, proc.written]).toEqual([[0], []]);
  });

  it.each([
    ['ENOSPC', 'no space left on the device (ENOSPC)'],
    ['EIO', 'an input/output error (EIO)'],
    ['EWHATEVER', 'EWHATEVER'],
  ])('turns %s on stdout into one line and exit 74', (code, text) => {
    const proc = fakeProcess();
    installProcessHandlers(proc);
    proc.stdout.emit('error', failure(code));
    expect([proc.exits, proc.written]).toEqual([[74], [`astana: cannot write the output: ${text}\n`]]);
  });

  it('leaves SIGINT to its default action, which ends the process at once', () => {
    const proc = fakeProcess();
    installProcessHandlers(proc);
    expect(proc.listenerCount('SIGINT')).toBe(0);
  });

  it('survives an error on stderr', () => {
    const proc = fakeProcess();
    installProcessHandlers(proc);
    expect(() => proc.stderr.emit('error', failure('EPIPE'))).not.toThrow();
  });
});

/**
 * Ctrl-C on the built binary, on 20,000 generated rounds: any command ends at once, by the
 * signal (the shell sees 130), before it has printed its result, and leaves no partial file.
 */
describe('Ctrl-C on a large dataset', () => {
  const data = mkdtempSync(join(tmpdir(), 'astana-20k-'));
  const cache = mkdtempSync(join(tmpdir(), 'astana-20k-cache-'));
  beforeAll(() => {
    expect(spawnSync(process.execPath, [join(repoRoot, 'bench/generate.mjs'), '20000', data]).status).toBe(0);
  }, 120_000);
  // Removing 20,000 files takes seconds on a busy machine.
  afterAll(() => {
    rmSync(data, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  }, 120_000);

  /** Starts a command; `out` counts the bytes it has written to stdout so far. */
  function start(args: string[], env: Record<string, string>, read = true) {
    const child = spawn(process.execPath, [join(repoRoot, 'bin/astana.js'), ...args, '--data', data], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const seen = { out: 0, err: '' };
    if (read) child.stdout.on('data', (chunk: Buffer) => (seen.out += chunk.length));
    child.stderr.on('data', (chunk: Buffer) => (seen.err += chunk.toString()));
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on('exit', (code, signal) => done({ code, signal })));
    return { child, seen, ended };
  }
  const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));

  it('stops validate one second in, before it reports', async () => {
    const run = start(['validate', '--format', 'json'], { ASTANA_NO_CACHE: '1' });
    await sleep(1000);
    run.child.kill('SIGINT');
    expect(await run.ended).toEqual({ code: null, signal: 'SIGINT' });
    expect([run.seen.out, run.seen.err]).toEqual([0, '']);
  }, 30_000);

  it('stops a query while it writes its cache, and leaves no temp file and no entry', async () => {
    // Interrupt as soon as the temp file appears; on a busy machine the write may be over before
    // the test sees it, so it tries again (each try is a cold load of 20,000 rounds).
    let caught = false;
    for (let attempt = 0; attempt < 3 && !caught; attempt++) {
      const watcher = watch(cache);
      const run = start(['rounds', 'list', '--format', 'json'], { ASTANA_CACHE_DIR: cache });
      const seen = new Promise<boolean>((done) => {
        // A creation is a 'rename' event of the watcher's 'change'.
        watcher.on('change', (_event, name) => {
          if (String(name).endsWith('.tmp')) done(true);
        });
        void run.ended.then(() => done(false));
      });
      const seenTemp = await seen;
      if (seenTemp) run.child.kill('SIGINT');
      const ended = await run.ended;
      watcher.close();
      const left = readdirSync(cache);
      // Never a partial file, whenever the signal lands.
      expect(left.filter((name) => name.endsWith('.tmp'))).toEqual([]);
      // Under load the write may finish (and rename its file into place) before the signal is
      // delivered; only an attempt that left no entry was stopped mid-write.
      caught = seenTemp && left.length === 0;
      if (caught) expect(ended).toEqual({ code: null, signal: 'SIGINT' });
      else for (const name of left) rmSync(join(cache, name), { recursive: true });
    }
    expect(caught, 'a write was interrupted, leaving nothing behind').toBe(true);
  }, 300_000);

  it('stops a warm query while it prints 20 MB into a pipe nobody reads', async () => {
    expect(spawnSync(process.execPath, [join(repoRoot, 'bin/astana.js'), 'rounds', 'list', '--format', 'json', '--data', data], { env: { ...process.env, ASTANA_CACHE_DIR: cache }, stdio: 'ignore' }).status).toBe(0);
    const run = start(['rounds', 'list', '--format', 'json'], { ASTANA_CACHE_DIR: cache }, false);
    await sleep(1500);
    run.child.kill('SIGINT');
    expect(await run.ended).toEqual({ code: null, signal: 'SIGINT' });
    expect(readdirSync(cache).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, 180_000);

  it('exits 130 as the shell reports it', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${join(repoRoot, 'bin/astana.js')}" validate --data "${data}" >/dev/null & pid=$!; sleep 1; kill -INT $pid; wait $pid; echo $?`], { encoding: 'utf8', env: { ...process.env, ASTANA_NO_CACHE: '1' } });
    expect(r.stdout.trim()).toBe('130');
  }, 30_000);
});
