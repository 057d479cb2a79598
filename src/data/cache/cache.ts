import { byCodeUnit } from '../../text/compare.js';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { RawData } from '../../model/dataset.js';
import { packageRoot } from '../../runtime/paths.js';
import { makeDir, oursOrAbsent, readSafely, removeIfOurs, removeStaleTemps, trustOf, writeAtomically } from './files.js';
import type { RawFile } from '../yaml/read.js';

/** The bundled snapshot: validated data, stored under the hash of everything that could change it. */
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

/** Reads the snapshot built with the package (dist/snapshot.json). */
export function readEntry(file: string | undefined): CacheEntry | undefined {
  if (file === undefined) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as CacheEntry;
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
 * Where the cache lives, by the XDG Base Directory spec: $ASTANA_CACHE_DIR, else
 * $XDG_CACHE_HOME/astana, else ~/.cache/astana. A relative path is ignored, as the spec says
 * (it would depend on the working directory), and a cache inside the data directory is never used:
 * the tool does not write there. Undefined means no cache.
 */
export function cacheDir(env: Readonly<Record<string, string | undefined>>, dataDir: string): string | undefined {
  if (env.ASTANA_NO_CACHE === '1') return undefined;
  const absolute = (path: string | undefined): string | undefined => (path && isAbsolute(path) ? path : undefined);
  const xdg = absolute(env.XDG_CACHE_HOME);
  const home = absolute(env.HOME);
  const dir = absolute(env.ASTANA_CACHE_DIR) ?? (xdg ? join(xdg, 'astana') : home ? join(home, '.cache', 'astana') : undefined);
  if (dir === undefined || within(real(resolve(dataDir)), real(dir))) return undefined;
  return dir;
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

/** The first line of an entry; the payload, JSON, follows it. */
interface Header {
  readonly format: typeof format;
  readonly key: string;
  readonly sha256: string;
}

const format = 'astana-cache/1';
/** Past this, V8 cannot hold the text as one string anyway. */
export const maxEntryBytes = 512 * 1024 * 1024;

/**
 * The value stored for `key`, or undefined. An entry is used only when it is a regular file of
 * the user's in a directory nobody else may write to (or a sticky one), its key matches, and its
 * payload has the digest recorded with it. Anything else is removed, to be rebuilt.
 */
export function readCache(slot: CacheSlot | undefined, key: string, maxBytes = maxEntryBytes): unknown {
  if (slot === undefined || trustOf(slot.dir) === undefined) return undefined;
  const bytes = readSafely(slot.file, maxBytes);
  if (bytes === undefined) return undefined;
  const newline = bytes.indexOf(0x0a);
  try {
    const header = JSON.parse(bytes.subarray(0, Math.max(0, newline)).toString('utf8')) as Partial<Header>;
    const payload = bytes.subarray(newline + 1);
    if (newline < 0 || header.format !== format || header.key !== key || header.sha256 !== digest(payload)) throw new Error('stale or damaged');
    return JSON.parse(payload.toString('utf8')) as unknown;
  } catch {
    removeIfOurs(slot.file);
    return undefined;
  }
}

/** Stores `value` for `key`. Best effort: a cache that cannot be written only costs speed. */
export async function writeCache(slot: CacheSlot | undefined, key: string, value: unknown): Promise<void> {
  if (slot === undefined || !makeDir(slot.dir) || trustOf(slot.dir) === undefined) return;
  removeStaleTemps(slot.dir);
  try {
    if (!oursOrAbsent(slot.file)) return;
    const payload = Buffer.from(JSON.stringify(value), 'utf8');
    const header: Header = { format, key, sha256: digest(payload) };
    await writeAtomically(slot.file, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), payload]));
  } catch {
    // A value too large to serialise: carry on without a cache.
  }
}

/** Removes an entry that turned out to be unusable. */
export function dropCache(slot: CacheSlot | undefined): void {
  if (slot !== undefined) removeIfOurs(slot.file);
}

const digest = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** True when `path` is `dir` or below it. */
function within(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The real path of the deepest part of `path` that exists, with the rest appended. */
function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(real(parent), path.slice(parent.length));
  }
}
