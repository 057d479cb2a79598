import fc from 'fast-check';
import { createRequire } from 'node:module';
import wrapAnsi from 'wrap-ansi';
import { describe, expect, it } from 'vitest';
import { drawBox } from '../../src/render/box.js';

// cli-table3, which drew the tables before, is the oracle: same cells, same options, same text.
interface TableLike {
  push(row: string[]): void;
  toString(): string;
}
const Table = createRequire(import.meta.url)('cli-table3') as new (options: object) => TableLike;

function cliTable3(rows: string[][], widths: number[], compact: boolean): string {
  const t = new Table({ head: rows[0], style: { head: [], border: [], compact }, colWidths: widths });
  for (const row of rows.slice(1)) t.push(row);
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
});
