import { closeSync, constants, lstatSync, mkdirSync, openSync, readlinkSync, statSync, writeSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { OutputError } from '../errors.js';
import { removeStaleTemps, writeAtomically } from './atomic.js';
import { errnoReason } from './files.js';

/** The name that means standard output, as for most tools that take a file. */
export const stdoutName = '-';

/** A target that is a stream or a device rather than a file: written to, never replaced. */
const streamLike = (s: Stats): boolean => s.isCharacterDevice() || s.isFIFO() || s.isSocket();

/**
 * Writes an output the user named, as the user would expect of `>`: a file appears whole or not
 * at all (see writeAtomically: an unpredictable temp file, created exclusively, renamed over
 * it), while a device or a pipe (/dev/null, /dev/stdout, a FIFO) receives the bytes directly and
 * stays what it is. A symbolic link to a file is refused rather than replaced or followed, since
 * in a shared directory someone else may have planted it. Every failure is one line, exit 74.
 */
export async function writeOutput(path: string, shown: string, bytes: Uint8Array): Promise<void> {
  const fail = (why: string): OutputError => new OutputError(`cannot write '${shown}': ${why}`);
  let link: Stats | undefined;
  let target: Stats | undefined;
  try {
    link = lstatSync(path, { throwIfNoEntry: false });
    target = link?.isSymbolicLink() ? statSync(path, { throwIfNoEntry: false }) : link;
  } catch (error) {
    throw fail(errnoReason(error));
  }
  if (target?.isDirectory()) throw fail('it is a directory');
  // /dev/stdout, /dev/fd/3 …: a descriptor of this process, whatever it leads to, is written to as such.
  const fd = link?.isSymbolicLink() ? descriptorOf(path) : undefined;
  if (fd !== undefined) return writeAll(fd, bytes, fail);
  if (target !== undefined && streamLike(target)) return writeThrough(path, bytes, fail);
  if (link?.isSymbolicLink()) throw fail('it is a symbolic link; give the file it points to');
  try {
    mkdirSync(dirname(path), { recursive: true });
    removeStaleTemps(dirname(path));
    // The file's permissions are the user's usual ones (the umask applies), as with `>`.
    await writeAtomically(path, bytes, 0o666);
  } catch (error) {
    throw fail(errnoReason(error));
  }
}

/** The descriptor a link such as /dev/stdout or /dev/fd/3 stands for (it resolves into /proc/self/fd). */
function descriptorOf(path: string): number | undefined {
  try {
    const at = /^\/(?:proc\/self|dev)\/fd\/(\d+)$/.exec(path) ?? /^\/proc\/self\/fd\/(\d+)$/.exec(readlinkSync(path));
    return at ? Number(at[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Every byte to a descriptor; a reader that went away (EPIPE, as under `| head`) is no error. */
function writeAll(fd: number, bytes: Uint8Array, fail: (why: string) => OutputError): void {
  try {
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw fail(errnoReason(error));
  }
}

function writeThrough(path: string, bytes: Uint8Array, fail: (why: string) => OutputError): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, constants.O_WRONLY | constants.O_NOCTTY);
  } catch (error) {
    throw fail(errnoReason(error));
  }
  try {
    writeAll(fd, bytes, fail);
  } finally {
    closeSync(fd);
  }
}
