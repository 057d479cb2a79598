import type TableType from 'cli-table3';
import type { RenderContext } from './context.js';
import { visibleCell } from './escape.js';

export type Cell = string | number | undefined;

let Table: typeof TableType | undefined;

/** cli-table3 is loaded only for table output, so JSON output never pays for it. */
export async function loadTable(): Promise<void> {
  // A CommonJS module: its export is the default of the dynamic import.
  Table ??= ((await import('cli-table3')) as unknown as { default: typeof TableType }).default;
}

export interface TableOptions {
  /** No rule between rows: for lists whose cells are short and never wrap. */
  readonly compact?: boolean;
}

/**
 * A table as a string. cli-table3 colours headers by default even when stdout is not a
 * terminal, so styling follows the context's colour decision. On a terminal, columns are
 * narrowed to fit its width and cells wrap; piped output is never wrapped or cut.
 */
export function table(ctx: RenderContext, head: readonly string[], rows: readonly (readonly Cell[])[], options: TableOptions = {}): string {
  const cells = rows.map((row) => row.map((c) => (c === undefined ? '' : visibleCell(String(c), ctx.color))));
  const widths = ctx.columns === undefined ? undefined : fit([head, ...cells], ctx.columns);
  if (!Table) throw new Error('loadTable() must run before table()');
  const t = new Table({
    head: head.map((h) => ctx.chalk.bold(h)),
    style: { head: [], border: [], compact: options.compact ?? false },
    ...(widths ? { colWidths: widths, wordWrap: true, wrapOnWordBoundary: true } : {}),
  });
  for (const row of cells) t.push(row);
  return `${t.toString()}\n`;
}

// eslint-disable-next-line no-control-regex
const visible = (s: string): number => Math.max(...s.split('\n').map((line) => [...line.replace(/\u001b\[[0-9;]*m/g, '')].length));

/**
 * Column widths (with padding) that fit `columns`. Each column first gets room for its longest
 * word (so ids and URLs are not cut, up to 40 characters), then the rest of the width is shared
 * out max-min fairly up to each column's natural width, so short fields never wrap.
 */
function fit(rows: readonly (readonly string[])[], columns: number): number[] {
  const count = rows[0]!.length;
  const natural = Array.from({ length: count }, (_, i) => Math.max(...rows.map((r) => visible(r[i] ?? ''))) + 2);
  const longestWord = Array.from({ length: count }, (_, i) =>
    Math.min(natural[i]!, 2 + Math.min(40, Math.max(0, ...rows.flatMap((r) => (r[i] ?? '').split(/\s+/).map((w) => visible(w)))))),
  );
  const budget = columns - (count + 1);
  const floor = longestWord.reduce((a, b) => a + b, 0) <= budget ? longestWord : longestWord.map(() => 8);
  const widths = [...floor];
  let left = budget - widths.reduce((a, b) => a + b, 0);
  // Raise the narrowest unsatisfied columns one step at a time until the width is used up.
  while (left > 0) {
    const open = widths.map((w, i) => i).filter((i) => widths[i]! < natural[i]!);
    if (open.length === 0) break;
    const i = open.sort((a, b) => widths[a]! - widths[b]!)[0]!;
    widths[i]! += 1;
    left -= 1;
  }
  return widths;
}

/** A heading line between tables. */
export function heading(ctx: RenderContext, text: string): string {
  return `${ctx.chalk.bold.underline(text)}\n`;
}

export const unknown = (ctx: RenderContext): string => ctx.chalk.dim('unknown');
