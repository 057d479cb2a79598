import stringWidth from 'string-width';
import { narrowWidth } from './narrow-width.js';

export interface BoxOptions {
  /** No rule between rows, only under the head. */
  readonly compact: boolean;
}

const width = (text: string): number => narrowWidth(text) ?? stringWidth(text);

/**
 * Cells (the head first) drawn in a box, as cli-table3 draws them with our options, which it
 * did before: each column `widths[i]` wide with a space of padding either side, lines of a
 * cell one under another. The cells come wrapped to fit (src/render/table.ts), so nothing is
 * cut here. cli-table3 spent milliseconds per table merging options into every cell.
 */
export function drawBox(rows: readonly (readonly string[])[], widths: readonly number[], options: BoxOptions): string {
  const rule = (left: string, middle: string, right: string): string => `${left}${widths.map((w) => '─'.repeat(w)).join(middle)}${right}`;
  const out = [rule('┌', '┬', '┐')];
  rows.forEach((row, y) => {
    if (y > 0 && (!options.compact || y === 1)) out.push(rule('├', '┼', '┤'));
    const lines = widths.map((_, x) => (row[x] ?? '').split('\n'));
    const height = Math.max(...lines.map((l) => l.length));
    for (let i = 0; i < height; i++) {
      const cells = lines.map((l, x) => {
        const text = l[i] ?? '';
        return ` ${text}${' '.repeat(Math.max(0, widths[x]! - 2 - width(text)))} `;
      });
      out.push(`│${cells.join('│')}│`);
    }
  });
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}
