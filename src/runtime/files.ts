import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, realpathSync, renameSync, rmSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';

/**
 * Every file the tool writes goes through here, and every cache file it reads: each operation is
 * careful about what it opens, because a directory may be shared, planted or simply odd (/proc, a
 * FIFO, a full disk). The readers never throw; a failure means "no cache". The writers throw the
 * file system's error, for the caller to name with `errnoReason`.
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

/** `<target>.<pid>.<16 hex>.tmp`: unpredictable, and naming the process that writes it. */
const tempPattern = /\.(\d+)\.[0-9a-f]{16}\.tmp$/;

/** A fresh name for a temporary file or directory beside `target`. */
export const tempBeside = (target: string): string => join(dirname(target), `${basename(target)}.${process.pid}.${randomBytes(8).toString('hex')}.tmp`);
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
      if (alive(Number(pid)) && now - stats.mtimeMs <= abandonedMs) continue;
      if (stats.isDirectory() && ours(stats)) rmSync(join(dir, name), { recursive: true, force: true });
      else removeIfOurs(join(dir, name));
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

/** Opens a new temp file beside `target` exclusively: O_EXCL refuses a name planted as a file, link or FIFO. */
function openTemp(target: string, mode: number): { tmp: string; fd: number } {
  for (let attempt = 0; ; attempt++) {
    const tmp = tempBeside(target);
    try {
      return { tmp, fd: openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, mode) };
    } catch (error) {
      // Someone planted this very name: take another. Any other error is the directory's.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt === 3) throw error;
    }
  }
}

/**
 * Runs `work` with Ctrl-C and SIGTERM caught: on a signal, `cleanUp` runs and the process then
 * ends as the signal would have ended it. The listener is in place before anything is created,
 * since with none a signal ends the process at once, leaving whatever was made a moment earlier.
 * `work` must yield now and then (between chunks) for a signal to be noticed.
 */
export async function cleanOnSignal<T>(cleanUp: () => void, work: (stopped: () => boolean) => Promise<T>): Promise<T> {
  let caught: NodeJS.Signals | undefined;
  const onSignal = (signal: NodeJS.Signals): void => {
    caught = signal;
    cleanUp();
    for (const s of signals) process.removeListener(s, onSignal);
    process.kill(process.pid, signal);
  };
  for (const s of signals) process.on(s, onSignal);
  try {
    return await work(() => caught !== undefined);
  } finally {
    for (const s of signals) process.removeListener(s, onSignal);
  }
}

/** Stopped by a signal: the temp file is gone and the process is ending. */
export class Interrupted extends Error {}

/**
 * Writes `bytes` to `target` atomically: into a new temp file beside it (see openTemp) under an
 * unpredictable name, then renamed over the target. Every failure removes the temp file, and
 * throws. The write yields between chunks, so that Ctrl-C removes the temp file and then ends
 * the process as the signal would have.
 */
export function writeAtomically(target: string, bytes: Uint8Array, mode = 0o600): Promise<void> {
  let open: { tmp: string; fd: number } | undefined;
  const cleanUp = (): void => {
    if (open === undefined) return;
    try {
      closeSync(open.fd);
    } catch {
      // Closed already.
    }
    removeIfOurs(open.tmp);
    open = undefined;
  };
  return cleanOnSignal(cleanUp, async (stopped) => {
    try {
      open = openTemp(target, mode);
      for (let at = 0; at < bytes.length; ) {
        at += writeSync(open.fd, bytes, at, Math.min(chunkBytes, bytes.length - at));
        await new Promise((resolve) => setImmediate(resolve));
        if (stopped()) throw new Interrupted('interrupted');
      }
      closeSync(open.fd);
      renameSync(open.tmp, target);
      open = undefined;
    } catch (error) {
      cleanUp();
      throw error;
    }
  });
}

/** The same in one go, for the small files written as the process exits (compiled code, file stats). */
export function writeAtomicallySync(target: string, bytes: Uint8Array | string, mode = 0o600): void {
  const { tmp, fd } = openTemp(target, mode);
  try {
    writeSync(fd, typeof bytes === 'string' ? Buffer.from(bytes) : bytes);
    closeSync(fd);
    renameSync(tmp, target);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // Closed already.
    }
    removeIfOurs(tmp);
    throw error;
  }
}
