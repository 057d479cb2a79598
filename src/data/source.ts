import pkg from '../../package.json' with { type: 'json' };
import { DataError } from '../errors.js';
import { buildDataset, type Dataset } from '../model/dataset.js';
import { bundledDataDir, snapshotFile } from '../paths.js';
import { describeDiagnostic } from '../render/diagnostics.js';
import { cacheFile, contentKey, readEntry, writeEntry } from './cache.js';
import { isError } from './diagnostic.js';
import { readDataDir } from './read.js';

export interface SourceOptions {
  /** How to show the directory in messages. */
  readonly shown: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * The dataset in `dir`, validated. Fast path: when the files' content hash matches the build's
 * snapshot (bundled data) or the user's cache, no YAML is parsed and nothing is re-validated.
 * Any change to a file, the file list, the schemas or the tool's version misses the cache.
 */
export async function loadDataset(dir: string, options: SourceOptions): Promise<Dataset> {
  const read = readDataDir(dir);
  const cache = dir === bundledDataDir ? undefined : cacheFile(options.env, dir);
  const key = read.diagnostics.length === 0 ? contentKey(read.files, pkg.version) : undefined;
  if (key !== undefined) {
    const entry = dir === bundledDataDir ? readEntry(snapshotFile) : readEntry(cache);
    if (entry?.key === key) return buildDataset(entry.data);
  }
  const { checkRawFiles } = await import('./pipeline.js');
  const checked = await checkRawFiles(read.files, read.diagnostics);
  if (!checked.dataset || !checked.raw) throw dataError(checked.diagnostics, options.shown);
  if (key !== undefined) writeEntry(cache, { key, data: checked.raw });
  return checked.dataset;
}

function dataError(diagnostics: readonly import('./diagnostic.js').Diagnostic[], shown: string): DataError {
  const errors = diagnostics.filter(isError);
  const first = errors[0]!;
  const more = errors.length - 1;
  const tail = more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'}; run 'astana validate')` : " (run 'astana validate')";
  return new DataError(`invalid data: ${describeDiagnostic(first, shown)}${tail}`, first);
}
