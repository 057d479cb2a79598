import type TableType from 'cli-table3';
import type { RenderContext } from './context.js';

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
  const cells = rows.map((row) => row.map((c) => (c === undefined ? '' : String(c))));
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
 * Column widths (with padding) that fit `columns`: narrow columns keep their natural width and
 * the wide ones share what is left equally (max-min fair share), so short fields never wrap.
 */
function fit(rows: readonly (readonly string[])[], columns: number): number[] {
  const count = rows[0]!.length;
  const natural = Array.from({ length: count }, (_, i) => Math.max(...rows.map((r) => visible(r[i] ?? ''))) + 2);
  const widths = [...natural];
  let budget = columns - (count + 1);
  let open = natural.map((_, i) => i).sort((a, b) => natural[a]! - natural[b]!);
  while (open.length > 0) {
    const share = Math.floor(budget / open.length);
    const first = open[0]!;
    if (natural[first]! > share) {
      for (const i of open) widths[i] = Math.max(8, share);
      break;
    }
    budget -= natural[first]!;
    open = open.slice(1);
  }
  return widths;
}

/** A heading line between tables. */
export function heading(ctx: RenderContext, text: string): string {
  return `${ctx.chalk.bold.underline(text)}\n`;
}

export const unknown = (ctx: RenderContext): string => ctx.chalk.dim('unknown');
