import { spawn, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, run } from '../helpers/run.js';

const bin = join(repoRoot, 'bin/astana.js');
const env = { ...process.env, ASTANA_NO_CACHE: '1', NO_COLOR: '1' };
const tmp = (): string => mkdtempSync(join(tmpdir(), 'astana-out-'));
const astana = (args: string[], options: { cwd?: string } = {}) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env, ...options });

describe('a file the user asks for', () => {
  it('is never written through a link planted at a temp name, for every pid around the run', () => {
    const dir = tmp();
    const victim = join(dir, 'victim');
    writeFileSync(victim, 'keep me');
    // The names the writers used to take (.<pid>.astana.tmp, <target>.<pid>.tmp), for every pid
    // near this process's; the writer now takes an unpredictable name, created exclusively.
    for (let pid = process.pid - 300; pid < process.pid + 3000; pid++) {
      for (const name of [`.${pid}.astana.tmp`, `report.html.${pid}.tmp`]) symlinkSync(victim, join(dir, name));
    }
    const r = astana(['report', '--out', join(dir, 'report.html')]);
    expect([r.status, r.stderr]).toEqual([0, '']);
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toMatch(/^<!doctype html>/);
    expect(readdirSync(dir).filter((n) => !n.endsWith('.tmp') && n !== 'victim' && n !== 'report.html')).toEqual([]);
  }, 60_000);

  it('writes through a device or a pipe instead of replacing it: /dev/null, /dev/stdout, a FIFO, and - for standard output', () => {
    expect(astana(['export', '--sqlite', '/dev/null']).status).toBe(0);
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
    const stdout = spawnSync(process.execPath, [bin, 'report', '--out', '/dev/stdout'], { env, encoding: 'utf8' });
    expect([stdout.status, stdout.stdout.slice(0, 15)]).toEqual([0, '<!doctype html>']);
    // /dev/stdout leading to a file, as after `>`, and to a pipe whose reader leaves early.
    const dir0 = tmp();
    expect(spawnSync('bash', ['-c', `node "${bin}" report --out /dev/stdout > "${join(dir0, 'r.html')}"`], { env }).status).toBe(0);
    expect(readFileSync(join(dir0, 'r.html'), 'utf8')).toMatch(/^<!doctype html>[\s\S]*<\/html>\n$/);
    const early = spawnSync('bash', ['-c', `node "${bin}" report --out /dev/stdout | head -c 10 >/dev/null; echo \${PIPESTATUS[0]}`], { env, encoding: 'utf8' });
    expect([early.stdout.trim(), early.stderr]).toEqual(['0', '']);
    const dash = spawnSync(process.execPath, [bin, 'report', '--out', '-'], { env, encoding: 'utf8' });
    expect(dash.stdout.slice(0, 15)).toBe('<!doctype html>');
    const sqlite = spawnSync(process.execPath, [bin, 'export', '--sqlite', '-'], { env });
    expect(sqlite.stdout.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    const dir = tmp();
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawnSync('bash', ['-c', `cat "${fifo}" > "${join(dir, 'got')}" & node "${bin}" report --out "${fifo}"; echo $?; wait`], { env, encoding: 'utf8' });
    expect(reader.stdout.trim()).toBe('0');
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(readFileSync(join(dir, 'got'), 'utf8')).toMatch(/^<!doctype html>/);
  }, 60_000);

  it('is refused in one line, exit 74, when it cannot be written: a directory, a link to a file, a full disk, a file as parent', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'target'), 'x');
    symlinkSync(join(dir, 'target'), join(dir, 'link'));
    writeFileSync(join(dir, 'file'), '');
    const cases: [string[], RegExp][] = [
      [['report', '--out', join(dir, 'sub')], /cannot write '.*sub': it is a directory\n$/],
      [['report', '--out', join(dir, 'link')], /cannot write '.*link': it is a symbolic link; give the file it points to\n$/],
      [['export', '--sqlite', '/dev/full'], /cannot write '\/dev\/full': no space left on the device \(ENOSPC\)\n$/],
      [['report', '--out', join(dir, 'file', 'r.html')], /cannot write '.*file\/r\.html': a parent is not a directory \(ENOTDIR\)\n$/],
    ];
    for (const [args, message] of cases) {
      const r = astana(args);
      expect(r.status, args.join(' ')).toBe(74);
      expect(r.stderr, args.join(' ')).toMatch(new RegExp(`^astana: ${message.source}`));
    }
    expect(readFileSync(join(dir, 'target'), 'utf8')).toBe('x');
    expect(readdirSync(dir).sort()).toEqual(['file', 'link', 'sub', 'target']);
  }, 60_000);
});

describe('export --to', () => {
  it('replaces an earlier export whole, and refuses a directory that is not one unless --force', async () => {
    const dir = tmp();
    expect((await run(['export', '--to', 'pkg', '--data', join(repoRoot, 'test/fixtures/mini')], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, 'pkg', 'stray.txt'), 'from before');
    expect((await run(['export', '--to', 'pkg'], { cwd: dir })).code).toBe(0);
    expect(existsSync(join(dir, 'pkg', 'stray.txt'))).toBe(false);
    expect(readFileSync(join(dir, 'pkg', 'meetings.csv'), 'utf8').split('\n').length).toBeGreaterThan(40);
    mkdirSync(join(dir, 'mine'));
    writeFileSync(join(dir, 'mine', 'notes.txt'), 'mine');
    const refused = await run(['export', '--to', 'mine'], { cwd: dir });
    expect([refused.code, refused.err]).toEqual([2, "astana: 'mine' holds files that are not an astana export; give a new or empty directory, or --force to replace it\n"]);
    expect(readFileSync(join(dir, 'mine', 'notes.txt'), 'utf8')).toBe('mine');
    expect((await run(['export', '--to', 'mine', '--force'], { cwd: dir })).code).toBe(0);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses outputs that overlap before writing anything', async () => {
    const dir = tmp();
    for (const args of [['--to', 'x', '--sqlite', 'x/meetings.csv'], ['--to', 'x', '--sqlite', 'x'], ['--to', '-']]) {
      const r = await run(['export', ...args], { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.split('\n')).toHaveLength(2);
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves the old package or the new one, never a mix and no temp directory, when Ctrl-C comes at any point', async () => {
    const work = tmp();
    const data = join(work, 'data');
    expect(spawnSync(process.execPath, [join(repoRoot, 'bench/generate.mjs'), '3000', data]).status).toBe(0);
    const target = join(work, 'pkg');
    expect(astana(['export', '--to', target, '--data', 'test/fixtures/mini'], { cwd: repoRoot }).status).toBe(0);
    const snapshot = (dir: string): string => readdirSync(dir).sort().map((n) => `${n}:${readFileSync(join(dir, n)).length}`).join(',');
    const old = snapshot(target);
    const fresh = tmp();
    expect(astana(['export', '--to', join(fresh, 'pkg'), '--data', data]).status).toBe(0);
    const next = snapshot(join(fresh, 'pkg'));
    // How long a whole export takes here, to spread the interruptions over it.
    const started = Date.now();
    astana(['export', '--to', join(fresh, 'again'), '--data', data]);
    const whole = Date.now() - started;
    const seen = new Set<string>();
    for (let i = 0; i < 8; i++) {
      const child = spawn(process.execPath, [bin, 'export', '--to', target, '--data', data], { env, stdio: 'ignore' });
      const ended = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
      await new Promise((resolve) => setTimeout(resolve, Math.round(((i + 0.5) / 8) * whole)));
      child.kill('SIGINT');
      const result = await ended;
      expect(result.code === 0 || result.signal === 'SIGINT', JSON.stringify(result)).toBe(true);
      const now = snapshot(target);
      expect([old, next], `attempt ${i}`).toContain(now);
      seen.add(now === old ? 'old' : 'new');
      expect(readdirSync(work).filter((n) => n.endsWith('.tmp')), `attempt ${i}`).toEqual([]);
      if (now === next) expect(astana(['export', '--to', target, '--data', 'test/fixtures/mini'], { cwd: repoRoot }).status).toBe(0);
    }
    // Some attempt must have been stopped before the swap, or this proved nothing about it.
    expect(seen.has('old')).toBe(true);
    rmSync(work, { recursive: true, force: true });
  }, 300_000);
});
