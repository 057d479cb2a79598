import { narrowWidth } from './narrow-width.js';
import { breakAtHyphens, fit } from './fit.js';
import { drawBox, isSpan, type BoxRow, type SpanRow } from './box.js';
import type { RenderContext } from './context.js';
import { visibleCell } from './escape.js';

export type Cell = string | number | undefined;
/** A table row: its cells, or one cell across the whole table (see `span`). */
export type Row = readonly Cell[] | SpanRow;

/** A row of one cell across every column, for a note under the row it qualifies. */
export const span = (text: string): SpanRow => ({ span: text });

/** A row, and its notes in a span row under it. */
export const withNotes = (row: Row, notes: readonly string[]): Row[] => (notes.length > 0 ? [row, span(notes.join('\n'))] : [row]);

type Wrap = (text: string, columns: number, options: { hard: boolean }) => string;
let wrapText: Wrap | undefined;

/** The wrapper is loaded only for table output, so JSON output never pays for it. */
export async function loadTable(): Promise<void> {
  wrapText ??= (await import('wrap-ansi')).default as Wrap;
}

/** Text wrapped at word boundaries to `columns`, a word longer than a line broken: after loadTable(). */
export function wrap(text: string, columns: number): string {
  if (!wrapText) throw new Error('loadTable() must run before wrap()');
  return wrapText(text, columns, { hard: true });
}

export interface TableOptions {
  /** No rule between rows: for lists whose cells are short and never wrap. */
  readonly compact?: boolean;
}

/**
 * A table as a string, no wider than the context's width. Columns get room for their longest
 * word first, so ids and dates are never broken, then share the rest; text wraps at word
 * boundaries and nothing is cut. Only a word longer than a whole column is broken, onto the
 * next line.
 */
export function table(ctx: RenderContext, head: readonly string[], rows: readonly Row[], options: TableOptions = {}): string {
  if (!wrapText) throw new Error('loadTable() must run before table()');
  const text = (c: Cell): string => (c === undefined ? '' : visibleCell(String(c), ctx.color));
  const cells: BoxRow[] = [head.map((h) => ctx.chalk.bold(h)), ...rows.map((row) => (isSpan(row) ? span(text(row.span)) : row.map(text)))];
  const widths = fit(cells.filter((row): row is string[] => !isSpan(row)), ctx.columns ?? 80);
  const wrap = wrapText;
  const fitted = (c: string, room: number): string => (fitsAsItIs(c, room) ? c : wrap(breakAtHyphens(c, room), room, { hard: true }));
  const inner = widths.reduce((a, b) => a + b, 0) + widths.length - 1;
  const wrapped = cells.map((row) => (isSpan(row) ? span(fitted(row.span, inner - 2)) : row.map((c, i) => fitted(c, widths[i]! - 2))));
  return `${drawBox(wrapped, widths, { compact: options.compact ?? false })}\n`;
}

// eslint-disable-next-line no-control-regex
const ansi = /\u001b\[[0-9;]*m/g;

/** Most cells are short text that fits: wrap-ansi would return them as they are, only slower. */
export function fitsAsItIs(cell: string, room: number): boolean {
  const plain = cell.replace(ansi, '');
  return plain === plain.trim() && (narrowWidth(plain) ?? Infinity) <= room;
}

/**
 * Text wrapped at word boundaries to the table width. Leading spaces are kept, and continuation
 * lines are indented by `indent` more spaces than the first.
 */
export function paragraph(ctx: RenderContext, text: string, indent = 0): string {
  if (!wrapText) throw new Error('loadTable() must run before paragraph()');
  const lead = text.length - text.trimStart().length;
  const lines = wrapText(text.slice(lead), (ctx.columns ?? 80) - lead - indent, { hard: true }).split('\n');
  return `${lines.map((l, i) => `${' '.repeat(lead + (i === 0 ? 0 : indent))}${l}`).join('\n')}\n`;
}

/** A heading line between tables. */
export function heading(ctx: RenderContext, text: string): string {
  return paragraph(ctx, ctx.chalk.bold.underline(text));
}

export const unknown = (ctx: RenderContext): string => ctx.chalk.dim('unknown');
