import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheSlot, readCache, writeCache, type CacheSlot } from '../../../src/data/cache/cache.js';
import { cacheDir } from '../../../src/runtime/cache-dir.js';
import { datasetEntry } from '../../../src/data/cache/dataset.js';
import { loadDataset } from '../../../src/data/source.js';
import { DataError } from '../../../src/errors.js';
import type { Dataset } from '../../../src/model/dataset.js';
import { caseDir } from '../../helpers/fixture.js';
import { repoRoot } from '../../helpers/run.js';

const bin = join(repoRoot, 'bin/astana.js');
const isRoot = process.getuid?.() === 0;
const nobody = 65534;

/** A data directory, a cache directory, a copy of the schemas, and a loader wired to all three. */
function setup(env: Record<string, string> = {}) {
  const data = caseDir();
  const cache = mkdtempSync(join(tmpdir(), 'astana-cache-'));
  const schemas = mkdtempSync(join(tmpdir(), 'astana-schemas-'));
  cpSync(join(repoRoot, 'schemas'), schemas, { recursive: true });
  const fullEnv = { ASTANA_CACHE_DIR: cache, ...env };
  const load = (): Promise<Dataset> => loadDataset(data, { shown: 'data', env: fullEnv, schemasDir: schemas });
  const slot = (): CacheSlot => cacheSlot(fullEnv, data, datasetEntry)!;
  // Runs of bin/astana.js also keep their compiled code there, in v8/ (src/runtime/compile-cache.ts).
  const entries = (): string[] => (existsSync(cache) ? readdirSync(cache).filter((n) => n !== 'v8').sort() : []);
  const edit = (file: string, from: string, to: string): void => {
    const path = join(data, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
  };
  /** The entry's key and its payload, as stored. */
  const stored = (): { key: string; payload: string } => {
    const text = readFileSync(slot().file, 'utf8');
    const newline = text.indexOf('\n');
    return { key: (JSON.parse(text.slice(0, newline)) as { key: string }).key, payload: text.slice(newline + 1) };
  };
  return { data, cache, schemas, env: fullEnv, load, slot, entries, edit, stored };
}

/** What a query shows from a dataset: enough to tell a wrong value from the right one. */
const facts = (d: Dataset): unknown => d.meetings.map((m) => [m.id, m.body.dates, m.body.delegations, m.body.agenda]);

describe('the content-hash cache', () => {
  it('is written on the first load, then served', async () => {
    const s = setup();
    expect(s.entries()).toEqual([]);
    await s.load();
    expect(s.entries()).toHaveLength(1);
    // Store a different but valid value under the same key: the load shows it, so it was served.
    const { key, payload } = s.stored();
    await writeCache(s.slot(), key, JSON.parse(payload.replace('Idlib again', 'From the cache')));
    expect((await s.load()).roundByNumber.get(2)?.agenda[0]?.summary).toBe('From the cache');
  });

  it('sees an edited file', async () => {
    const s = setup();
    await s.load();
    s.edit('rounds/02.yaml', 'Idlib again', 'Idlib edited');
    expect((await s.load()).roundByNumber.get(2)?.agenda[0]?.summary).toBe('Idlib edited');
  });

  it('sees a deleted file and an added one', async () => {
    const s = setup();
    await s.load();
    rmSync(join(s.data, 'summits/01.yaml'));
    expect((await s.load()).meetings.map((m) => m.id)).toEqual(['round-1', 'round-2']);
    cpSync(join(s.data, 'rounds/02.yaml'), join(s.data, 'rounds/03.yaml'));
    s.edit('rounds/03.yaml', 'round: 2', 'round: 3');
    s.edit('rounds/03.yaml', '2020-05-01', '2020-06-01');
    s.edit('rounds/03.yaml', '2020-05-02', '2020-06-02');
    expect((await s.load()).rounds.map((r) => r.round)).toEqual([1, 2, 3]);
  });

  it('re-validates when a schema changes', async () => {
    const s = setup();
    await s.load();
    const { key, payload } = s.stored();
    await writeCache(s.slot(), key, JSON.parse(payload.replace('Idlib again', 'From the cache')));
    writeFileSync(join(s.schemas, 'topics.schema.json'), `${readFileSync(join(s.schemas, 'topics.schema.json'), 'utf8')}\n`);
    expect((await s.load()).roundByNumber.get(2)?.agenda[0]?.summary).toBe('Idlib again');
  });

  it('never caches invalid data, and an edit that breaks the data is reported', async () => {
    const s = setup();
    await s.load();
    s.edit('rounds/02.yaml', 'topic: golan', 'topic: golann');
    await expect(s.load()).rejects.toThrow(DataError);
    await expect(s.load()).rejects.toMatchObject({ diagnostic: { code: 'ref/unknown-topic', args: { id: 'golann' } } });
  });

  it('is off with ASTANA_NO_CACHE=1, and without any cache location', async () => {
    const s = setup();
    await loadDataset(s.data, { shown: 'data', env: { ...s.env, ASTANA_NO_CACHE: '1' } });
    await loadDataset(s.data, { shown: 'data', env: {} });
    expect(s.entries()).toEqual([]);
  });
});

describe('an entry that would lie', () => {
  it('is ignored, removed and rebuilt when one value was edited in it', async () => {
    const s = setup();
    const truth = facts(await s.load());
    const text = readFileSync(s.slot().file, 'utf8');
    expect(text).toContain('"role":"observer"');
    writeFileSync(s.slot().file, text.replace('"role":"observer"', '"role":"obwerver"'));
    expect(facts(await s.load())).toEqual(truth);
    expect(readFileSync(s.slot().file, 'utf8')).toBe(text);
  });

  it('is refused when its digest was recomputed but the value breaks a schema or a rule between files', async () => {
    const s = setup();
    const truth = facts(await s.load());
    const { key, payload } = s.stored();
    for (const [from, to] of [['"role":"observer"', '"role":"obwerver"'], ['"party":"russia"', '"party":"rusia"'], ['"start":"2020-05-01"', '"start":"2020-02-31"']] as const) {
      expect(payload).toContain(from);
      await writeCache(s.slot(), key, JSON.parse(payload.replace(from, to)));
      expect(facts(await s.load())).toEqual(truth);
      expect(s.stored().payload).toBe(payload);
    }
  });

  it('never serves a wrong value after 300 random bit flips', async () => {
    const s = setup();
    const truth = facts(await s.load());
    const original = readFileSync(s.slot().file);
    let seed = 20250101;
    const random = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let i = 0; i < 300; i++) {
      const flipped = Buffer.from(original);
      const at = random(flipped.length);
      flipped[at]! ^= 1 << random(8);
      writeFileSync(s.slot().file, flipped);
      expect(facts(await s.load())).toEqual(truth);
    }
  }, 60_000);

  it.each([
    ['data: {}', { data: {} }],
    ['files: {}', { files: {} }],
    ['files of the wrong kind', { files: [{ kind: 'constructor', path: 'x', value: 1 }] }],
    ['a file missing', 'drop-one'],
    ['null', null],
  ])('with the right key and the wrong shape (%s) is rebuilt, without an error', async (_name, shape) => {
    const s = setup();
    const truth = facts(await s.load());
    const { key, payload } = s.stored();
    const files = (JSON.parse(payload) as { files: unknown[] }).files;
    await writeCache(s.slot(), key, shape === 'drop-one' ? { files: files.slice(1) } : shape);
    expect(facts(await s.load())).toEqual(truth);
    expect(s.stored().payload).toBe(payload);
  });
});

describe('entries that are not regular files', () => {
  it('does not hang on a FIFO, and replaces it', async () => {
    const s = setup();
    mkdirSync(s.cache, { recursive: true });
    expect(spawnSync('mkfifo', [s.slot().file]).status).toBe(0);
    await s.load();
    expect(statSync(s.slot().file).isFile()).toBe(true);
  });

  it('does not read through a symbolic link (to /dev/zero), and replaces it', async () => {
    const s = setup();
    symlinkSync('/dev/zero', s.slot().file);
    await s.load();
    expect(statSync(s.slot().file).isFile()).toBe(true);
  });

  it('leaves no temp file when the entry is a directory', async () => {
    const s = setup();
    mkdirSync(s.slot().file);
    await s.load();
    await s.load();
    expect(s.entries()).toEqual([s.slot().file.split('/').at(-1)]);
    expect(statSync(s.slot().file).isDirectory()).toBe(true);
  });

  it('refuses an entry over the size bound', () => {
    const s = setup();
    writeFileSync(s.slot().file, 'x'.repeat(2000));
    expect(readCache(s.slot(), 'any', 1000)).toBeUndefined();
    expect(existsSync(s.slot().file)).toBe(false);
  });
});

describe('where the cache lives', () => {
  it('ignores a relative XDG_CACHE_HOME or ASTANA_CACHE_DIR, as the XDG spec says', () => {
    expect(cacheDir({ XDG_CACHE_HOME: 'cache', HOME: '/home/u' }, '/data')).toBe('/home/u/.cache/astana');
    expect(cacheDir({ XDG_CACHE_HOME: '/xdg', HOME: '/home/u' }, '/data')).toBe('/xdg/astana');
    expect(cacheDir({ ASTANA_CACHE_DIR: 'here', XDG_CACHE_HOME: '/xdg' }, '/data')).toBe('/xdg/astana');
    expect(cacheDir({ HOME: 'home' }, '/data')).toBeUndefined();
  });

  it('is never inside the data directory, even through a symbolic link', async () => {
    const data = caseDir();
    expect(cacheDir({ XDG_CACHE_HOME: data }, data)).toBeUndefined();
    expect(cacheDir({ XDG_CACHE_HOME: join(data, 'rounds') }, data)).toBeUndefined();
    expect(cacheDir({ ASTANA_CACHE_DIR: data }, data)).toBeUndefined();
    const link = join(mkdtempSync(join(tmpdir(), 'astana-link-')), 'to-data');
    symlinkSync(data, link);
    expect(cacheDir({ XDG_CACHE_HOME: link }, data)).toBeUndefined();
    expect(cacheDir({ XDG_CACHE_HOME: `${data}-sibling` }, data)).toBe(`${data}-sibling/astana`);
    const before = readdirSync(data).sort();
    await loadDataset(data, { shown: 'data', env: { XDG_CACHE_HOME: data } });
    expect(readdirSync(data).sort()).toEqual(before);
  });

  it.each(['/proc', '/proc/self', '/proc/x'])('does not hang when the cache would be under %s', async (dir) => {
    const data = caseDir();
    for (const env of [{ XDG_CACHE_HOME: dir }, { ASTANA_CACHE_DIR: dir }]) {
      const r = spawnSync(process.execPath, [bin, 'rounds', 'list', '--format', 'json', '--data', data], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 10_000 });
      expect([r.signal, r.status]).toEqual([null, 0]);
      expect(JSON.parse(r.stdout)).toHaveLength(2);
    }
  });

  it('creates the directory and its missing parents, private to the user', async () => {
    const base = mkdtempSync(join(tmpdir(), 'astana-xdg-'));
    const s = setup({ ASTANA_CACHE_DIR: join(base, 'a', 'b', 'astana') });
    await s.load();
    expect(readdirSync(s.env.ASTANA_CACHE_DIR)).toHaveLength(1);
    for (const dir of ['a', 'a/b', 'a/b/astana']) expect(statSync(join(base, dir)).mode & 0o777).toBe(0o700);
  });
});

describe('a cache directory others could write to', () => {
  it('is not used when it is writable by others and not sticky', async () => {
    const s = setup();
    chmodSync(s.cache, 0o777);
    await s.load();
    expect(s.entries()).toEqual([]);
    chmodSync(s.cache, 0o700);
    await s.load();
    const { key } = s.stored();
    chmodSync(s.cache, 0o770);
    expect(readCache(s.slot(), key)).toBeUndefined();
  });

  it('is used when it is sticky, for entries that are the user’s own and nobody else may write', async () => {
    const s = setup();
    chmodSync(s.cache, 0o1777);
    await s.load();
    const { key } = s.stored();
    expect(readCache(s.slot(), key)).toBeDefined();
    chmodSync(s.slot().file, 0o666);
    expect(readCache(s.slot(), key)).toBeUndefined();
  });

  it.runIf(isRoot)('refuses an entry planted by another user, even with the right key and digest', async () => {
    const s = setup();
    chmodSync(s.cache, 0o1777);
    const truth = facts(await s.load());
    const { key, payload } = s.stored();
    await writeCache(s.slot(), key, JSON.parse(payload.replace('"role":"observer"', '"role":"guarantor"')));
    chownSync(s.slot().file, nobody, nobody);
    expect(readCache(s.slot(), key)).toBeUndefined();
    expect(facts(await s.load())).toEqual(truth);
    // Another user's entry in a shared directory is theirs: left in place, not replaced.
    expect(statSync(s.slot().file).uid).toBe(nobody);
  });

  it.runIf(isRoot)('is not used when another user owns it', async () => {
    const s = setup();
    chownSync(s.cache, nobody, nobody);
    await s.load();
    expect(s.entries()).toEqual([]);
  });
});

describe('writing', () => {
  it('never writes through a file planted at a predictable name', async () => {
    const s = setup();
    const victim = join(mkdtempSync(join(tmpdir(), 'astana-victim-')), 'file');
    writeFileSync(victim, 'untouched');
    for (let pid = process.pid - 2; pid <= process.pid + 2; pid++) symlinkSync(victim, `${s.slot().file}.${pid}.tmp`);
    await s.load();
    expect(readFileSync(victim, 'utf8')).toBe('untouched');
    expect(s.entries().filter((n) => !n.endsWith('.tmp'))).toHaveLength(1);
  });

  it('removes temp files left by a killed writer, and keeps those of a live one', async () => {
    const s = setup();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const name = (pid: number | string): string => `${s.slot().file}.${pid}.0123456789abcdef.tmp`;
    writeFileSync(name(dead), 'partial');
    writeFileSync(name(process.ppid), 'in progress');
    writeFileSync(name(1), 'abandoned');
    const hoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    utimesSync(name(1), hoursAgo, hoursAgo);
    await s.load();
    expect(existsSync(name(dead))).toBe(false);
    expect(existsSync(name(1))).toBe(false);
    expect(existsSync(name(process.ppid))).toBe(true);
  });

  it('leaves no temp file and no entry when the disk fills up mid-write', () => {
    const data = mkdtempSync(join(tmpdir(), 'astana-gen-'));
    spawnSync(process.execPath, [join(repoRoot, 'bench/generate.mjs'), '200', data]);
    const cache = mkdtempSync(join(tmpdir(), 'astana-cache-'));
    // A file-size limit of 100 KiB makes the write fail with EFBIG, as a full disk fails with ENOSPC.
    const r = spawnSync('bash', ['-c', `ulimit -f 100; "${process.execPath}" "${bin}" rounds list --format json --data "${data}" | wc -c`], {
      env: { ...process.env, ASTANA_CACHE_DIR: cache },
      encoding: 'utf8',
    });
    expect(Number(r.stdout.trim())).toBeGreaterThan(1000);
    expect(r.stderr).toBe('');
    expect(readdirSync(cache).filter((n) => n !== 'v8')).toEqual([]);
  });

  it('holds under concurrent writers: every reader gets the same answer, one whole entry remains', async () => {
    const s = setup();
    const one = (): Promise<{ code: number | null; out: string }> =>
      new Promise((done) => {
        const child = spawn(process.execPath, [bin, 'attendance', '--format', 'json', '--data', s.data], { env: { ...process.env, ASTANA_CACHE_DIR: s.cache } });
        let out = '';
        child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.on('close', (code) => done({ code, out }));
      });
    const results = await Promise.all(Array.from({ length: 6 }, one));
    expect(new Set(results.map((r) => `${r.code}:${r.out}`)).size).toBe(1);
    expect(results[0]!.code).toBe(0);
    expect(s.entries()).toHaveLength(1);
    const { key } = s.stored();
    expect(readCache(s.slot(), key)).toBeDefined();
  }, 30_000);
});
