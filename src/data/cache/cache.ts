import { byCodeUnit } from '../../text/compare.js';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packageRoot } from '../../runtime/paths.js';
import { cacheDir } from '../../runtime/cache-dir.js';
import { removeStaleTemps, writeAtomically } from '../../runtime/atomic.js';
import { makeDir, oursOrAbsent, readSafely, removeIfOurs, trustOf } from '../../runtime/files.js';
import type { RawFile } from '../yaml/read.js';
import { decodeEntry, encodeEntry } from './entry.js';

export const schemasDir = join(packageRoot, 'schemas');

/** The data schemas decide what is valid, so editing one invalidates every cache entry. */
export function schemasDigest(dir = schemasDir): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json')).sort(byCodeUnit)) {
    hash.update(name).update('\0').update(readFileSync(join(dir, name))).update('\0');
  }
  return hash.digest('hex');
}

/** The content hash of the files, their paths, the schemas and the tool's version. */
export function contentKey(files: readonly RawFile[], version: string, schemas = schemasDigest()): string {
  const hash = createHash('sha256').update(version).update('\0').update(schemas);
  for (const f of [...files].sort((a, b) => byCodeUnit(a.path, b.path))) {
    hash.update('\0').update(f.path).update('\0').update(f.bytes);
  }
  return hash.digest('hex');
}

/** An entry built with the package (dist/), read as it is: see decodeEntry. */
export function readPackageEntry(file: string, key?: string): { key: string; value: unknown } | undefined {
  try {
    return decodeEntry(readFileSync(file), key, 'trusted');
  } catch {
    return undefined;
  }
}

/** One cache entry: a file in a directory the tool has decided it may use. */
export interface CacheSlot {
  readonly dir: string;
  readonly file: string;
}

/**
 * The entry named `name` (such as `data`) for a data directory: one file per directory and name,
 * so that other kinds of derived data can be cached beside the dataset.
 */
export function cacheSlot(env: Readonly<Record<string, string | undefined>>, dataDir: string, name: string): CacheSlot | undefined {
  const dir = cacheDir(env, dataDir);
  if (dir === undefined) return undefined;
  return { dir, file: join(dir, `${createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 32)}.${name}.json`) };
}

/** Past this, V8 cannot hold the text as one string anyway. */
export const maxEntryBytes = 512 * 1024 * 1024;

/**
 * The value stored for `key`, or undefined. An entry is used only when it is a regular file of
 * the user's in a directory nobody else may write to (or a sticky one), its key matches, and its
 * payload has the digest recorded with it. Anything else is removed, to be rebuilt.
 */
export function readCache(slot: CacheSlot | undefined, key: string, maxBytes = maxEntryBytes): unknown {
  if (slot === undefined || trustOf(slot.dir) === undefined) return undefined;
  // A temp file of a writer killed mid-write is removed on the next run, not the next write.
  removeStaleTemps(slot.dir);
  const bytes = readSafely(slot.file, maxBytes);
  if (bytes === undefined) return undefined;
  const entry = decodeEntry(bytes, key, 'digest');
  if (entry === undefined) removeIfOurs(slot.file);
  return entry?.value;
}

/** Stores `value` for `key`. Best effort: a cache that cannot be written only costs speed. */
export async function writeCache(slot: CacheSlot | undefined, key: string, value: unknown): Promise<void> {
  if (slot === undefined || !makeDir(slot.dir) || trustOf(slot.dir) === undefined) return;
  removeStaleTemps(slot.dir);
  try {
    if (!oursOrAbsent(slot.file)) return;
    await writeAtomically(slot.file, encodeEntry(key, value));
  } catch {
    // A value too large to serialise, a full disk: carry on without a cache.
  }
}

/** Removes an entry that turned out to be unusable. */
export function dropCache(slot: CacheSlot | undefined): void {
  if (slot !== undefined) removeIfOurs(slot.file);
}

