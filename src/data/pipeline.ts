import { byCodeUnit } from '../text/compare.js';
import { buildDataset, type Dataset, type RawData } from '../model/dataset.js';
import { datasetChecks } from './checks/dataset.js';
import { meetingChecks } from './checks/meeting.js';
import { registryChecks } from './checks/registry.js';
import { isMeetingKind } from '../model/dataset.js';
import { collector, type Registries } from './checks/index.js';
import { byPosition, isError, type Diagnostic } from './diagnostic.js';
import { locateAll } from './yaml/locate.js';
import { parseFile } from './yaml/parse.js';
import { rawData, type StoredFile } from './raw-data.js';
import { readDataDir, type RawFile } from './yaml/read.js';
import { validateSchema } from './checks/schema.js';

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
  /** Checking stopped at the limit: later files and the rules across all files were not checked. */
  readonly stopped?: boolean;
}

export interface CheckOptions {
  /** Stop once this many problems are known, one of them an error (or any of them, with `strict`). */
  readonly limit?: number;
  readonly strict?: boolean;
}

/** read → parse → schema → rules → locate problems → build. */
export function checkDataDir(dir: string, options: CheckOptions = {}): Promise<Checked> {
  const { files, diagnostics } = readDataDir(dir);
  return checkRawFiles(files, diagnostics, options);
}

/**
 * The same pipeline on files in memory. Registries come first, since every meeting's references
 * are checked against them, then the meetings in path order, each checked as soon as it is read:
 * with a limit, the work stops as soon as the report is settled.
 */
export async function checkRawFiles(raw: readonly RawFile[], readProblems: readonly Diagnostic[] = [], options: CheckOptions = {}): Promise<Checked> {
  const ordered = [...raw].sort((a, b) => Number(isMeetingKind(a.kind)) - Number(isMeetingKind(b.kind)) || byCodeUnit(a.path, b.path));
  const problems = [...readProblems];
  const { found, report } = collector();
  const texts = new Map<string, string>();
  const valid: StoredFile[] = [];
  let registries: Registries | undefined;
  let stopped = false;
  const failing = (d: Diagnostic): boolean => options.strict === true || isError(d);
  let seen = { problems: 0, found: 0, failing: false };
  for (const file of ordered) {
    if (isMeetingKind(file.kind)) registries ??= registryChecks(valid, report);
    const parsed = await parseFile(file);
    problems.push(...parsed.diagnostics);
    if (parsed.text !== undefined) texts.set(file.path, parsed.text);
    if (parsed.file) {
      const stored = { kind: file.kind, path: file.path, value: parsed.file.value };
      const schema = validateSchema(stored);
      problems.push(...schema);
      if (schema.length === 0) {
        valid.push(stored);
        if (isMeetingKind(file.kind)) meetingChecks(stored, file.kind, registries!, report);
      }
    }
    // Only the diagnostics new since the last file are looked at, so this stays linear.
    seen = { problems: problems.length, found: found.length, failing: seen.failing || problems.slice(seen.problems).some(failing) || found.slice(seen.found).some(failing) };
    if (options.limit !== undefined && seen.failing && problems.length + found.length >= options.limit) {
      stopped = true;
      break;
    }
  }
  registries ??= registryChecks(valid, report);
  if (!stopped) datasetChecks(valid, report, { complete: valid.length === raw.length && !readProblems.some(isError) });
  const diagnostics = (await locateAll([...problems, ...found], texts)).sort(byPosition);
  if (stopped || diagnostics.some(isError)) return { diagnostics, texts, stopped };
  const data = rawData(valid);
  return { diagnostics, texts, raw: data, files: valid, dataset: buildDataset(data) };
}
