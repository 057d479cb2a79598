import fc from 'fast-check';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { narrowWidth } from '../../src/render/narrow-width.js';

// The string-width versions narrowWidth stands in front of: wrap-ansi's (ours too), and cli-table3's
// (the oracle of test/render/box.test.ts).
const require = createRequire(import.meta.url);
const from = (pkg: string): string => require.resolve('string-width', { paths: [dirname(require.resolve(pkg))] });
const tableWidth = require(from('cli-table3')) as (text: string) => number;
const wrapWidth = ((await import(from('wrap-ansi'))) as { default: (text: string) => number }).default;

const ranges: [number, number][] = [[0x20, 0x7e], [0xa0, 0x2ff], [0x370, 0x52f], [0x2010, 0x203a], [0x20ac, 0x20ac]];
const character = fc.oneof(...ranges.map(([min, max]) => fc.integer({ min, max }))).map((c) => String.fromCharCode(c));
const sgr = fc.constantFrom('\u001b[1m', '\u001b[22m', '\u001b[2m', '\u001b[4m', '\u001b[24m', '\u001b[0m', '\u001b[31;1m');
const text = fc.array(fc.oneof(fc.string({ unit: character }), sgr)).map((parts) => parts.join(''));

describe('narrowWidth', () => {
  it('measures what it measures as both string-width versions do, coloured or not', () => {
    fc.assert(
      fc.property(text, (t) => {
        const width = narrowWidth(t);
        if (width === undefined) return;
        expect(width).toBe(tableWidth(t));
        expect(width).toBe(wrapWidth(t));
      }),
      { numRuns: 5000 },
    );
  });

  it('measures the alphabets and punctuation of the data itself', () => {
    for (const t of ['Round 21', 'Türkiye', 'Sergey Lavrov – Сергей Лавров', '“quoted” … ‘too’', 'Ελλάδα', '\u001b[1mHead\u001b[22m']) {
      expect(narrowWidth(t), t).toBeDefined();
    }
  });

  it('leaves everything else to string-width', () => {
    for (const t of ['e\u0301', 'Д\u0483', '© ®', 'soft\u00adhyphen', '会議', '👍', 'عربي', 'a\tb', 'a\nb', '\u001b]8;;https://un.org\u0007UN\u001b]8;;\u0007']) {
      expect(narrowWidth(t), t).toBeUndefined();
    }
  });
});
