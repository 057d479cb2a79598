/**
 * Node positions in a text of the plain subset (plain-yaml.ts), without a YAML parser: the
 * structure is the lines' indentation, `- ` items, `key:` entries and one-line flow collections.
 * Locating a problem in a data file this way costs a small fraction of a `yaml` parse, so that
 * invalid data costs about what valid data does. Offsets are those `yaml` gives its nodes: a
 * mapping at its first key, a block sequence at its first `-`, an empty value just after its colon.
 */
export type PlainNode =
  | { readonly kind: 'scalar'; readonly at: number }
  | { readonly kind: 'map'; readonly at: number; readonly entries: ReadonlyArray<{ key: string; keyAt: number; value: PlainNode }> }
  | { readonly kind: 'seq'; readonly at: number; readonly items: readonly PlainNode[] };

interface Line {
  readonly start: number;
  readonly indent: number;
  readonly text: string;
}

const entry = /^([A-Za-z_][A-Za-z0-9_-]*):(?= |$)/;

/** The tree of a plain-subset text (one the fast path has read without error). */
export function plainTree(text: string): PlainNode | undefined {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const indent = line.length - line.trimStart().length;
    if (line.trim() !== '' && line[indent] !== '#') lines.push({ start, indent, text: line });
    start += raw.length + 1;
  }
  let next = 0;

  /** The block that starts at the next line, if it is indented at least `min`. */
  const block = (min: number): PlainNode | undefined => {
    const first = lines[next];
    if (first === undefined || first.indent < min) return undefined;
    return first.text.startsWith('- ', first.indent) ? seq(first.indent) : map(first.indent);
  };

  const seq = (indent: number): PlainNode => {
    const items: PlainNode[] = [];
    const at = lines[next]!.start + indent;
    while (lines[next]?.indent === indent && lines[next]!.text.startsWith('- ', indent)) {
      const line = lines[next]!;
      let column = indent + 2;
      while (line.text[column] === ' ') column++;
      if (entry.test(line.text.slice(column))) items.push(map(column));
      else {
        next++;
        items.push(inline(line, column));
      }
    }
    return { kind: 'seq', at, items };
  };

  /** A block mapping whose first key is at `column` of the next line, and the others at `column` of theirs. */
  const map = (column: number): PlainNode => {
    const entries: { key: string; keyAt: number; value: PlainNode }[] = [];
    const at = lines[next]!.start + column;
    for (let first = true; ; first = false) {
      const line = lines[next];
      if (line === undefined || (!first && line.indent !== column)) break;
      const m = entry.exec(line.text.slice(column));
      if (!m) break;
      const keyAt = line.start + column;
      let valueColumn = column + m[0].length;
      while (line.text[valueColumn] === ' ') valueColumn++;
      next++;
      if (valueColumn < line.text.length && line.text[valueColumn] !== '#') {
        entries.push({ key: m[1]!, keyAt, value: inline(line, valueColumn) });
        continue;
      }
      // A value on the lines below: more indented, or a sequence at the key's own indentation.
      const child = lines[next];
      const nested = child && (child.indent > column || (child.indent === column && child.text.startsWith('- ', column))) ? block(column) : undefined;
      entries.push({ key: m[1]!, keyAt, value: nested ?? { kind: 'scalar', at: keyAt + m[0].length } });
    }
    return { kind: 'map', at, entries };
  };

  const inline = (line: Line, column: number): PlainNode => {
    const c = line.text[column];
    if (c === '[' || c === '{') return flow(line, column).node;
    return { kind: 'scalar', at: line.start + column };
  };

  return block(0);
}

/** A flow collection on one line: its tree, and the column after it. */
function flow(line: Line, open: number): { node: PlainNode; end: number } {
  const text = line.text;
  let i = open + 1;
  const spaces = (): void => {
    while (text[i] === ' ') i++;
  };
  const value = (): PlainNode => {
    spaces();
    const at = line.start + i;
    const c = text[i];
    if (c === '[' || c === '{') {
      const inner = flow(line, i);
      i = inner.end;
      return inner.node;
    }
    if (c === '"' || c === "'") {
      for (i++; i < text.length; i++) {
        if (c === '"' && text[i] === '\\') i++;
        else if (text[i] === c) {
          if (c === "'" && text[i + 1] === "'") i++;
          else break;
        }
      }
      i++;
    } else {
      while (i < text.length && !',[]{}'.includes(text[i]!) && !(text[i] === ':' && text[i + 1] === ' ')) i++;
    }
    return { kind: 'scalar', at };
  };
  const at = line.start + open;
  if (text[open] === '[') {
    const items: PlainNode[] = [];
    spaces();
    while (i < text.length && text[i] !== ']') {
      items.push(value());
      spaces();
      if (text[i] === ',') i++;
      spaces();
    }
    return { node: { kind: 'seq', at, items }, end: i + 1 };
  }
  const entries: { key: string; keyAt: number; value: PlainNode }[] = [];
  spaces();
  while (i < text.length && text[i] !== '}') {
    const m = entry.exec(text.slice(i))!;
    const keyAt = line.start + i;
    i += m[0].length;
    entries.push({ key: m[1]!, keyAt, value: value() });
    spaces();
    if (text[i] === ',') i++;
    spaces();
  }
  return { node: { kind: 'map', at, entries }, end: i + 1 };
}

/** The offset of the node at `segments` (or of the key `key` inside it), as locate.ts finds it with `yaml`. */
export function plainOffset(root: PlainNode, segments: readonly (string | number)[], key?: string): number {
  let node: PlainNode | undefined = root;
  let at = root.at;
  const path = key === undefined ? segments : [...segments, key];
  for (const [i, raw] of path.entries()) {
    const segment = String(raw);
    if (node?.kind === 'map') {
      const found: { key: string; keyAt: number; value: PlainNode } | undefined = node.entries.find((e) => e.key === segment);
      if (!found) break;
      at = key !== undefined && i === path.length - 1 ? found.keyAt : found.value.at;
      node = found.value;
    } else if (node?.kind === 'seq') {
      const item: PlainNode | undefined = node.items[Number(segment)];
      if (item === undefined) break;
      at = item.at;
      node = item;
    } else break;
  }
  return at;
}
