import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { OutputError, UsageError } from '../errors.js';
import { cleanOnSignal, Interrupted, removeStaleTemps, tempBeside } from '../runtime/atomic.js';
import { errnoReason } from '../runtime/files.js';
import { packageName } from './metadata.js';

/** Whether `dir` holds a package this tool wrote: its datapackage.json names it. */
function isEarlierExport(dir: string): boolean {
  try {
    return (JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as { name?: unknown }).name === packageName;
  } catch {
    return false;
  }
}

/**
 * Writes a data package whole or not at all. The files are written into a new directory beside
 * the target (an unpredictable name, made exclusively), and only then moved into place; an
 * earlier export there is replaced in one more rename and removed. So the target holds the old
 * package or the new one, never a mix. A directory that is not an earlier export is left alone
 * unless `force`. Ctrl-C removes what was made, puts the old package back if it was moved, and
 * ends the process as the signal would have.
 */
export async function writePackage(dir: string, shown: string, files: readonly { path: string; content: string | Uint8Array }[], options: { force?: boolean } = {}): Promise<void> {
  const existing = lstatSync(dir, { throwIfNoEntry: false });
  if (existing?.isSymbolicLink()) throw new OutputError(`cannot write '${shown}': it is a symbolic link; give the directory it points to`);
  if (existing && !existing.isDirectory()) throw new OutputError(`cannot write '${shown}': it is not a directory`);
  if (existing && readdirSync(dir).length > 0 && !isEarlierExport(dir) && !options.force) {
    throw new UsageError(`'${shown}' holds files that are not an astana export; give a new or empty directory, or --force to replace it`);
  }
  let made: string | undefined;
  let moved: string | undefined;
  const cleanUp = (): void => {
    // Put the old package back if it was moved aside and the new one is not yet in its place.
    if (moved !== undefined && !existsSync(dir)) renameSync(moved, dir);
    else if (moved !== undefined) rmSync(moved, { recursive: true, force: true });
    if (made !== undefined) rmSync(made, { recursive: true, force: true });
    made = moved = undefined;
  };
  try {
    mkdirSync(dirname(dir), { recursive: true });
    removeStaleTemps(dirname(dir));
    await cleanOnSignal(cleanUp, async (stopped) => {
      made = tempBeside(dir);
      mkdirSync(made, { mode: 0o777 });
      for (const file of files) {
        writeFileSync(join(made, file.path), file.content, { flag: 'wx' });
        await new Promise((resolve) => setImmediate(resolve));
        if (stopped()) throw new Interrupted('interrupted');
      }
      if (existing) {
        moved = tempBeside(dir);
        renameSync(dir, moved);
      }
      renameSync(made, dir);
      made = undefined;
      if (moved !== undefined) rmSync(moved, { recursive: true, force: true });
      moved = undefined;
    });
  } catch (error) {
    cleanUp();
    if (error instanceof UsageError || error instanceof Interrupted) throw error;
    throw new OutputError(`cannot write '${shown}': ${errnoReason(error)}`);
  }
}
