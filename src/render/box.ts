import stringWidth from 'string-width';
import { narrowWidth } from './narrow-width.js';

export interface BoxOptions {
  /** No rule between rows, only under the head. */
  readonly compact: boolean;
}

/** A row of one cell across every column: a note under the row it qualifies. */
export interface SpanRow {
  readonly span: string;
}

export type BoxRow = readonly string[] | SpanRow;

export const isSpan = (row: readonly unknown[] | SpanRow): row is SpanRow => !Array.isArray(row);

const width = (text: string): number => narrowWidth(text) ?? stringWidth(text);

/**
 * Cells (the head first) drawn in a box, as cli-table3 draws them with our options, which it
 * did before: each column `widths[i]` wide with a space of padding either side, lines of a
 * cell one under another; a span row is one cell as wide as all columns (cli-table3's colSpan).
 * The cells come wrapped to fit (src/render/table.ts), so nothing is cut here. cli-table3 spent
 * milliseconds per table merging options into every cell.
 */
export function drawBox(rows: readonly BoxRow[], widths: readonly number[], options: BoxOptions): string {
  // A column boundary on a rule meets the cells above and below: each side either has one or is a span.
  const rule = (left: string, right: string, above: boolean, below: boolean): string =>
    `${left}${widths.map((w) => '─'.repeat(w)).join(above && below ? '┼' : above ? '┴' : below ? '┬' : '─')}${right}`;
  const columned = (y: number): boolean => y >= 0 && y < rows.length && !isSpan(rows[y]!);
  const inner = widths.reduce((a, b) => a + b, 0) + widths.length - 1;
  const pad = (text: string, room: number): string => ` ${text}${' '.repeat(Math.max(0, room - 2 - width(text)))} `;
  const out = [rule('┌', '┐', false, true)];
  rows.forEach((row, y) => {
    if (y > 0 && (!options.compact || y === 1)) out.push(rule('├', '┤', columned(y - 1), columned(y)));
    if (isSpan(row)) {
      for (const line of row.span.split('\n')) out.push(`│${pad(line, inner)}│`);
      return;
    }
    const lines = widths.map((_, x) => (row[x] ?? '').split('\n'));
    const height = Math.max(...lines.map((l) => l.length));
    for (let i = 0; i < height; i++) out.push(`│${lines.map((l, x) => pad(l[i] ?? '', widths[x]!)).join('│')}│`);
  });
  out.push(rule('└', '┘', columned(rows.length - 1), false));
  return out.join('\n');
}
