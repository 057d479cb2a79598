import pkg from '../../package.json' with { type: 'json' };
import { DataError } from '../errors.js';
import { buildDataset, type Dataset } from '../model/dataset.js';
import { bundledDataDir } from '../runtime/paths.js';
import { cacheSlot, contentKey, schemasDigest } from './cache/cache.js';
import { datasetEntry, readCachedDataset, writeCachedDataset } from './cache/dataset.js';
import { isError, type Diagnostic } from './diagnostic.js';
import type { Checked } from './pipeline.js';
import { readDataDir, type RawFile } from './yaml/read.js';
import { bundledSnapshot, openSnapshot, recordStats, type SnapshotPlace } from './cache/snapshot.js';

export interface SourceOptions {
  /** How to show the directory in messages. */
  readonly shown: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Where the data schemas are; part of the cache key. Tests point it at a copy. */
  readonly schemasDir?: string;
  /** The snapshot built from `dir`; by default the bundled one, for the bundled data. Tests point it at a copy. */
  readonly snapshot?: SnapshotPlace;
}

const keys = new WeakMap<Dataset, string>();

/** The content key a dataset was loaded under, when it had one: what is derived from it (the search index) is stored under it too. */
export const datasetKey = (dataset: Dataset): string | undefined => keys.get(dataset);

const keyed = (dataset: Dataset, key: string | undefined): Dataset => {
  if (key !== undefined) keys.set(dataset, key);
  return dataset;
};

/**
 * The dataset in `dir`, validated. Fast paths: the bundled data's snapshot when no file has
 * changed since it was built (src/data/cache/snapshot.ts); otherwise, when the files' content hash
 * matches the snapshot or the user's cache, no YAML is parsed and nothing is re-validated.
 * Any change to a file, the file list, the schemas or the tool's version misses both.
 */
export async function loadDataset(dir: string, options: SourceOptions): Promise<Dataset> {
  const place = options.snapshot ?? (dir === bundledDataDir ? bundledSnapshot : undefined);
  const snapshot = place && openSnapshot(place);
  if (snapshot?.unchanged) return keyed(buildDataset(snapshot.entry.data), snapshot.entry.key);
  const read = readDataDir(dir);
  const cache = place ? undefined : cacheSlot(options.env, dir, datasetEntry);
  const key = read.diagnostics.length === 0 ? contentKey(read.files, pkg.version, schemasDigest(place?.schemasDir ?? options.schemasDir)) : undefined;
  if (key !== undefined) {
    if (place) {
      if (snapshot?.entry.key === key) {
        recordStats(place, key, snapshot.stats);
        return keyed(buildDataset(snapshot.entry.data), key);
      }
    } else {
      const cached = await readCachedDataset(cache, key, read.files);
      if (cached) return keyed(cached, key);
    }
  }
  const { dataset, files, diagnostics } = await validated(read.files, read.diagnostics);
  if (!dataset || !files) throw dataError(diagnostics, options.shown);
  if (key !== undefined) await writeCachedDataset(cache, key, files);
  return keyed(dataset, key);
}

/** The pipeline's result without the file texts, which can then be freed before the cache is written. */
async function validated(files: readonly RawFile[], problems: readonly Diagnostic[]): Promise<Pick<Checked, 'dataset' | 'files' | 'diagnostics'>> {
  const { checkRawFiles } = await import('./pipeline.js');
  const { dataset, files: checked, diagnostics } = await checkRawFiles(files, problems);
  return { dataset, files: checked, diagnostics };
}

function dataError(diagnostics: readonly Diagnostic[], shown: string): DataError {
  const errors = diagnostics.filter(isError);
  return new DataError(errors[0]!, errors.length - 1, shown);
}
