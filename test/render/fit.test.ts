import wrapAnsi from 'wrap-ansi';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakAtHyphens, fit } from '../../src/render/fit.js';

/** Lines of a cell as tables print it: broken after hyphens where too long, then wrapped by wrap-ansi. */
const lines = (cell: string, width: number): number => wrapAnsi(breakAtHyphens(cell, width - 2), width - 2, { hard: true }).split('\n').length;
const words = (cell: string): string[] => cell.split(/\s+/).filter(Boolean);
const total = (widths: readonly number[]): number => widths.reduce((a, b) => a + b, 0) + widths.length + 1;

const text = fc.array(fc.stringMatching(/^[a-z0-9[\]–-]{1,14}$/), { minLength: 1, maxLength: 14 }).map((ws) => ws.join(' '));
const table = fc.integer({ min: 1, max: 6 }).chain((n) => fc.array(fc.array(text, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 8 }));

describe('column widths', () => {
  it('fit the terminal, and no column is wider than its content', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 40, max: 160 }), (rows, columns) => {
        const widths = fit(rows, columns);
        expect(total(widths)).toBeLessThanOrEqual(Math.max(columns, widths.length * 4 + 1));
        widths.forEach((w, c) => expect(w).toBeLessThanOrEqual(2 + Math.max(...rows.map((r) => r[c]!.length))));
      }),
    );
  });

  it('never break a word while every column can hold its longest one', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 40, max: 160 }), (rows, columns) => {
        const longest = rows[0]!.map((_, c) => 2 + Math.max(...rows.flatMap((r) => words(r[c]!).map((w) => w.length))));
        fc.pre(total(longest) <= columns);
        const widths = fit(rows, columns);
        rows.forEach((row) =>
          row.forEach((cell, c) => {
            const printed = wrapAnsi(breakAtHyphens(cell, widths[c]! - 2), widths[c]! - 2, { hard: true });
            expect(words(printed)).toEqual(words(cell));
          }),
        );
      }),
    );
  });

  it('leave no column room to spare while a cell wraps: width moved from any column to another wraps no cell less', () => {
    fc.assert(
      fc.property(table, fc.integer({ min: 40, max: 160 }), (rows, columns) => {
        const widths = fit(rows, columns);
        const cellLines = (c: number, w: number): number => rows.reduce((n, row) => n + lines(row[c]!, w), 0);
        widths.forEach((w, c) => {
          // Below its longest word a column would break a word: that width is never spare.
          const longest = 2 + Math.max(...rows.flatMap((r) => words(r[c]!).map((x) => x.length)));
          if (w - 1 < longest || cellLines(c, w - 1) > cellLines(c, w)) return;
          // Column c could give one column away for free: no other column may gain by it.
          widths.forEach((v, j) => {
            if (j === c) return;
            expect(cellLines(j, v + 1), `column ${c} spares one for column ${j} of ${JSON.stringify(widths)}`).toBe(cellLines(j, v));
          });
        });
      }),
    );
  });

  it('give a column of short marks less than a column of text that would wrap', () => {
    const rows = [
      ['Title', 'Sources'],
      ['Joint statement of Iran, Russia and Türkiye on the twenty-second International Meeting on Syria in the Astana format', '[2] [4]'],
      ['Statement of the Syrian government delegation', '[3]'],
    ];
    const [title, sources] = fit(rows, 80);
    expect(lines(rows[1]![0]!, title!)).toBeLessThanOrEqual(2);
    expect(sources).toBeLessThan(title!);
  });

  it('wrap an id too long for any room after its hyphens', () => {
    expect(breakAtHyphens('syrian-national-dialogue-congress', 20)).toBe('syrian-national-\ndialogue-congress');
    expect(breakAtHyphens('at syrian-national-dialogue-congress now', 18)).toBe('at syrian-national-\ndialogue-congress now');
    expect(breakAtHyphens('short-id', 20)).toBe('short-id');
    const [topic] = fit([['Topic', 'Meetings'], ['syrian-national-dialogue-congress', '12']], 30);
    expect(wrapAnsi(breakAtHyphens('syrian-national-dialogue-congress', topic! - 2), topic! - 2, { hard: true }).split('\n').every((l) => /^[a-z-]+-$|^[a-z]+$/.test(l))).toBe(true);
  });
});
