import { CORE_SCHEMA, load } from 'js-yaml';
import type { Diagnostic } from './diagnostic.js';
import { maxFileBytes, problem, type FileKind, type RawFile } from './read.js';
import { loadYaml } from './yaml-module.js';

/** A data file after parsing: its text (for positions and code frames) and its value. */
export interface ParsedFile {
  readonly kind: FileKind;
  readonly path: string;
  readonly text: string;
  readonly value: unknown;
}

type Yaml = typeof import('yaml');

/** Our files nest six levels deep; far deeper input is hostile and could exhaust the stack. */
export const maxDepth = 64;

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Bytes to text, refusing what is not a UTF-8 text file of sensible size and depth. */
export function decode(raw: RawFile): { text: string; diagnostics: Diagnostic[] } | { text?: undefined; diagnostics: Diagnostic[] } {
  const { path, bytes } = raw;
  if (bytes.length > maxFileBytes) return { diagnostics: [problem('load/too-large', path, { size: bytes.length, limit: maxFileBytes })] };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { diagnostics: [problem('load/binary', path, { offset: nul })] };
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const { line, column } = firstReplacement(new TextDecoder('utf-8').decode(bytes));
    return { diagnostics: [problem('load/encoding', path, {}, line, column)] };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (/^(\s*#.*(\r?\n|$))*\s*$/.test(text)) return { diagnostics: [problem('load/empty', path)] };
  const deep = tooDeep(text, maxDepth);
  if (deep) return { text, diagnostics: [problem('yaml/too-deep', path, { limit: maxDepth }, deep.line, deep.column)] };
  return { text, diagnostics: [] };
}

/** YAML aliases outside quotes; js-yaml would share them by reference, so they take the safe path. */
const aliasPattern = /(^|[\s,[{:-])\*[^\s,\]}]+/m;

/**
 * The fast path: js-yaml (several times faster than `yaml`, but without positions) with the
 * YAML 1.2 core schema, so dates stay strings. Returns undefined when the slow path must decide:
 * on any error, and for text with aliases.
 */
export function fastParse(text: string): { value: unknown } | undefined {
  if (aliasPattern.test(text)) return undefined;
  try {
    return { value: load(text, { schema: CORE_SCHEMA, json: false }) };
  } catch {
    return undefined;
  }
}

/** The slow path, with `yaml`: exact errors with positions, alias bombs defused. */
export function slowParse(yaml: Yaml, text: string, path: string): { value?: unknown; diagnostics: Diagnostic[] } {
  const lineCounter = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const diagnostics = doc.errors.map((error) => {
    const pos = error.linePos?.[0];
    const code = `yaml/${error.code.toLowerCase().replace(/_/g, '-')}`;
    return problem(code, path, { detail: firstLine(error.message) }, pos?.line ?? 0, pos?.col ?? 0);
  });
  if (diagnostics.length > 0) return { diagnostics };
  try {
    return { value: doc.toJS({ maxAliasCount: 100 }), diagnostics };
  } catch (error) {
    // yaml refuses alias expansion past maxAliasCount ("billion laughs"); point at the first alias.
    const aliases = /alias/i.test((error as Error).message);
    let at = { line: 0, col: 0 };
    if (aliases) {
      yaml.visit(doc, {
        Alias(_key, node) {
          if (node.range) at = lineCounter.linePos(node.range[0]);
          return yaml.visit.BREAK;
        },
      });
    }
    return { diagnostics: [problem(aliases ? 'yaml/too-many-aliases' : 'yaml/invalid', path, { detail: firstLine((error as Error).message) }, at.line, at.col)] };
  }
}

/** Decodes and parses one file. Never throws: every problem is a diagnostic. */
export async function parseFile(raw: RawFile): Promise<{ file?: ParsedFile; text?: string; diagnostics: Diagnostic[] }> {
  const decoded = decode(raw);
  if (decoded.text === undefined || decoded.diagnostics.length > 0) return decoded;
  const { text } = decoded;
  const fast = fastParse(text);
  const parsed = fast ?? slowParse(await loadYaml(), text, raw.path);
  const diagnostics = 'diagnostics' in parsed ? parsed.diagnostics : [];
  if (diagnostics.length > 0) return { text, diagnostics };
  return { file: { kind: raw.kind, path: raw.path, text, value: parsed.value }, text, diagnostics };
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
 * pathological input before a parser recurses into it.
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
