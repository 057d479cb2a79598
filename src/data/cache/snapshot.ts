import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pkg from '../../../package.json' with { type: 'json' };
import { byCodeUnit } from '../../text/compare.js';
import type { RawData } from '../../model/dataset.js';
import { bundledDataDir, packageRoot, snapshotFile, snapshotStatsFile } from '../../runtime/paths.js';
import { writeAtomicallySync } from '../../runtime/atomic.js';
import { contentKey, readPackageEntry, schemasDigest } from './cache.js';
import { encodeEntry } from './entry.js';
import { sameStats, settled, statFiles, type FileStat } from './file-stats.js';
import { dataFilePaths, readDataDir } from '../yaml/read.js';

/**
 * The bundled data, validated at build time, keyed by the content hash of its files, the schemas
 * and the tool's version; beside it, the stats of those files when they last hashed to that key.
 * While every stat is the same, the snapshot is used without reading a data file. When one
 * differs, the files are read and hashed, and the hash decides: a changed file is never served
 * from the snapshot.
 */
export interface SnapshotPlace {
  readonly file: string;
  readonly statsFile: string;
  readonly dataDir: string;
  readonly schemasDir: string;
}

export const bundledSnapshot: SnapshotPlace = {
  file: snapshotFile,
  statsFile: snapshotStatsFile,
  dataDir: bundledDataDir,
  schemasDir: join(packageRoot, 'schemas'),
};

export interface SnapshotEntry {
  readonly key: string;
  readonly data: RawData;
}

/** The stats of every file the key covers. */
export interface SourceStats {
  readonly data: readonly FileStat[];
  readonly schemas: readonly FileStat[];
}

interface StatsEntry extends SourceStats {
  readonly key: string;
}

export interface OpenSnapshot {
  readonly entry: SnapshotEntry;
  /** True when the recorded stats match: the entry can be used without reading the files. */
  readonly unchanged: boolean;
  /** The stats as they were before the files were read; undefined when one was missing. */
  readonly stats: SourceStats | undefined;
}

export function openSnapshot(place: SnapshotPlace): OpenSnapshot | undefined {
  const read = readPackageEntry(place.file);
  if (read === undefined) return undefined;
  const entry: SnapshotEntry = { key: read.key, data: read.value as RawData };
  const stats = currentStats(place);
  const recorded = readJson<StatsEntry>(place.statsFile);
  const unchanged = stats !== undefined && recorded?.key === entry.key && sameStats(recorded.data, stats.data) && sameStats(recorded.schemas, stats.schemas);
  return { entry, unchanged, stats };
}

/**
 * Records `before`, the stats taken before the files were read and hashed to `key`, if they are
 * still the stats now (nothing changed while reading) and old enough to trust. Best effort: an
 * install directory that cannot be written only means hashing on every run.
 */
export function recordStats(place: SnapshotPlace, key: string, before: SourceStats | undefined, now = Date.now()): void {
  const after = currentStats(place);
  const trusted = before !== undefined && after !== undefined && sameStats(before.data, after.data) && sameStats(before.schemas, after.schemas) && settled([...after.data, ...after.schemas], now);
  try {
    if (!trusted) return rmSync(place.statsFile, { force: true });
    writeAtomicallySync(place.statsFile, JSON.stringify({ key, ...after } satisfies StatsEntry), 0o644);
  } catch {
    // A read-only install: carry on, hashing.
  }
}

/**
 * Validates the data and stores it with its content key (run by scripts/build.mjs). Invalid data
 * gets no snapshot: the tool then validates from the YAML and reports the problem.
 */
export async function writeSnapshot(place: SnapshotPlace = bundledSnapshot, now = Date.now()): Promise<boolean> {
  const before = currentStats(place);
  const read = readDataDir(place.dataDir);
  const { checkRawFiles } = await import('../pipeline.js');
  const checked = await checkRawFiles(read.files, read.diagnostics);
  if (!checked.raw || read.diagnostics.length > 0) {
    rmSync(place.file, { force: true });
    rmSync(place.statsFile, { force: true });
    process.stderr.write('astana build: the bundled data is invalid, so no snapshot was written; run `astana validate`\n');
    return false;
  }
  const key = contentKey(read.files, pkg.version, schemasDigest(place.schemasDir));
  writeAtomicallySync(place.file, encodeEntry(key, checked.raw), 0o644);
  recordStats(place, key, before, now);
  return true;
}

function currentStats(place: SnapshotPlace): SourceStats | undefined {
  let schemaNames: string[];
  try {
    schemaNames = readdirSync(place.schemasDir).filter((f) => f.endsWith('.json')).sort(byCodeUnit);
  } catch {
    return undefined;
  }
  const data = statFiles(place.dataDir, dataFilePaths(place.dataDir));
  const schemas = statFiles(place.schemasDir, schemaNames);
  return data && schemas ? { data, schemas } : undefined;
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}
