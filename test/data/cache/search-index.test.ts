import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPackageEntry } from '../../../src/data/cache/cache.js';
import { describe, expect, it } from 'vitest';
import { searchIndexFor } from '../../../src/data/cache/search-index.js';
import { decodeEntry, encodeEntry } from '../../../src/data/cache/entry.js';
import { loadDataset } from '../../../src/data/source.js';
import { bundledDataDir, searchIndexFile, snapshotFile } from '../../../src/runtime/paths.js';
import { search } from '../../../src/query/search.js';
import { caseDir } from '../../helpers/fixture.js';

/** A copy of the small dataset with its own cache directory. */
function setup(extra: Record<string, string> = {}) {
  const dir = caseDir();
  const cache = mkdtempSync(join(tmpdir(), 'astana-cache-'));
  const env = { ASTANA_CACHE_DIR: cache, ...extra };
  const index = async () => {
    const data = await loadDataset(dir, { shown: 'data', env });
    return { data, ...(await searchIndexFor(data, dir, env)) };
  };
  return { dir, cache, env, index };
}

describe('the search index', () => {
  it("of users' data is built once, cached beside the data, then read from the cache", async () => {
    const s = setup();
    expect((await s.index()).origin).toBe('built');
    expect(readdirSync(s.cache)).toHaveLength(2);
    const again = await s.index();
    expect(again.origin).toBe('cache');
    expect(search(again.data, again.index, 'boycott').map((h) => h.path)).toEqual(['absent[0].reason']);
  });

  it('is rebuilt when a data file changes, and finds the new text', async () => {
    const s = setup();
    await s.index();
    const file = join(s.dir, 'rounds/02.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('reason: boycott', 'reason: walkout'));
    const changed = await s.index();
    expect(changed.origin).toBe('built');
    expect(search(changed.data, changed.index, 'walkout')).toHaveLength(1);
    expect(search(changed.data, changed.index, 'boycott')).toHaveLength(0);
  });

  it('survives a corrupt cache entry by rebuilding it', async () => {
    const s = setup();
    await s.index();
    for (const name of readdirSync(s.cache)) writeFileSync(join(s.cache, name), '{"key": truncated');
    const next = await s.index();
    expect(next.origin).toBe('built');
    expect(search(next.data, next.index, 'boycott')).toHaveLength(1);
  });

  // An entry with the right key and a true digest can still describe another index: one
  // written by a build that crashed half-way, or by another version of the engine.
  const inconsistent: Record<string, (value: { engine: Record<string, unknown>; meetings: number }) => unknown> = {
    'counts fewer meetings': (v) => ({ ...v, meetings: v.meetings - 1 }),
    'holds fewer documents': (v) => ({ ...v, engine: { ...v.engine, documentCount: 1 } }),
    'has no engine': (v) => ({ meetings: v.meetings }),
    'has an engine of another shape': (v) => ({ ...v, engine: { ...v.engine, index: 'not a tree' } }),
    'is not an object': () => [1, 2, 3],
  };
  for (const [what, alter] of Object.entries(inconsistent)) {
    it(`is rebuilt, never fatal, when a cached entry with the right key and digest ${what}`, async () => {
      const s = setup();
      await s.index();
      const file = readdirSync(s.cache).find((name) => name.endsWith('.search-index.json'))!;
      const entry = decodeEntry(readFileSync(join(s.cache, file)), undefined, 'digest')!;
      writeFileSync(join(s.cache, file), encodeEntry(entry.key, alter(entry.value as never)));
      const next = await s.index();
      expect(next.origin).toBe('built');
      expect(search(next.data, next.index, 'boycott').map((h) => h.path)).toEqual(['absent[0].reason']);
      expect((await s.index()).origin).toBe('cache');
    });
  }

  it('is not cached when the cache is off', async () => {
    const s = setup({ ASTANA_NO_CACHE: '1' });
    expect((await s.index()).origin).toBe('built');
    expect((await s.index()).origin).toBe('built');
    expect(readdirSync(s.cache)).toEqual([]);
  });

  it('of the bundled data ships with the package, under the key of the snapshot', async () => {
    const snapshot = readPackageEntry(snapshotFile)!;
    const stored = readPackageEntry(searchIndexFile)!;
    expect(stored.key.startsWith(`${snapshot.key}:`)).toBe(true);
    const data = await loadDataset(bundledDataDir, { shown: 'data', env: {} });
    const { origin, index } = await searchIndexFor(data, bundledDataDir, {});
    expect(origin).toBe('package');
    expect(search(data, index, 'earthquake')[0]?.meeting).toBe('round-20');
  });
});
