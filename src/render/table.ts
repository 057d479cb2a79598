import Table from 'cli-table3';
import type { RenderContext } from './context.js';

export type Cell = string | number | undefined;

/**
 * A table as a string. cli-table3 colours headers by default even when stdout is not a
 * terminal, so styling is set from the context's colour decision.
 */
export function table(ctx: RenderContext, head: readonly string[], rows: readonly (readonly Cell[])[], wrap: readonly number[] = []): string {
  const widths = columnWidths(ctx, head.length, wrap);
  const t = new Table({
    head: head.map((h) => ctx.chalk.bold(h)),
    style: { head: [], border: [], compact: false },
    ...(widths ? { colWidths: widths, wordWrap: true, wrapOnWordBoundary: true } : {}),
  });
  for (const row of rows) t.push(row.map((c) => (c === undefined ? '' : String(c))));
  return `${t.toString()}\n`;
}

/**
 * Gives wrapping columns (indexes in `wrap`) an equal share of what the terminal has left
 * after a fixed allowance for the other columns.
 */
function columnWidths(ctx: RenderContext, count: number, wrap: readonly number[]): (number | null)[] | undefined {
  if (ctx.columns === undefined || wrap.length === 0) return undefined;
  const fixed = (count - wrap.length) * 16;
  const share = Math.max(20, Math.floor((ctx.columns - fixed - count - 1) / wrap.length));
  return Array.from({ length: count }, (_, i) => (wrap.includes(i) ? share : null));
}

/** A heading line between tables. */
export function heading(ctx: RenderContext, text: string): string {
  return `${ctx.chalk.bold.underline(text)}\n`;
}

export const unknown = (ctx: RenderContext): string => ctx.chalk.dim('unknown');
