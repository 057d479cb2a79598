import fc from 'fast-check';
import wrapAnsi from 'wrap-ansi';
import { describe, expect, it } from 'vitest';
import { fitsAsItIs } from '../../src/render/table.js';

const character = fc.oneof(fc.integer({ min: 0x20, max: 0x7e }), fc.integer({ min: 0xa0, max: 0x52f }), fc.integer({ min: 0x2010, max: 0x203a })).map((c) => String.fromCharCode(c));
const text = fc.array(fc.oneof(fc.string({ unit: character }), fc.constantFrom('\u001b[1m', '\u001b[22m', '\u001b[2m'))).map((parts) => parts.join(''));

describe('table cells', () => {
  it('of one-column characters that fit their column, trimmed, are what wrap-ansi would make of them', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 40 }), (cell, room) => {
        fc.pre(fitsAsItIs(cell, room));
        expect(wrapAnsi(cell, room, { hard: true })).toBe(cell);
      }),
      { numRuns: 3000 },
    );
  });
});
