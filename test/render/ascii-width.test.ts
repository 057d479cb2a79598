import fc from 'fast-check';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asciiWidth } from '../../src/render/ascii-width.js';

// The string-width versions asciiWidth stands in front of: wrap-ansi's (ours too), and cli-table3's
// (the oracle of test/render/box.test.ts).
const require = createRequire(import.meta.url);
const from = (pkg: string): string => require.resolve('string-width', { paths: [dirname(require.resolve(pkg))] });
const tableWidth = require(from('cli-table3')) as (text: string) => number;
const wrapWidth = ((await import(from('wrap-ansi'))) as { default: (text: string) => number }).default;

const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) });
const sgr = fc.constantFrom('\u001b[1m', '\u001b[22m', '\u001b[2m', '\u001b[4m', '\u001b[24m', '\u001b[0m', '\u001b[31;1m');
const coloured = fc.array(fc.oneof(printable, sgr)).map((parts) => parts.join(''));

describe('asciiWidth', () => {
  it('measures printable ASCII, coloured or not, as both string-width versions do', () => {
    fc.assert(
      fc.property(coloured, (text) => {
        expect(asciiWidth(text)).toBe(tableWidth(text));
        expect(asciiWidth(text)).toBe(wrapWidth(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('leaves everything else to string-width', () => {
    for (const text of ['Türkiye', 'round 21 – 22', '会議', '👍', 'a\tb', 'a\nb', '\u001b]8;;https://un.org\u0007UN\u001b]8;;\u0007']) {
      expect(asciiWidth(text), text).toBeUndefined();
    }
  });
});
