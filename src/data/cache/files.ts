import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * The file-system side of the cache: every operation here is careful about what it opens,
 * because a cache directory may be shared, planted or simply odd (/proc, a FIFO, a full disk).
 * Nothing here throws; a failure means "no cache".
 */

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

const ours = (stats: Stats): boolean => uid() === undefined || stats.uid === uid();

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

/** `<entry>.<pid>.<16 hex>.tmp`: unpredictable, and naming the process that writes it. */
const tempPattern = /\.(\d+)\.[0-9a-f]{16}\.tmp$/;
/** A temp file this old is abandoned whatever its process id says: ids are reused. */
const abandonedMs = 60 * 60 * 1000;

/** Removes our temp files left by processes that were killed mid-write. */
export function removeStaleTemps(dir: string, now = Date.now()): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = tempPattern.exec(name)?.[1];
    if (pid === undefined || Number(pid) === process.pid) continue;
    try {
      const stats = lstatSync(join(dir, name));
      if (!alive(Number(pid)) || now - stats.mtimeMs > abandonedMs) removeIfOurs(join(dir, name));
    } catch {
      // Removed by another process meanwhile.
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Chunks small enough that Ctrl-C during a large write is answered within a few milliseconds. */
const chunkBytes = 1 << 20;
const signals = ['SIGINT', 'SIGTERM'] as const;

/**
 * Writes `bytes` to `file` atomically: into a new temp file beside it, created exclusively
 * (O_EXCL, so a planted file or link is never written through) under an unpredictable name,
 * then renamed over the entry. Every failure removes the temp file. The write yields between
 * chunks with a signal listener in place, so that Ctrl-C removes the temp file and then ends
 * the process as the signal would have.
 */
export async function writeAtomically(file: string, bytes: Uint8Array): Promise<boolean> {
  const tmp = join(dirname(file), `${basename(file)}.${process.pid}.${randomBytes(8).toString('hex')}.tmp`);
  let fd: number | undefined;
  let caught: NodeJS.Signals | undefined;
  const cleanUp = (): void => {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
    removeIfOurs(tmp);
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    caught = signal;
    cleanUp();
    for (const s of signals) process.removeListener(s, onSignal);
    process.kill(process.pid, signal);
  };
  // Listen before the file exists: with no listener a signal ends the process at once, and a
  // temp file created a moment earlier would be left behind.
  for (const s of signals) process.on(s, onSignal);
  try {
    fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
    for (let at = 0; at < bytes.length; ) {
      at += writeSync(fd, bytes, at, Math.min(chunkBytes, bytes.length - at));
      await new Promise((resolve) => setImmediate(resolve));
      if (caught) return false;
    }
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, file);
    return true;
  } catch {
    cleanUp();
    return false;
  } finally {
    for (const s of signals) process.removeListener(s, onSignal);
  }
}
