import type { Diagnostic } from './diagnostic.js';
import { plainOffset, plainTree } from './locate-plain.js';
import { slowOptions } from './parse.js';
import { isPlainYaml } from './plain-yaml.js';
import { loadYaml } from './yaml-module.js';

/** Splits a JSON Pointer (ajv's instancePath) into its unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

type Yaml = Awaited<ReturnType<typeof loadYaml>>;

/**
 * Gives every diagnostic that carries a value path (`at`) its line and column, one file at a
 * time: a file in the plain subset is read for positions directly (locate-plain.ts), any other
 * with `yaml`, which keeps node ranges. Valid data never pays for this.
 */
export async function locateAll(diagnostics: readonly Diagnostic[], texts: ReadonlyMap<string, string>): Promise<Diagnostic[]> {
  if (!diagnostics.some((d) => d.at)) return [...diagnostics];
  const byFile = new Map<string, number[]>();
  diagnostics.forEach((d, i) => {
    if (!d.at) return;
    const list = byFile.get(d.file);
    if (list) list.push(i);
    else byFile.set(d.file, [i]);
  });
  const out = [...diagnostics];
  for (const [file, indexes] of byFile) {
    const text = texts.get(file);
    const find = text === undefined ? undefined : await locator(text);
    for (const i of indexes) {
      const { at, ...rest } = diagnostics[i]!;
      out[i] = find && at ? { ...rest, ...find(at.segments, at.key) } : rest;
    }
  }
  return out;
}

export type Find = (segments: readonly (string | number)[], key?: string) => { line: number; column: number };

/** How to find positions in one file's text; the file's tree lives only as long as its problems need it. */
async function locator(text: string): Promise<Find> {
  return plainLocator(text) ?? yamlLocator(text);
}

/** Positions read from the lines of a plain-subset text; undefined for any other text. */
export function plainLocator(text: string): Find | undefined {
  const tree = isPlainYaml(text) ? plainTree(text) : undefined;
  if (tree === undefined) return undefined;
  const starts = lineStarts(text);
  return (segments, key) => lineColumn(starts, plainOffset(tree, segments, key));
}

/** Positions from `yaml`'s node ranges. */
export async function yamlLocator(text: string): Promise<Find> {
  const yaml = await loadYaml();
  const doc = parse(yaml, text);
  return (segments, key) => position(yaml, doc, segments, key);
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset, as yaml's LineCounter gives them. */
function lineColumn(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

function parse(yaml: Yaml, text: string): { doc: ReturnType<Yaml['parseDocument']>; lineCounter: InstanceType<Yaml['LineCounter']> } {
  const lineCounter = new yaml.LineCounter();
  return { doc: yaml.parseDocument(text, { ...slowOptions, lineCounter }), lineCounter };
}

/** The position of the node at `segments`, or of the key `key` inside it. */
function position(yaml: Yaml, { doc, lineCounter }: ReturnType<typeof parse>, segments: readonly (string | number)[], key?: string): { line: number; column: number } {
  let node: unknown = doc.contents;
  let pos = doc.contents?.range?.[0] ?? 0;
  const path = key === undefined ? segments : [...segments, key];
  for (const [i, raw] of path.entries()) {
    const segment = String(raw);
    if (yaml.isMap(node)) {
      const pair = node.items.find((p) => (yaml.isScalar(p.key) ? String(p.key.value) : String(p.key)) === segment);
      if (!pair) break;
      const pointAtKey = key !== undefined && i === path.length - 1;
      const target = (pointAtKey ? pair.key : (pair.value ?? pair.key)) as { range?: [number, number, number] } | null;
      pos = target?.range?.[0] ?? pos;
      node = pair.value;
    } else if (yaml.isSeq(node)) {
      const item = node.items[Number(segment)] as { range?: [number, number, number] } | undefined;
      if (item === undefined) break;
      pos = item.range?.[0] ?? pos;
      node = item;
    } else break;
  }
  const { line, col } = lineCounter.linePos(pos);
  return { line, column: col };
}
