import fc from 'fast-check';
import { createRequire } from 'node:module';
import wrapAnsi from 'wrap-ansi';
import { describe, expect, it } from 'vitest';
import { drawBox } from '../../src/render/box.js';

// cli-table3, which drew the tables before, is the oracle: same cells, same options, same text.
interface TableLike {
  push(row: unknown[]): void;
  toString(): string;
}
const Table = createRequire(import.meta.url)('cli-table3') as new (options: object) => TableLike;

type Row = string[] | { span: string };

function cliTable3(rows: Row[], widths: number[], compact: boolean): string {
  const t = new Table({ head: rows[0], style: { head: [], border: [], compact }, colWidths: widths });
  for (const row of rows.slice(1)) t.push(Array.isArray(row) ? row : [{ colSpan: widths.length, content: row.span } as unknown as string]);
  return t.toString();
}

const word = fc.array(fc.constantFrom('a', 'b', 'Z', '0', '-', '/', '.', 'é', 'ü', 'ı', 'ş', 'Д', '会'), { minLength: 1, maxLength: 14 }).map((cs) => cs.join(''));
const bold = (s: string): string => `\u001b[1m${s}\u001b[22m`;
const cell = fc.array(fc.oneof(word, word.map(bold)), { maxLength: 6 }).map((ws) => ws.join(' '));

describe('drawBox', () => {
  it('draws what cli-table3 drew, for cells wrapped as tables wrap them', () => {
    const table = fc
      .integer({ min: 1, max: 5 })
      .chain((columns) =>
        fc.record({
          widths: fc.array(fc.integer({ min: 4, max: 24 }), { minLength: columns, maxLength: columns }),
          rows: fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 6 }),
          compact: fc.boolean(),
        }),
      );
    fc.assert(
      fc.property(table, ({ widths, rows, compact }) => {
        const wrapped = rows.map((row) => row.map((c, i) => wrapAnsi(c, widths[i]! - 2, { hard: true })));
        expect(drawBox(wrapped, widths, { compact })).toBe(cliTable3(wrapped, widths, compact));
      }),
      { numRuns: 500 },
    );
  });

  it('draws a span row across every column as cli-table3 draws colSpan, wherever it stands', () => {
    const table = fc
      .integer({ min: 1, max: 5 })
      .chain((columns) =>
        fc.record({
          widths: fc.array(fc.integer({ min: 4, max: 24 }), { minLength: columns, maxLength: columns }),
          head: fc.array(cell, { minLength: columns, maxLength: columns }),
          body: fc.array(fc.oneof(fc.array(cell, { minLength: columns, maxLength: columns }), cell.map((span) => ({ span }))), { minLength: 1, maxLength: 6 }),
        }),
      );
    fc.assert(
      fc.property(table, ({ widths, head, body }) => {
        const inner = widths.reduce((a, b) => a + b, 0) + widths.length - 1;
        const wrap = (row: Row): Row => (Array.isArray(row) ? row.map((c, i) => wrapAnsi(c, widths[i]! - 2, { hard: true })) : { span: wrapAnsi(row.span, inner - 2, { hard: true }) });
        const rows = [head, ...body].map(wrap);
        expect(drawBox(rows, widths, { compact: false })).toBe(cliTable3(rows, widths, false));
      }),
      { numRuns: 500 },
    );
  });
});
