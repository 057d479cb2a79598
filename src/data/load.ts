import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Diagnostic } from './diagnostic.js';

export type MeetingKind = 'round' | 'summit' | 'ministerial';
export type FileKind = MeetingKind | 'parties' | 'topics' | 'resolutions' | 'people';

/** A data file after parsing, with what is needed to map a value back to its line and column. */
export interface ParsedFile {
  readonly kind: FileKind;
  /** Relative to the data directory, with forward slashes. */
  readonly path: string;
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
  readonly value: unknown;
}

export interface Loaded {
  readonly files: readonly ParsedFile[];
  readonly diagnostics: readonly Diagnostic[];
}

export const registryFiles: ReadonlyArray<readonly [string, FileKind]> = [
  ['parties.yaml', 'parties'],
  ['people.yaml', 'people'],
  ['topics.yaml', 'topics'],
  ['resolutions.yaml', 'resolutions'],
];

/** One folder per kind of meeting, one file per meeting. Only rounds/ is required. */
export const meetingDirs: ReadonlyArray<readonly [string, MeetingKind, boolean]> = [
  ['rounds', 'round', true],
  ['summits', 'summit', false],
  ['ministerials', 'ministerial', false],
];

function problem(code: string, file: string, args: Record<string, string | number> = {}, line = 0, column = 0): Diagnostic {
  return { code, severity: 'error', file, line, column, args };
}

/** Reads and parses every data file under `dir`. Never throws for bad input: problems become diagnostics. */
export function loadDataDir(dir: string): Loaded {
  const diagnostics: Diagnostic[] = [];
  const files: ParsedFile[] = [];
  if (!isDirectory(dir)) {
    return { files, diagnostics: [problem('load/missing-dir', '.', { dir })] };
  }
  for (const [name, kind] of registryFiles) {
    const result = loadFile(dir, name, kind);
    if ('diagnostic' in result) diagnostics.push(result.diagnostic);
    else {
      files.push(result.file);
      diagnostics.push(...result.diagnostics);
    }
  }
  for (const [sub, kind, required] of meetingDirs) {
    const names = listYaml(join(dir, sub));
    if (names === undefined && required) diagnostics.push(problem('load/missing-dir', sub, { dir: sub }));
    for (const name of names ?? []) {
      const result = loadFile(dir, `${sub}/${name}`, kind);
      if ('diagnostic' in result) diagnostics.push(result.diagnostic);
      else {
        files.push(result.file);
        diagnostics.push(...result.diagnostics);
      }
    }
  }
  return { files, diagnostics };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function listYaml(dir: string): string[] | undefined {
  if (!isDirectory(dir)) return undefined;
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
    .sort();
}

type FileResult = { file: ParsedFile; diagnostics: Diagnostic[] } | { diagnostic: Diagnostic };

function loadFile(dir: string, path: string, kind: FileKind): FileResult {
  let text: string;
  try {
    text = readFileSync(join(dir, path), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { diagnostic: problem('load/missing-file', path) };
    return { diagnostic: problem('load/unreadable', path, { reason: String(code ?? error) }) };
  }
  return parseText(text, path, kind);
}

/** Parses YAML text. Exported for tests and for users' files given on the command line. */
export function parseText(text: string, path: string, kind: FileKind): FileResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const diagnostics: Diagnostic[] = [];
  for (const error of doc.errors) {
    const pos = error.linePos?.[0];
    diagnostics.push(problem('yaml/syntax', path, { detail: firstLine(error.message) }, pos?.line ?? 0, pos?.col ?? 0));
  }
  let value: unknown = null;
  if (diagnostics.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      diagnostics.push(problem('yaml/syntax', path, { detail: firstLine((error as Error).message) }));
    }
  }
  return { file: { kind, path, doc, lineCounter, value }, diagnostics };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
