/**
 * The YAML the fast path may read: the plain subset every data file is written in, where js-yaml
 * and `yaml` (the parser of record) are known to agree, line by line:
 *
 *   blank lines and comments;
 *   `key:`, `key: value`, `- key: value` and `- value`, with space indentation;
 *   a value is a one-line plain scalar, a one-line quoted scalar, or a flow collection closed on
 *   its line (`[a, b]`, `{ k: v, k2: [x] }`), optionally followed by a comment.
 *
 * Anything else (tags, anchors, aliases, directives, document markers, block scalars, scalars or
 * collections over several lines, `? ` keys, keys that are not plain words, tabs, compact nested
 * sequences) goes to `yaml`, which decides. The differential tests (test/data/parsers.test.ts)
 * hold the two parsers to agreement on everything this accepts.
 */
export function isPlainYaml(text: string): boolean {
  // Characters YAML reads differently from one version to another, or forbids outright.
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(text)) return false;
  const lines = text.split('\n');
  for (const raw of lines) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.includes('\r') || !plainLine(line)) return false;
  }
  return true;
}

/** A key that stays a string in both parsers: a word that is not null or a boolean. */
const key = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const notString = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
const isKey = (word: string): boolean => key.test(word) && !notString.test(word);

function plainLine(line: string): boolean {
  let i = 0;
  while (line[i] === ' ') i++;
  if (i === line.length || line[i] === '#') return true;
  const item = line[i] === '-' && line[i + 1] === ' ';
  if (item) {
    i += 2;
    while (line[i] === ' ') i++;
    if (line[i] === '-' || i === line.length || line[i] === '#') return false; // compact nesting, empty items
  }
  const colon = /^([A-Za-z_][A-Za-z0-9_-]*):(?= |$)/.exec(line.slice(i));
  // A line that is neither an item nor a key continues a scalar from the line above.
  if (!item && !colon) return false;
  if (colon) {
    if (!isKey(colon[1]!)) return false;
    i += colon[0].length;
    while (line[i] === ' ') i++;
    if (i === line.length || line[i] === '#') return line[i - 1] === ' ' || i === line.length;
  }
  const end = value(line, i, false);
  return end !== undefined && rest(line, end);
}

/** After a value: nothing, or spaces and a comment. */
function rest(line: string, at: number): boolean {
  let i = at;
  while (line[i] === ' ') i++;
  return i === line.length || (line[i] === '#' && i > at);
}

/** Where the value starting at `i` ends, or undefined when it is not plain. */
function value(line: string, i: number, inFlow: boolean): number | undefined {
  const c = line[i];
  if (c === '[' || c === '{') return flow(line, i);
  if (c === "'") return singleQuoted(line, i);
  if (c === '"') return doubleQuoted(line, i);
  return plainScalar(line, i, inFlow);
}

/** Characters that begin something other than a plain scalar. */
const indicators = new Set(['-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`', ' ', '\t']);

function plainScalar(line: string, start: number, inFlow: boolean): number | undefined {
  if (start >= line.length) return undefined;
  const first = line[start]!;
  // `-` and `.` may begin a number (-1, .5); other indicators may not begin a plain scalar here.
  if (indicators.has(first) && !(first === '-' && /[0-9.]/.test(line[start + 1] ?? ''))) return undefined;
  let i = start;
  for (; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\t') return undefined;
    if (c === '#' && line[i - 1] === ' ') break;
    if (c === ':' && (i + 1 === line.length || line[i + 1] === ' ' || (inFlow && ',[]{}'.includes(line[i + 1]!)))) return inFlow ? trimEnd(line, start, i) : undefined;
    if (inFlow && ',[]{}'.includes(c)) break;
  }
  return trimEnd(line, start, i);
}

/** The end of a scalar without its trailing spaces; undefined if nothing is left. */
function trimEnd(line: string, start: number, end: number): number | undefined {
  let e = end;
  while (e > start && line[e - 1] === ' ') e--;
  return e > start ? e : undefined;
}

function singleQuoted(line: string, start: number): number | undefined {
  for (let i = start + 1; i < line.length; i++) {
    if (line[i] === '\t') return undefined;
    if (line[i] === "'") {
      if (line[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return undefined;
}

/** The escapes YAML 1.2 defines, with the digits they need. */
const escape = /^\\(?:[0abtnvfre "/\\N_LP]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8})/;

function doubleQuoted(line: string, start: number): number | undefined {
  for (let i = start + 1; i < line.length; i++) {
    const c = line[i];
    if (c === '\t') return undefined;
    if (c === '"') return i + 1;
    if (c === '\\') {
      const m = escape.exec(line.slice(i, i + 10));
      if (!m || /^\\u[dD][89abAB]|^\\U/.test(m[0])) return undefined; // surrogate halves and astral escapes: leave to `yaml`
      i += m[0].length - 1;
    }
  }
  return undefined;
}

/** A flow sequence or mapping closed on this line; items are plain, quoted or nested flow values. */
function flow(line: string, start: number): number | undefined {
  const isMap = line[start] === '{';
  const close = isMap ? '}' : ']';
  let i = start + 1;
  const spaces = (): void => {
    while (line[i] === ' ') i++;
  };
  spaces();
  if (line[i] === close) return i + 1;
  for (;;) {
    if (isMap) {
      const m = /^([A-Za-z_][A-Za-z0-9_-]*):(?= )/.exec(line.slice(i));
      if (!m || !isKey(m[1]!)) return undefined;
      i += m[0].length;
      spaces();
    }
    const end = value(line, i, true);
    if (end === undefined) return undefined;
    i = end;
    spaces();
    if (line[i] === close) return i + 1;
    if (line[i] !== ',') return undefined;
    i++;
    spaces();
    if (line[i] === close || line[i] === ',') return undefined; // trailing or empty entries
  }
}
