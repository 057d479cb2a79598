import type { Dataset } from '../../model/dataset.js';
import { dropCache, maxEntryBytes, readCache, writeCache, type CacheSlot } from './cache.js';
import type { StoredFile } from '../raw-data.js';
import type { RawFile } from '../yaml/read.js';

/** The dataset's entry in the cache, beside any other data derived from the same directory. */
export const datasetEntry = 'data';

/**
 * The dataset from the cache, or undefined. Parsed values as JSON are a small multiple of the
 * YAML they came from (aliases can expand them up to a hundredfold); an entry far larger than
 * that was not written by us.
 */
export async function readCachedDataset(slot: CacheSlot | undefined, key: string, files: readonly RawFile[]): Promise<Dataset | undefined> {
  const input = files.reduce((sum, f) => sum + f.bytes.length, 0);
  const payload = readCache(slot, key, Math.min(maxEntryBytes, 16 * 1024 * 1024 + 128 * input));
  if (payload === undefined) return undefined;
  const { recheck } = await import('./recheck.js');
  const dataset = recheck(payload, files.map((f) => f.path));
  if (dataset === undefined) dropCache(slot);
  return dataset;
}

export function writeCachedDataset(slot: CacheSlot | undefined, key: string, files: readonly StoredFile[]): Promise<void> {
  return writeCache(slot, key, { files });
}
