import { byCodeUnit } from '../compare.js';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawData } from '../model/dataset.js';
import { packageRoot } from '../paths.js';
import type { RawFile } from './read.js';

/** Validated data, stored under the hash of everything that could change it. */
export interface CacheEntry {
  readonly key: string;
  readonly data: RawData;
}

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

/** Where to cache validated data for a data directory; undefined turns the cache off. */
export function cacheFile(env: Readonly<Record<string, string | undefined>>, dataDir: string): string | undefined {
  if (env.ASTANA_NO_CACHE === '1') return undefined;
  const base = env.ASTANA_CACHE_DIR || (env.XDG_CACHE_HOME ? join(env.XDG_CACHE_HOME, 'astana') : env.HOME ? join(env.HOME, '.cache', 'astana') : undefined);
  if (base === undefined) return undefined;
  return join(base, `${createHash('sha256').update(dataDir).digest('hex').slice(0, 32)}.json`);
}

export function readEntry(file: string | undefined): CacheEntry | undefined {
  if (file === undefined) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as CacheEntry;
  } catch {
    return undefined;
  }
}

/** Best effort: a cache that cannot be written only costs speed. Written atomically. */
export function writeEntry(file: string | undefined, entry: CacheEntry): void {
  if (file === undefined) return;
  try {
    mkdirSync(join(file, '..'), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(entry));
    renameSync(tmp, file);
  } catch {
    // Read-only home, full disk: carry on without a cache.
  }
}
