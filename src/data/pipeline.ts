import { buildDataset, type Dataset, type RawData } from '../model/dataset.js';
import { crossFileChecks } from './checks.js';
import { byPosition, isError, type Diagnostic } from './diagnostic.js';
import { loadDataDir, loadRaw, type Loaded, type ParsedFile, type RawFile } from './load.js';
import { locateAll } from './locate.js';
import { rawData, type StoredFile } from './raw-data.js';
import { validateSchema } from './validate-schema.js';

export interface Checked {
  /** Present only when there is no error (warnings allowed). */
  readonly dataset?: Dataset;
  /** The validated values. Present with `dataset`. */
  readonly raw?: RawData;
  /** The files behind them, without their texts, for the cache. Present with `dataset`. */
  readonly files?: readonly StoredFile[];
  /** Sorted by file and position. */
  readonly diagnostics: readonly Diagnostic[];
  /** File texts by path, for code frames. */
  readonly texts: ReadonlyMap<string, string>;
}

/** load → validate (schema, then cross-file) → locate problems → build. */
export async function checkDataDir(dir: string): Promise<Checked> {
  return check(await loadDataDir(dir));
}

/** The same pipeline on files in memory. */
export async function checkRawFiles(files: readonly RawFile[], readProblems: readonly Diagnostic[] = []): Promise<Checked> {
  return check(await loadRaw(files, readProblems));
}

async function check(loaded: Loaded): Promise<Checked> {
  const parsed = loaded.files;
  const schemaProblems = parsed.flatMap(validateSchema);
  const valid = parsed.filter((f) => !schemaProblems.some((d) => d.file === f.path));
  const complete = valid.length === loaded.files.length && !loaded.diagnostics.some(isError);
  const found = [...loaded.diagnostics, ...schemaProblems, ...crossFileChecks(valid, { complete })];
  const diagnostics = (await locateAll(found, loaded.texts)).sort(byPosition);
  if (diagnostics.some(isError)) return { diagnostics, texts: loaded.texts };
  const raw = rawData(valid);
  const files = valid.map(({ kind, path, value }) => ({ kind, path, value }));
  return { diagnostics, texts: loaded.texts, raw, files, dataset: buildDataset(raw) };
}
