import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { meetingDirs, metadataFile, registryFiles } from '../data/yaml/read.js';
import { UsageError } from '../errors.js';

/** What `astana validate [paths…]` reports on: the whole directory, or some files and folders of it. */
export interface Selection {
  readonly dir: string;
  readonly shown: string;
  /** Paths relative to the data directory, with forward slashes; undefined means everything. */
  readonly only?: readonly string[];
}

const dataFiles = [...registryFiles.map(([name]) => name), metadataFile, ...meetingDirs.map(([sub]) => `${sub}/*.yaml`)].join(', ');

/**
 * Checks every path against the data directory it belongs to, so that validate never says "no
 * problems" about a file it did not read: a path outside the data directory, a file that is not a
 * data file (README.md, rounds/notes.txt) or paths in two data directories are usage errors.
 * Without --data, the data directory is the nearest folder above the paths with rounds/ and
 * parties.yaml.
 */
export function selectPaths(given: { dir: string; shown: string; explicit: boolean }, paths: readonly string[], cwd: string): Selection {
  if (paths.length === 0) return given;
  const absolute = paths.map((p) => {
    const full = resolve(cwd, p);
    if (statSync(full, { throwIfNoEntry: false }) === undefined) throw new UsageError(`no such file: ${p}`);
    return full;
  });
  const { dir, shown } = given.explicit ? given : found(absolute, paths, cwd);
  const root = real(dir);
  const only = absolute.map((full, i) => {
    // The folder's real path, so that a path through a symbolic link to the data is recognised;
    // the file's own name, since a data file may itself be a link inside the data directory.
    const rel = full === dir || real(full) === root ? '' : relative(root, join(real(dirname(full)), basename(full)));
    if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
      throw new UsageError(`${paths[i]} is not in the data directory ${shown}; give files under it${given.explicit ? '' : ', or pass --data'}`);
    }
    const path = rel.split(sep).join('/');
    if (path === '' || isDataPath(path, statSync(full).isDirectory())) return path;
    throw new UsageError(`${paths[i]} is not a data file of ${shown} (data files: ${dataFiles})`);
  });
  return { dir, shown, only: only.includes('') ? undefined : only };
}

/** A registry file, dataset.yaml, a meeting folder, or a YAML file directly in a meeting folder. */
function isDataPath(path: string, directory: boolean): boolean {
  const parts = path.split('/');
  const meeting = meetingDirs.some(([sub]) => sub === parts[0]);
  if (directory) return parts.length === 1 && meeting;
  if (parts.length === 1) return path === metadataFile || registryFiles.some(([name]) => name === path);
  return parts.length === 2 && meeting && /\.ya?ml$/.test(parts[1]!);
}

/** True when a diagnostic's file is one of the selected files or inside a selected folder. */
export function selected(file: string, only: readonly string[] | undefined): boolean {
  return only === undefined || only.some((p) => file === p || file.startsWith(`${p}/`));
}

function found(absolute: readonly string[], paths: readonly string[], cwd: string): { dir: string; shown: string } {
  const dirs = absolute.map((full, i) => dataDirAbove(full, paths[i]!));
  const distinct = [...new Set(dirs)];
  if (distinct.length > 1) {
    throw new UsageError(`the paths are in ${distinct.length} data directories (${distinct.map((d) => relative(cwd, d) || '.').join(', ')}); validate one at a time`);
  }
  return { dir: distinct[0]!, shown: relative(cwd, distinct[0]!) || '.' };
}

function dataDirAbove(full: string, path: string): string {
  let dir = statSync(full).isDirectory() ? full : dirname(full);
  for (;;) {
    if (statSync(join(dir, 'rounds'), { throwIfNoEntry: false })?.isDirectory() && statSync(join(dir, 'parties.yaml'), { throwIfNoEntry: false })) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new UsageError(`cannot find the data directory above ${path}; pass --data`);
    dir = parent;
  }
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
