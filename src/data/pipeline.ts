import { DataError } from '../errors.js';
import { buildDataset, type Dataset } from '../model/dataset.js';
import type { Ministerial, PartiesFile, PeopleFile, ResolutionsFile, Round, Summit, TopicsFile } from '../model/types.js';
import { describeDiagnostic } from '../render/diagnostics.js';
import { crossFileChecks } from './checks.js';
import { byPosition, isError, type Diagnostic } from './diagnostic.js';
import { loadDataDir, loadRaw, type Loaded, type ParsedFile, type RawFile } from './load.js';
import { validateSchema } from './validate-schema.js';

export interface Checked {
  /** Present only when there is no error (warnings allowed). */
  readonly dataset?: Dataset;
  /** Sorted by file and position. */
  readonly diagnostics: readonly Diagnostic[];
  /** File texts by path, for code frames. */
  readonly texts: ReadonlyMap<string, string>;
}

/** load → validate (schema, then cross-file) → build. */
export function checkDataDir(dir: string): Checked {
  return check(loadDataDir(dir));
}

/** The same pipeline on files in memory. */
export function checkRawFiles(files: readonly RawFile[]): Checked {
  return check(loadRaw(files));
}

function check(loaded: Loaded): Checked {
  const parsed = loaded.files.filter((f) => !loaded.diagnostics.some((d) => d.file === f.path && isError(d)));
  const schemaProblems = parsed.flatMap(validateSchema);
  const valid = parsed.filter((f) => !schemaProblems.some((d) => d.file === f.path));
  const complete = valid.length === loaded.files.length && !loaded.diagnostics.some(isError);
  const diagnostics = [...loaded.diagnostics, ...schemaProblems, ...crossFileChecks(valid, { complete })].sort(byPosition);
  if (diagnostics.some(isError)) return { diagnostics, texts: loaded.texts };
  return { diagnostics, texts: loaded.texts, dataset: build(valid) };
}

function build(files: readonly ParsedFile[]): Dataset {
  const values = <T>(kind: ParsedFile['kind']): T[] => files.filter((f) => f.kind === kind).map((f) => f.value as T);
  return buildDataset({
    rounds: values<Round>('round'),
    summits: values<Summit>('summit'),
    ministerials: values<Ministerial>('ministerial'),
    parties: values<PartiesFile>('parties').flatMap((f) => f.parties),
    people: values<PeopleFile>('people').flatMap((f) => f.people),
    topics: values<TopicsFile>('topics').flatMap((f) => f.topics),
    resolutions: values<ResolutionsFile>('resolutions').flatMap((f) => f.resolutions),
  });
}

/** For query commands: the dataset, or a DataError naming the first problem. */
export function loadDataset(dir: string, base = dir): Dataset {
  const { dataset, diagnostics } = checkDataDir(dir);
  if (dataset) return dataset;
  const first = diagnostics.find(isError)!;
  const more = diagnostics.filter(isError).length - 1;
  const tail = more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'}; run 'astana validate')` : " (run 'astana validate')";
  throw new DataError(`invalid data: ${describeDiagnostic(first, base)}${tail}`, first);
}
