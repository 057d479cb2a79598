/**
 * How deeply a YAML text nests, found by a tokenizer that knows where YAML's quotes, comments,
 * plain scalars and block scalars begin and end, so that an apostrophe in `don't`, a `[` in a
 * summary or the lines of a `|` block do not count as structure. Both parsers recurse once per
 * level, so hostile input ("[" × 200,000, or "- " × 200,000) must be stopped before either sees it.
 *
 * It counts flow collections exactly and block collections by an indentation stack (one level per
 * deeper column where an entry starts). It may count a level too many (a value after `key: `
 * opens one), never too few: an over-estimate only refuses a file nested near the limit.
 */
export function tooDeep(text: string, limit: number): { line: number; column: number } | undefined {
  const n = text.length;
  const blockColumns: number[] = [];
  let flow = 0;
  let line = 1;
  let lineStart = 0;
  /** Indentation of the line that opened a `|` or `>` scalar: deeper lines are its text. */
  let blockScalar: number | undefined;
  let i = 0;

  const deeper = (): boolean => blockColumns.length + flow > limit;
  const enterBlock = (column: number): void => {
    while (blockColumns.length > 0 && blockColumns.at(-1)! > column) blockColumns.pop();
    if (blockColumns.length === 0 || blockColumns.at(-1)! < column) blockColumns.push(column);
  };
  const skipToEol = (): void => {
    while (i < n && text[i] !== '\n') i++;
  };
  const isBlank = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';
  /** Skips a quoted scalar starting at i, across lines; i ends after the closing quote. */
  const skipQuoted = (quote: string): void => {
    for (i++; i < n; i++) {
      const c = text[i];
      if (c === '\n') {
        line++;
        lineStart = i + 1;
      } else if (quote === '"' && c === '\\') {
        if (text[i + 1] === '\n') {
          line++;
          lineStart = i + 2;
          }
        i++;
      } else if (c === quote) {
        if (quote === "'" && text[i + 1] === "'") i++;
        else {
          i++;
          return;
        }
      }
    }
  };

  while (i < n) {
    // The start of a line: its indentation decides block structure and block scalars.
    let indent = 0;
    while (text[i] === ' ') {
      i++;
      indent++;
    }
    const first = text[i];
    if (first === '\n' || first === '\r' || i >= n) {
      if (first === '\r') i++;
      if (text[i] === '\n') i++;
      line++;
      lineStart = i;
      continue;
    }
    if (blockScalar !== undefined && indent > blockScalar) {
      skipToEol();
      continue;
    }
    blockScalar = undefined;
    const lineIndent = indent;
    let token = true;
    let spaced = true;
    while (i < n && text[i] !== '\n') {
      const c = text[i]!;
      if (c === ' ' || c === '\t' || c === '\r') {
        spaced = true;
        i++;
        continue;
      }
      if (c === '#' && spaced) {
        skipToEol();
        break;
      }
      spaced = false;
      const column = i - lineStart;
      if (token) {
        if (c === '[' || c === '{') {
          flow++;
          if (deeper()) return { line, column: column + 1 };
          i++;
          continue;
        }
        // Any other token in block context may start an entry (a key, an item) at its column.
        if (flow === 0) enterBlock(column);
        if (deeper()) return { line, column: column + 1 };
        if (flow === 0 && (c === '-' || c === '?' || c === ':') && isBlank(text[i + 1])) {
          i++;
          continue;
        }
        if (c === '"' || c === "'") {
          skipQuoted(c);
          token = false;
          continue;
        }
        if ((c === '|' || c === '>') && flow === 0) {
          blockScalar = lineIndent;
          skipToEol();
          break;
        }
        if (c === '&' || c === '!' || c === '*') {
          while (i < n && !isBlank(text[i]) && !(flow > 0 && ',[]{}'.includes(text[i]!))) i++;
          token = c !== '*';
          continue;
        }
        if (flow > 0 && (c === ']' || c === '}' || c === ',')) {
          if (c !== ',') flow--;
          i++;
          continue;
        }
        token = false; // a plain scalar: brackets and quotes inside it are text
        i++;
        continue;
      }
      if (c === ':' && (isBlank(text[i + 1]) || (flow > 0 && ',[]{}'.includes(text[i + 1]!)))) token = true;
      else if (flow > 0 && c === ',') token = true;
      else if (flow > 0 && (c === ']' || c === '}')) flow = Math.max(0, flow - 1);
      else if (flow > 0 && (c === '[' || c === '{') && text[i - 1] !== undefined && ',[{:'.includes(text[i - 1]!)) {
        flow++;
        if (deeper()) return { line, column: column + 1 };
      }
      i++;
    }
  }
  return undefined;
}
