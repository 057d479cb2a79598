import { isAlias, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { Diagnostic } from './diagnostic.js';
import { maxFileBytes, problem, type FileKind, type RawFile } from './read.js';

/** A data file after parsing, with what is needed to map a value back to its line and column. */
export interface ParsedFile {
  readonly kind: FileKind;
  readonly path: string;
  readonly text: string;
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
  readonly value: unknown;
}

/** Our files nest six levels deep; far deeper input is hostile and could exhaust the stack. */
export const maxDepth = 64;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes and parses one file. Never throws: every problem is a diagnostic. */
export function parseFile(raw: RawFile): { file?: ParsedFile; text?: string; diagnostics: Diagnostic[] } {
  const { path, bytes } = raw;
  if (bytes.length > maxFileBytes) return fail(problem('load/too-large', path, { size: bytes.length, limit: maxFileBytes }));
  const nul = bytes.indexOf(0);
  if (nul >= 0) return fail(problem('load/binary', path, { offset: nul }));
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const { line, column } = firstReplacement(new TextDecoder('utf-8').decode(bytes));
    return fail(problem('load/encoding', path, {}, line, column));
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '' || /^(\s*#.*(\r?\n|$))*\s*$/.test(text)) return fail(problem('load/empty', path));
  const deep = tooDeep(text, maxDepth);
  if (deep) return { text, diagnostics: [problem('yaml/too-deep', path, { limit: maxDepth }, deep.line, deep.column)] };

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const diagnostics = doc.errors.map((error) => {
    const pos = error.linePos?.[0];
    const code = `yaml/${error.code.toLowerCase().replace(/_/g, '-')}`;
    return problem(code, path, { detail: firstLine(error.message) }, pos?.line ?? 0, pos?.col ?? 0);
  });
  let value: unknown = null;
  if (diagnostics.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // yaml refuses alias expansion past maxAliasCount ("billion laughs"); point at the first alias.
      const aliases = /alias/i.test((error as Error).message);
      const at = aliases ? firstAlias(doc, lineCounter) : { line: 0, col: 0 };
      diagnostics.push(problem(aliases ? 'yaml/too-many-aliases' : 'yaml/invalid', path, { detail: firstLine((error as Error).message) }, at.line, at.col));
    }
  }
  return { file: { kind: raw.kind, path, text, doc, lineCounter, value }, text, diagnostics };
}

function firstAlias(doc: Document.Parsed, lineCounter: LineCounter): { line: number; col: number } {
  let offset: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node)) offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset === undefined ? { line: 0, col: 0 } : lineCounter.linePos(offset);
}

function fail(diagnostic: Diagnostic): { diagnostics: Diagnostic[] } {
  return { diagnostics: [diagnostic] };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** Where lenient decoding first had to substitute U+FFFD: the first byte that is not UTF-8. */
function firstReplacement(text: string): { line: number; column: number } {
  const index = text.indexOf('\ufffd');
  const before = text.slice(0, Math.max(0, index));
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

/**
 * Where nesting first goes past `limit`, by a cheap lexical estimate: flow brackets outside
 * quotes and comments, plus block indentation. Over-estimates are harmless; it only has to stop
 * pathological input before the parser recurses into it.
 */
export function tooDeep(text: string, limit: number): { line: number; column: number } | undefined {
  let flow = 0;
  let line = 1;
  let column = 0;
  let quote: string | undefined;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    column++;
    if (c === '\n') {
      line++;
      column = 0;
      lineStart = true;
      indent = 0;
      continue;
    }
    if (lineStart && c === ' ') {
      indent++;
      continue;
    }
    lineStart = false;
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else if (c === '[' || c === '{') flow++;
    else if (c === ']' || c === '}') flow = Math.max(0, flow - 1);
    if (flow + Math.floor(indent / 2) > limit) return { line, column };
  }
  return undefined;
}
