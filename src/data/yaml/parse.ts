import type { Diagnostic } from '../diagnostic.js';
import { maxFileBytes, problem, type FileKind, type RawFile } from './read.js';
import { loadYaml } from './module.js';

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
  return { text, diagnostics: [] };
}

/**
 * How `yaml` reads a data file: YAML 1.2 core whatever a %YAML directive says, no YAML 1.1 tags
 * (!!binary, !!timestamp, !!set …), duplicate keys refused, and nothing printed to stderr.
 */
export const parseOptions = { schema: 'core', resolveKnownTags: false, uniqueKeys: true, logLevel: 'error' } as const;

/** Raised by the nesting guard: the token at `offset` opens a level past `maxDepth`. */
class TooDeep extends Error {
  constructor(readonly offset: number) {
    super('too deep');
  }
}

// Lexemes the lexer adds that are not in the source: document mode, a flow error's end, a scalar's start.
const virtual = new Set(['\u0002', '\u0018', '\u001f']);

/**
 * yaml's own lexemes, counted for nesting on their way to its parser. The parser and the composer
 * keep a stack per level, so "[" × 200,000 or "- " × 200,000 would cost gigabytes before any
 * error: a level past `maxDepth` stops the read at once. The lexer knows YAML's quotes, comments
 * and block scalars, so a `[` in a summary counts for nothing. Flow collections are counted
 * exactly, block ones by a stack of the columns where their entries start (`- k:` starts two). A
 * value after `key: ` counts as a level of its own, so the count may be one too many, never too
 * few: the guard refuses only a file nested near the limit, where ours nest six deep.
 */
function* guarded(yaml: Yaml, text: string, parser: InstanceType<Yaml['Parser']>): Generator<ReturnType<InstanceType<Yaml['Parser']>['next']> extends Generator<infer T> ? T : never> {
  const columns: number[] = [];
  let flow = 0;
  let offset = 0;
  let lineOffset = 0;
  let scalarText = false;
  const enter = (column: number): number => {
    while (columns.length > 0 && columns.at(-1)! > column) columns.pop();
    if (columns.length === 0 || columns.at(-1)! < column) columns.push(column);
    return columns.length + flow;
  };
  for (const lexeme of new yaml.Lexer().lex(text)) {
    const at = offset;
    if (!virtual.has(lexeme)) offset += lexeme.length;
    let depth = 0;
    if (scalarText) {
      // A scalar's text, whatever it holds: brackets in it are not structure.
      scalarText = false;
    } else if (lexeme === '\u001f') {
      scalarText = true;
      if (flow === 0) depth = enter(at - lineOffset);
    } else {
      const type = yaml.CST.tokenType(lexeme);
      if (type === 'flow-seq-start' || type === 'flow-map-start') {
        if (flow === 0) enter(at - lineOffset);
        depth = columns.length + ++flow;
      } else if (type === 'flow-seq-end' || type === 'flow-map-end') flow = Math.max(0, flow - 1);
      else if (flow === 0 && (type === 'seq-item-ind' || type === 'explicit-key-ind' || type === 'anchor' || type === 'tag' || type === 'alias' || type === 'block-scalar-header' || type?.endsWith('quoted-scalar'))) {
        depth = enter(at - lineOffset);
      }
    }
    if (depth > maxDepth) throw new TooDeep(at);
    const newline = lexeme.lastIndexOf('\n');
    if (newline >= 0 && !virtual.has(lexeme)) lineOffset = at + newline + 1;
    yield* parser.next(lexeme);
  }
  yield* parser.end();
}

/**
 * Reads a data file with `yaml`: exact errors with positions, alias bombs defused. Its warnings
 * are errors here: an unresolved tag (`!custom`, `!!python/object/apply:os.system`) is
 * yaml/unknown-tag. What parseDocument does, with the nesting guard between lexer and parser.
 */
export function parseYaml(yaml: Yaml, text: string, path: string): { value?: unknown; diagnostics: Diagnostic[] } {
  const lineCounter = new yaml.LineCounter();
  const at = (offset: number): { line: number; col: number } => lineCounter.linePos(offset);
  const parser = new yaml.Parser(lineCounter.addNewLine);
  const composer = new yaml.Composer(parseOptions);
  lineCounter.addNewLine(0);
  const docs: ReturnType<Yaml['parseDocument']>[] = [];
  try {
    for (const doc of composer.compose(guarded(yaml, text, parser), true, text.length)) docs.push(doc as ReturnType<Yaml['parseDocument']>);
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    // The lines counted so far cover the offset: the lexer reached it.
    const pos = at(error.offset);
    return { diagnostics: [problem('yaml/too-deep', path, { limit: maxDepth }, pos.line, pos.col)] };
  }
  const [doc] = docs;
  if (doc === undefined) return { diagnostics: [problem('load/empty', path)] };
  const found = [...doc.errors, ...doc.warnings];
  const second = docs[1]?.range;
  if (second) found.push(new yaml.YAMLParseError([second[0], second[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
  const diagnostics = found.map((error) => {
    const pos = at(error.pos[0]);
    const detail = firstLine(error.message);
    if (error.code === 'TAG_RESOLVE_FAILED') return problem('yaml/unknown-tag', path, { tag: detail.replace(/^Unresolved tag: /, '').replace(/^tag:yaml.org,2002:/, '!!') }, pos.line, pos.col);
    return problem(`yaml/${error.code.toLowerCase().replace(/_/g, '-')}`, path, { detail }, pos.line, pos.col);
  });
  if (diagnostics.length > 0) return { diagnostics };
  try {
    return { value: doc.toJS({ maxAliasCount: 100 }), diagnostics };
  } catch (error) {
    // yaml refuses alias expansion past maxAliasCount ("billion laughs"); point at the first alias.
    const aliases = /alias/i.test((error as Error).message);
    let pos = { line: 0, col: 0 };
    if (aliases) {
      yaml.visit(doc, {
        Alias(_key, node) {
          if (node.range) pos = at(node.range[0]);
          return yaml.visit.BREAK;
        },
      });
    }
    return { diagnostics: [problem(aliases ? 'yaml/too-many-aliases' : 'yaml/invalid', path, { detail: firstLine((error as Error).message) }, pos.line, pos.col)] };
  }
}

/** Decodes and parses one file. Never throws: every problem is a diagnostic. */
export async function parseFile(raw: RawFile): Promise<{ file?: ParsedFile; text?: string; diagnostics: Diagnostic[] }> {
  const decoded = decode(raw);
  if (decoded.text === undefined || decoded.diagnostics.length > 0) return decoded;
  const { text } = decoded;
  const parsed = parseYaml(await loadYaml(), text, raw.path);
  if (parsed.diagnostics.length > 0) return { text, diagnostics: parsed.diagnostics };
  return { file: { kind: raw.kind, path: raw.path, text, value: parsed.value }, text, diagnostics: [] };
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
