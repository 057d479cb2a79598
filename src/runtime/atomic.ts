import { randomBytes } from 'node:crypto';
import { closeSync, constants, lstatSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ours, removeIfOurs } from './files.js';

/**
 * The one way the tool writes a file: the user cache, the bundled snapshot, the compiled code and
 * every output. A new file is made under an unpredictable name beside its target, exclusively,
 * and renamed into place; nothing is ever written through a name someone else could have planted.
 * The writers throw the file system's error, for the caller to name with `errnoReason`.
 */

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
