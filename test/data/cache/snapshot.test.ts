import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSnapshot, recordStats, writeSnapshot, type SnapshotPlace } from '../../../src/data/cache/snapshot.js';
import { loadDataset } from '../../../src/data/source.js';
import { caseDir } from '../../helpers/fixture.js';
import { repoRoot } from '../../helpers/run.js';

// File times must be a while old before their stats are trusted; tests say "later" with this.
const later = () => Date.now() + 60_000;

/** A data directory and a copy of the schemas, with a snapshot built from them. */
async function setup() {
  const dataDir = caseDir();
  const dir = mkdtempSync(join(tmpdir(), 'astana-snapshot-'));
  const schemasDir = join(dir, 'schemas');
  cpSync(join(repoRoot, 'schemas'), schemasDir, { recursive: true });
  const place: SnapshotPlace = { file: join(dir, 'snapshot.json'), statsFile: join(dir, 'snapshot-files.json'), dataDir, schemasDir };
  expect(await writeSnapshot(place, later())).toBe(true);
  const load = () => loadDataset(dataDir, { shown: 'data', env: {}, snapshot: place });
  const summary = async () => (await load()).roundByNumber.get(2)?.agenda[0]?.summary;
  // Makes what the snapshot serves visible: its copy of the data says something the files do not.
  const poison = () => writeFileSync(place.file, readFileSync(place.file, 'utf8').replace('Idlib again', 'From the snapshot'));
  const edit = (file: string, from: string, to: string) => {
    const path = join(dataDir, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
  };
  return { place, dataDir, load, summary, poison, edit };
}

describe('the bundled snapshot', () => {
  it('is used, without reading the files, while every file keeps its stats', async () => {
    const s = await setup();
    s.poison();
    expect(openSnapshot(s.place)?.unchanged).toBe(true);
    expect(await s.summary()).toBe('From the snapshot');
  });

  it('is not used after an edit that keeps both the size and the modification time', async () => {
    const s = await setup();
    s.poison();
    const path = join(s.dataDir, 'rounds/02.yaml');
    const before = statSync(path);
    // The times kept to the nanosecond, as `touch -r` keeps them (Node's utimes rounds them).
    const reference = `${path}.times`;
    expect(spawnSync('touch', ['-r', path, reference]).status).toBe(0);
    s.edit('rounds/02.yaml', 'Idlib again', 'Idlib AGAIN');
    expect(spawnSync('touch', ['-r', reference, path]).status).toBe(0);
    rmSync(reference);
    const after = statSync(path);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);
    expect(openSnapshot(s.place)?.unchanged).toBe(false);
    expect(await s.summary()).toBe('Idlib AGAIN');
  });

  it('is used when a touched file still hashes the same, and trusted by stats again once recorded', async () => {
    const s = await setup();
    s.poison();
    const path = join(s.dataDir, 'rounds/01.yaml');
    utimesSync(path, new Date(), new Date());
    expect(openSnapshot(s.place)?.unchanged).toBe(false);
    expect(await s.summary()).toBe('From the snapshot');
    // Just changed: the file's times are too recent to trust, so the next run hashes again.
    expect(openSnapshot(s.place)?.unchanged).toBe(false);
    const opened = openSnapshot(s.place)!;
    recordStats(s.place, opened.entry.key, opened.stats, later());
    expect(openSnapshot(s.place)?.unchanged).toBe(true);
  });

  it('is not used when a file is added or removed', async () => {
    const s = await setup();
    s.poison();
    rmSync(join(s.dataDir, 'summits/01.yaml'));
    expect((await s.load()).meetings.map((m) => m.id)).toEqual(['round-1', 'round-2']);
    cpSync(join(s.dataDir, 'rounds/02.yaml'), join(s.dataDir, 'rounds/03.yaml'));
    s.edit('rounds/03.yaml', 'round: 2', 'round: 3');
    s.edit('rounds/03.yaml', '2020-05-01', '2020-06-01');
    s.edit('rounds/03.yaml', '2020-05-02', '2020-06-02');
    expect((await s.load()).rounds.map((r) => r.round)).toEqual([1, 2, 3]);
  });

  it('is not used when a schema changes', async () => {
    const s = await setup();
    s.poison();
    const schema = join(s.place.schemasDir, 'topics.schema.json');
    writeFileSync(schema, `${readFileSync(schema, 'utf8')}\n`);
    expect(await s.summary()).toBe('Idlib again');
  });

  it('is not written for invalid data, and a stale one is removed', async () => {
    const s = await setup();
    s.edit('rounds/02.yaml', 'topic: golan', 'topic: golann');
    const stderr = process.stderr.write;
    process.stderr.write = () => true;
    try {
      expect(await writeSnapshot(s.place, later())).toBe(false);
    } finally {
      process.stderr.write = stderr;
    }
    expect(openSnapshot(s.place)).toBeUndefined();
    await expect(s.load()).rejects.toMatchObject({ diagnostic: { code: 'ref/unknown-topic', args: { id: 'golann' } } });
  });
});
