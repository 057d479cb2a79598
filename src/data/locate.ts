import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { ParsedFile } from './load.js';

export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Splits a JSON Pointer (ajv's instancePath) into its unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Finds the YAML node at `segments` and returns its position. With `key`, points at the key of
 * that property instead (for "unknown property" and similar problems).
 */
export function locate(file: ParsedFile, segments: readonly (string | number)[], key?: string): Position {
  let node: unknown = file.doc.contents;
  let pos = file.doc.contents?.range?.[0] ?? 0;
  const path = key === undefined ? segments : [...segments, key];
  for (const [i, raw] of path.entries()) {
    const segment = String(raw);
    if (isMap(node)) {
      const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === segment);
      if (!pair) break;
      const pointAtKey = key !== undefined && i === path.length - 1;
      const target = pointAtKey ? pair.key : (pair.value ?? pair.key);
      pos = (target as Node | null)?.range?.[0] ?? pos;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) break;
      pos = (item as Node).range?.[0] ?? pos;
      node = item;
    } else break;
  }
  const { line, col } = file.lineCounter.linePos(pos);
  return { line, column: col };
}
