import { load } from 'js-yaml';
import { yamlCoreSchema } from './core-schema.js';
import { tooDeep } from './depth.js';
import { isPlainYaml } from './plain-yaml.js';
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

/**
 * The fast path: js-yaml (over ten times faster than `yaml`, but without positions) with a schema
 * that resolves scalars exactly as `yaml` does (core-schema.ts), on the plain subset of YAML the
 * data is written in (plain-yaml.ts). Returns undefined when the slow path must decide: for any
 * other text, and on any error.
 */
export function fastParse(text: string): { value: unknown } | undefined {
  if (!isPlainYaml(text)) return undefined;
  try {
    const value = load(text, { schema: yamlCoreSchema, json: false });
    // No document at all: js-yaml says undefined, `yaml` null; let it say.
    return value === undefined ? undefined : { value };
  } catch {
    return undefined;
  }
}

/**
 * How `yaml` reads a data file: YAML 1.2 core whatever a %YAML directive says, no YAML 1.1 tags
 * (!!binary, !!timestamp, !!set …), duplicate keys refused, and nothing printed to stderr.
 */
export const slowOptions = { schema: 'core', resolveKnownTags: false, uniqueKeys: true, prettyErrors: true, logLevel: 'error' } as const;

/**
 * The slow path, with `yaml`: exact errors with positions, alias bombs defused. Its warnings are
 * errors here: an unresolved tag (`!custom`, `!!python/object/apply:os.system`) is yaml/unknown-tag.
 */
export function slowParse(yaml: Yaml, text: string, path: string): { value?: unknown; diagnostics: Diagnostic[] } {
  const lineCounter = new yaml.LineCounter();
  let doc: ReturnType<Yaml['parseDocument']>;
  try {
    doc = yaml.parseDocument(text, { ...slowOptions, lineCounter });
  } catch (error) {
    // The depth guard should have stopped this; the stack is the last line of defence.
    if (error instanceof RangeError) return { diagnostics: [problem('yaml/too-deep', path, { limit: maxDepth })] };
    throw error;
  }
  const diagnostics = [...doc.errors, ...doc.warnings].map((error) => {
    const pos = error.linePos?.[0];
    const detail = firstLine(error.message);
    if (error.code === 'TAG_RESOLVE_FAILED') return problem('yaml/unknown-tag', path, { tag: detail.replace(/^Unresolved tag: /, '').replace(/^tag:yaml.org,2002:/, '!!') }, pos?.line ?? 0, pos?.col ?? 0);
    return problem(`yaml/${error.code.toLowerCase().replace(/_/g, '-')}`, path, { detail }, pos?.line ?? 0, pos?.col ?? 0);
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
