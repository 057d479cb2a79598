import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UsageError } from '../errors.js';

/**
 * Writes a file the user asked for, whole or not at all (through a temporary file and a rename),
 * creating its directory. A path that cannot be written is the user's to fix: one line, exit 2.
 */
export function writeOutputFile(path: string, content: string | Uint8Array, shown: string): void {
  const tmp = join(dirname(path), `.${process.pid}.astana.tmp`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } catch (error) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // Nothing was written where nothing can be.
    }
    const code = (error as NodeJS.ErrnoException).code;
    const why = { EACCES: 'permission denied', EPERM: 'permission denied', EISDIR: 'it is a directory', ENOTDIR: 'a parent is not a directory', EROFS: 'read-only file system', ENOSPC: 'no space left on the device', EEXIST: 'a parent is not a directory' }[code ?? ''];
    throw new UsageError(`cannot write '${shown}': ${why ?? (error as Error).message}`);
  }
}
