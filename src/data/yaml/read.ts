import type { MeetingKind } from '../../model/dataset.js';
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, sep } from 'node:path';
import type { Diagnostic } from '../diagnostic.js';

export type { MeetingKind };
export type FileKind = MeetingKind | 'parties' | 'topics' | 'resolutions' | 'people' | 'cities' | 'dataset';

/** A data file's bytes, before decoding. Tests and the fuzzer build these in memory. */
export interface RawFile {
  readonly kind: FileKind;
  /** Relative to the data directory, with forward slashes. */
  readonly path: string;
  readonly bytes: Uint8Array;
}

export const registryFiles: ReadonlyArray<readonly [string, FileKind]> = [
  ['parties.yaml', 'parties'],
  ['people.yaml', 'people'],
  ['topics.yaml', 'topics'],
  ['resolutions.yaml', 'resolutions'],
  ['cities.yaml', 'cities'],
];

/** What the dataset says of itself: read when present, so that data of one's own needs none. */
export const metadataFile = 'dataset.yaml';

/** One folder per kind of meeting, one file per meeting. Only rounds/ is required. */
export const meetingDirs: ReadonlyArray<readonly [string, MeetingKind, boolean]> = [
  ['rounds', 'round', true],
  ['summits', 'summit', false],
  ['ministerials', 'ministerial', false],
];

/** A data file is a few kilobytes; anything this large is a mistake, and parsing it would be slow. */
export const maxFileBytes = 1024 * 1024;

export function problem(code: string, file: string, args: Record<string, string | number> = {}, line = 0, column = 0): Diagnostic {
  return { code, severity: 'error', file, line, column, args };
}

/** Reads every data file under `dir`. Never throws for bad input: problems become diagnostics. */
export function readDataDir(dir: string): { files: RawFile[]; diagnostics: Diagnostic[] } {
  const files: RawFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const top = statOf(dir);
  if ('error' in top) {
    return { files, diagnostics: [top.error === 'ENOENT' || top.error === 'ENOTDIR' ? problem('load/missing-dir', '.', { dir }) : problem('load/unreadable', '.', { reason: reason(top.error) })] };
  }
  if (!top.stats.isDirectory()) return { files, diagnostics: [problem('load/missing-dir', '.', { dir })] };
  // Symbolic links are followed only as far as they stay inside the data directory, so that a
  // link to /etc/passwd is refused rather than read, parsed and quoted in a code frame.
  const root = realpathSync(dir);
  const take = (path: string, kind: FileKind): void => {
    const result = readOne(dir, root, path, kind);
    if ('diagnostic' in result) diagnostics.push(result.diagnostic);
    else files.push(result);
  };
  for (const [name, kind] of registryFiles) take(name, kind);
  if (lstatSync(join(dir, metadataFile), { throwIfNoEntry: false }) !== undefined) take(metadataFile, 'dataset');
  for (const [sub, kind, required] of meetingDirs) {
    const listed = listYaml(dir, root, sub);
    if ('names' in listed) listed.names.forEach((name) => take(`${sub}/${name}`, kind));
    else if ('problem' in listed) diagnostics.push(listed.problem);
    else if (required) diagnostics.push(problem('load/missing-dir', sub, { dir: sub }));
  }
  return { files, diagnostics };
}

/** The paths of the files readDataDir would read, without reading them. */
export function dataFilePaths(dir: string): string[] {
  let root: string;
  try {
    root = realpathSync(dir);
  } catch {
    return registryFiles.map(([name]) => name);
  }
  const listed = meetingDirs.map(([sub]) => [sub, listYaml(dir, root, sub)] as const);
  const meetings = listed.flatMap(([sub, l]) => ('names' in l ? l.names.map((name) => `${sub}/${name}`) : []));
  const metadata = lstatSync(join(dir, metadataFile), { throwIfNoEntry: false }) === undefined ? [] : [metadataFile];
  return [...registryFiles.map(([name]) => name), ...metadata, ...meetings];
}

function statOf(path: string): { stats: Stats } | { error: string } {
  try {
    return { stats: statSync(path) };
  } catch (error) {
    return { error: (error as NodeJS.ErrnoException).code ?? 'unknown' };
  }
}

/** The YAML files of a meeting folder, the reason it cannot be listed, or neither when it does not exist. */
function listYaml(dir: string, root: string, sub: string): { names: string[] } | { problem: Diagnostic } | { absent: true } {
  const full = join(dir, sub);
  const stat = statOf(full);
  if ('error' in stat) return stat.error === 'ENOENT' || stat.error === 'ENOTDIR' ? { absent: true } : { problem: problem('load/unreadable', sub, { reason: reason(stat.error) }) };
  if (!stat.stats.isDirectory()) return { absent: true };
  try {
    if (!inside(root, realpathSync(full))) return { problem: problem('load/outside-link', sub) };
    const names = readdirSync(full).filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'));
    return { names: names.sort() };
  } catch (error) {
    return { problem: problem('load/unreadable', sub, { reason: reason((error as NodeJS.ErrnoException).code) }) };
  }
}

const inside = (root: string, path: string): boolean => path.startsWith(root.endsWith(sep) ? root : `${root}${sep}`);

const reasons: Readonly<Record<string, string>> = {
  ELOOP: 'too many levels of symbolic links (a symlink loop?)',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a directory',
  EIO: 'an input/output error',
};

function reason(code: string | undefined): string {
  return code !== undefined && Object.hasOwn(reasons, code) ? reasons[code]! : (code ?? 'unknown error');
}

function readOne(dir: string, root: string, path: string, kind: FileKind): RawFile | { diagnostic: Diagnostic } {
  const full = join(dir, path);
  const fail = (error: unknown): { diagnostic: Diagnostic } => ({ diagnostic: problem('load/unreadable', path, { reason: reason((error as NodeJS.ErrnoException).code) }) });
  let stats: Stats;
  try {
    const link = lstatSync(full, { throwIfNoEntry: false });
    if (link === undefined) return { diagnostic: problem('load/missing-file', path) };
    if (link.isSymbolicLink()) {
      const target = realTarget(full);
      if (target === undefined) return { diagnostic: problem('load/unreadable', path, { reason: 'a symbolic link to nothing' }) };
      if (!inside(root, target)) return { diagnostic: problem('load/outside-link', path) };
    }
    stats = statSync(full);
  } catch (error) {
    return fail(error);
  }
  // A directory or a FIFO named like a data file would fail or block: refuse it up front.
  if (!stats.isFile()) return { diagnostic: problem('load/not-a-file', path, { type: stats.isDirectory() ? 'a directory' : 'not a regular file' }) };
  if (stats.size > maxFileBytes) return { diagnostic: problem('load/too-large', path, { size: stats.size, limit: maxFileBytes }) };
  try {
    return { kind, path, bytes: readFileSync(full) };
  } catch (error) {
    return fail(error);
  }
}

/** Where a symbolic link leads; undefined for a dangling one. A loop throws ELOOP. */
function realTarget(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
