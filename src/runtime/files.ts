import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readSync, realpathSync, statSync, unlinkSync, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';

/**
 * Every cache file the tool reads goes through here, and every file it writes through atomic.ts:
 * each operation is careful about what it opens, because a directory may be shared, planted or
 * simply odd (/proc, a FIFO, a full disk). The readers never throw; a failure means "no cache".
 */

/** The one wording of the file system's errors, for every message that names one. */
const reasons: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a parent is not a directory',
  ENOENT: 'no such file or directory',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is exceeded',
  EFBIG: 'the file is too large',
  EIO: 'an input/output error',
  ELOOP: 'too many levels of symbolic links (a symlink loop?)',
  EBADF: 'the output is closed',
  EPIPE: 'the reader went away',
  EEXIST: 'it already exists',
};

/** "no space left on the device (ENOSPC)": what went wrong, in words, with the code for searching. */
export function errnoReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === undefined) return error instanceof Error ? error.message : String(error);
  return Object.hasOwn(reasons, code) ? `${reasons[code]} (${code})` : code;
}

/** True when `path` is `dir` or below it. */
export function within(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The real path of the deepest part of `path` that exists, with the rest appended: links resolved as far as they go. */
export function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPath(parent), path.slice(parent.length));
  }
}

const uid = (): number | undefined => process.getuid?.();

/** How far the directory may be trusted: `private` is the user's own; `shared` is sticky, like /tmp. */
export type Trust = 'private' | 'shared';

/**
 * As ssh and pip decide: a directory the user owns that nobody else may write to is private;
 * a sticky directory (where nobody can replace another's file) may hold the user's own entries;
 * anything else could have been written by someone else, and is not used.
 */
export function trustOf(dir: string): Trust | undefined {
  let stats: Stats;
  try {
    stats = statSync(dir);
  } catch {
    return undefined;
  }
  if (!stats.isDirectory()) return undefined;
  const me = uid();
  if (me === undefined) return 'private'; // no owners to compare (Windows)
  if (stats.uid === me && (stats.mode & 0o022) === 0) return 'private';
  if ((stats.mode & 0o1000) !== 0) return 'shared';
  return undefined;
}

/** An entry is only read when it is a regular file of the user's that nobody else may write. */
function trustworthyFile(stats: Stats, maxBytes: number): boolean {
  const me = uid();
  if (!stats.isFile() || stats.size > maxBytes) return false;
  return me === undefined || (stats.uid === me && (stats.mode & 0o022) === 0);
}

/**
 * Reads a regular file without following a symbolic link and without blocking on a FIFO;
 * refuses devices, links, other users' files and files over `maxBytes`. A refused or unreadable
 * file that is ours is removed, so that it is rebuilt rather than refused on every run.
 */
export function readSafely(file: string, maxBytes: number): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP') removeIfOurs(file);
    return undefined;
  }
  try {
    const stats = fstatSync(fd);
    if (!trustworthyFile(stats, maxBytes)) {
      removeIfOurs(file);
      return undefined;
    }
    const bytes = Buffer.allocUnsafe(stats.size);
    let filled = 0;
    while (filled < bytes.length) {
      const n = readSync(fd, bytes, filled, bytes.length - filled, filled);
      if (n === 0) return undefined; // shrank while we read: someone is rewriting it
      filled += n;
    }
    return bytes;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** Removes a file (or a link, a FIFO) of ours; others' files in a shared directory are left alone. */
export function removeIfOurs(file: string): void {
  try {
    const stats = lstatSync(file);
    if (!stats.isDirectory() && ours(stats)) unlinkSync(file);
  } catch {
    // Gone already, or not ours to remove.
  }
}

/** True unless `file` exists and belongs to someone else, whose entry we leave alone. */
export function oursOrAbsent(file: string): boolean {
  const stats = lstatSync(file, { throwIfNoEntry: false });
  return stats === undefined || ours(stats);
}

export const ours = (stats: Stats): boolean => uid() === undefined || stats.uid === uid();

/**
 * Creates `dir` and at most a few missing parents, one plain mkdir each. `mkdirSync` with
 * `recursive: true` loops forever under /proc, where mkdir fails with ENOENT under a parent
 * that exists; here a directory that cannot be made simply means no cache.
 */
export function makeDir(dir: string, levels = 4): boolean {
  const missing: string[] = [];
  for (let path = dir; ; path = dirname(path)) {
    let stats: Stats | undefined;
    try {
      stats = statSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return false;
    }
    if (stats) {
      if (!stats.isDirectory()) return false;
      break;
    }
    if (missing.length === levels || dirname(path) === path) return false;
    missing.push(path);
  }
  for (const path of missing.reverse()) {
    try {
      mkdirSync(path, { mode: 0o700 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return false;
    }
  }
  return true;
}
