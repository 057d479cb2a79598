import type { Diagnostic } from '../diagnostic.js';
import { parseOptions } from './parse.js';
import { loadYaml } from './module.js';

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
 * time, from `yaml`'s node ranges: the file is read again only when it has a problem to place,
 * so valid data never pays for this.
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
    const find = text === undefined ? undefined : await yamlLocator(text);
    for (const i of indexes) {
      const { at, ...rest } = diagnostics[i]!;
      out[i] = find && at ? { ...rest, ...find(at.segments, at.key) } : rest;
    }
  }
  return out;
}

export type Find = (segments: readonly (string | number)[], key?: string) => { line: number; column: number };

/** Positions from `yaml`'s node ranges; the file's tree lives only as long as its problems need it. */
export async function yamlLocator(text: string): Promise<Find> {
  const yaml = await loadYaml();
  const doc = parse(yaml, text);
  return (segments, key) => position(yaml, doc, segments, key);
}

function parse(yaml: Yaml, text: string): { doc: ReturnType<Yaml['parseDocument']>; lineCounter: InstanceType<Yaml['LineCounter']> } {
  const lineCounter = new yaml.LineCounter();
  return { doc: yaml.parseDocument(text, { ...parseOptions, lineCounter }), lineCounter };
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
