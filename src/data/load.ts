import type { Diagnostic } from './diagnostic.js';
import { parseFile, type ParsedFile } from './parse.js';
import { readDataDir, type RawFile } from './read.js';

export type { FileKind, MeetingKind, RawFile } from './read.js';
export type { ParsedFile } from './parse.js';

export interface Loaded {
  readonly files: readonly ParsedFile[];
  readonly diagnostics: readonly Diagnostic[];
  /** Every file's text that could be decoded, for positions and code frames. */
  readonly texts: ReadonlyMap<string, string>;
}

/** Parses files already in memory: the fuzzer and tests use this without touching the disk. */
export async function loadRaw(raw: readonly RawFile[], readProblems: readonly Diagnostic[] = []): Promise<Loaded> {
  const files: ParsedFile[] = [];
  const diagnostics = [...readProblems];
  const texts = new Map<string, string>();
  for (const r of raw) {
    const result = await parseFile(r);
    diagnostics.push(...result.diagnostics);
    if (result.file) files.push(result.file);
    if (result.text !== undefined) texts.set(r.path, result.text);
  }
  return { files, diagnostics, texts };
}

/** Reads and parses every data file under `dir`. */
export function loadDataDir(dir: string): Promise<Loaded> {
  const { files, diagnostics } = readDataDir(dir);
  return loadRaw(files, diagnostics);
}
