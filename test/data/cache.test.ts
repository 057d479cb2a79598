import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFile } from '../../src/data/cache.js';
import { loadDataset } from '../../src/data/source.js';
import { DataError } from '../../src/errors.js';
import { caseDir } from '../helpers/fixture.js';
import { repoRoot } from '../helpers/run.js';

/** A data directory, a cache directory, a copy of the schemas, and a loader wired to all three. */
function setup() {
  const data = caseDir();
  const cache = mkdtempSync(join(tmpdir(), 'astana-cache-'));
  const schemas = mkdtempSync(join(tmpdir(), 'astana-schemas-'));
  cpSync(join(repoRoot, 'schemas'), schemas, { recursive: true });
  const env = { ASTANA_CACHE_DIR: cache };
  const load = () => loadDataset(data, { shown: 'data', env, schemasDir: schemas });
  const entries = (): string[] => readdirSync(cache);
  const edit = (file: string, from: string, to: string): void => {
    const path = join(data, file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
  };
  return { data, cache, schemas, env, load, entries, edit };
}

describe('the content-hash cache', () => {
  it('is written on the first load, then used', async () => {
    const s = setup();
    expect(s.entries()).toEqual([]);
    await s.load();
    expect(s.entries()).toHaveLength(1);
    // Serve from the cache: poison the validated data in it, and the poison shows.
    const file = cacheFile(s.env, s.data)!;
    writeFileSync(file, readFileSync(file, 'utf8').replace('Idlib again', 'From the cache'));
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
    const poisoned = cacheFile(s.env, s.data)!;
    writeFileSync(poisoned, readFileSync(poisoned, 'utf8').replace('Idlib again', 'From the cache'));
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
