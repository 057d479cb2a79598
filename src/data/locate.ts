import type { Diagnostic } from './diagnostic.js';
import { slowOptions } from './parse.js';
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
 * Gives every diagnostic that carries a value path (`at`) its line and column, by re-parsing
 * only the files that have such problems with `yaml`, which keeps node ranges. Valid data never
 * pays for this.
 */
export async function locateAll(diagnostics: readonly Diagnostic[], texts: ReadonlyMap<string, string>): Promise<Diagnostic[]> {
  if (!diagnostics.some((d) => d.at)) return [...diagnostics];
  const yaml = await loadYaml();
  const docs = new Map<string, ReturnType<typeof parse>>();
  return diagnostics.map((d) => {
    if (!d.at) return d;
    const text = texts.get(d.file);
    const { at, ...rest } = d;
    if (text === undefined) return rest;
    let doc = docs.get(d.file);
    if (!doc) docs.set(d.file, (doc = parse(yaml, text)));
    const { line, column } = position(yaml, doc, at.segments, at.key);
    return { ...rest, line, column };
  });
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
