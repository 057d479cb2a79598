import type { MeetingKind } from '../model/dataset.js';
import { lstatSync, readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from './diagnostic.js';

export type { MeetingKind };
export type FileKind = MeetingKind | 'parties' | 'topics' | 'resolutions' | 'people' | 'cities';

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
  const take = (path: string, kind: FileKind): void => {
    const result = readOne(dir, path, kind);
    if ('diagnostic' in result) diagnostics.push(result.diagnostic);
    else files.push(result);
  };
  if (!statOf(dir)?.isDirectory()) return { files, diagnostics: [problem('load/missing-dir', '.', { dir })] };
  for (const [name, kind] of registryFiles) take(name, kind);
  for (const [sub, kind, required] of meetingDirs) {
    const names = listYaml(join(dir, sub));
    if (names === undefined && required) diagnostics.push(problem('load/missing-dir', sub, { dir: sub }));
    for (const name of names ?? []) take(`${sub}/${name}`, kind);
  }
  return { files, diagnostics };
}

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function listYaml(dir: string): string[] | undefined {
  if (!statOf(dir)?.isDirectory()) return undefined;
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort();
}

const reasons: Record<string, string> = {
  ELOOP: 'too many levels of symbolic links (a symlink loop?)',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a directory',
};

function readOne(dir: string, path: string, kind: FileKind): RawFile | { diagnostic: Diagnostic } {
  const full = join(dir, path);
  let stats: Stats;
  try {
    stats = statSync(full);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
    if (code === 'ENOENT' && lstatSync(full, { throwIfNoEntry: false })?.isSymbolicLink()) {
      return { diagnostic: problem('load/unreadable', path, { reason: 'a symbolic link to nothing' }) };
    }
    if (code === 'ENOENT') return { diagnostic: problem('load/missing-file', path) };
    return { diagnostic: problem('load/unreadable', path, { reason: reasons[code] ?? code }) };
  }
  // A directory or a FIFO named like a data file would fail or block: refuse it up front.
  if (!stats.isFile()) return { diagnostic: problem('load/not-a-file', path, { type: stats.isDirectory() ? 'a directory' : 'not a regular file' }) };
  if (stats.size > maxFileBytes) return { diagnostic: problem('load/too-large', path, { size: stats.size, limit: maxFileBytes }) };
  try {
    return { kind, path, bytes: readFileSync(full) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown';
    return { diagnostic: problem('load/unreadable', path, { reason: reasons[code] ?? code }) };
  }
}
