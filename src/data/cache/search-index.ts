import { writeAtomicallySync } from '../../runtime/atomic.js';
import { buildDataset, type Dataset, type RawData } from '../../model/dataset.js';
import { bundledDataDir, searchIndexFile, snapshotFile } from '../../runtime/paths.js';
import type { SearchIndex, StoredIndex } from '../../search/engine.js';
import { cacheSlot, readCache, readPackageEntry, writeCache } from './cache.js';
import { encodeEntry } from './entry.js';
import { datasetKey } from '../source.js';

// The search engine is loaded only by `search`, so no other command pays for it.
const engine = () => import('../../search/engine.js');

/** The index built with the package, an entry of the snapshot's kind, if it was built under `key`. */
const packageIndex = (key: string): StoredIndex | undefined => readPackageEntry(searchIndexFile, key)?.value as StoredIndex | undefined;

/**
 * The search index for a dataset loaded from `dir`. The bundled data's index is built with the
 * package (dist/search-index.json); other data's is kept in the user's cache beside the data.
 * Either is used only under the key the dataset was loaded with; anything else is rebuilt.
 * `origin` says which it was, for tests and benchmarks.
 */
export async function searchIndexFor(data: Dataset, dir: string, env: Readonly<Record<string, string | undefined>>): Promise<{ index: SearchIndex; origin: 'package' | 'cache' | 'built' }> {
  const { buildIndex, restoreIndex, storeIndex, indexFormat, documentCount } = await engine();
  const dataKey = datasetKey(data);
  const key = dataKey === undefined ? undefined : `${dataKey}:search-${indexFormat}`;
  const bundled = dir === bundledDataDir;
  // The user's cache, with the same checks as the dataset's entry: a file of the user's, in a
  // directory nobody else may write to, under the key, with its digest.
  const slot = bundled ? undefined : cacheSlot(env, dir, 'search-index');
  if (key !== undefined) {
    const stored = bundled ? packageIndex(key) : (readCache(slot, key) as StoredIndex | undefined);
    if (stored !== undefined) {
      try {
        // The right key and digest do not make a sound index: it must hold one document per
        // meeting and registry text, as this dataset has them, or it is rebuilt.
        const index = restoreIndex(stored);
        if (index.meetings === data.meetings.length && index.engine.documentCount === documentCount(data)) return { index, origin: bundled ? 'package' : 'cache' };
      } catch {
        // An index of another shape: rebuilt below.
      }
    }
  }
  const index = buildIndex(data);
  if (key !== undefined && !bundled) await writeCache(slot, key, storeIndex(index));
  return { index, origin: 'built' };
}

/** Run by scripts/build.mjs after the snapshot: the bundled data's index, under the snapshot's key. */
export async function writeSearchIndex(): Promise<boolean> {
  const snapshot = readPackageEntry(snapshotFile);
  if (snapshot === undefined) return false;
  const { buildIndex, storeIndex, indexFormat } = await engine();
  const index = buildIndex(buildDataset(snapshot.value as RawData));
  writeAtomicallySync(searchIndexFile, encodeEntry(`${snapshot.key}:search-${indexFormat}`, storeIndex(index)), 0o644);
  return true;
}
