import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tooDeep } from '../../src/data/depth.js';
import { decode, maxDepth } from '../../src/data/parse.js';
import { loadYaml } from '../../src/data/yaml-module.js';

const yaml = await loadYaml();

/** Collections inside collections, counting the outermost as 1. */
function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(0, ...children.map(depthOf));
}

/** A value nested `depth` levels deep, alternating lists and mappings, with text that looks like structure. */
const nested = (depth: number, text: string): unknown => {
  let value: unknown = text;
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value, 'x'] : { [`k${i}`]: value, other: text };
  return value;
};

const tricky = fc.constantFrom("don't", "it's [not] {flow}", 'a # not a comment', '- not an item', '"quoted"', "'single'", 'key: value', '[[[[', '|', '> folded', 'x');

describe('the depth guard', () => {
  it('counts real nesting, in block and flow style, with text that looks like structure', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 90 }), tricky, fc.constantFrom(0, 2, 4, 100), (depth, text, flowLevel) => {
        const value = nested(depth, text);
        const source = yaml.stringify(value, { flowCollectionPadding: flowLevel === 4, indent: flowLevel === 2 ? 1 : 2, ...(flowLevel === 100 ? { collectionStyle: 'flow' } : {}) });
        const real = depthOf(value);
        const found = tooDeep(source, maxDepth);
        // Never fewer levels than there are; at most one more (a value after `key: ` opens one).
        if (real > maxDepth) return found !== undefined;
        if (real < maxDepth) return found === undefined;
        return true;
      }),
      { numRuns: 600, seed: 7 },
    );
  });

  it('is not switched off by an apostrophe in an earlier plain scalar (200,000 × "[")', () => {
    const text = `summary: don't stop\nagenda: ${'['.repeat(200_000)}\n`;
    const started = performance.now();
    expect(decode({ kind: 'round', path: 'rounds/02.yaml', bytes: Buffer.from(text) }).diagnostics).toEqual([
      expect.objectContaining({ code: 'yaml/too-deep', line: 2, column: 8 + maxDepth }),
    ]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it.each([
    ['compact block sequences', `${'- '.repeat(100_000)}x\n`],
    ['compact block mappings', Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')],
    ['flow mappings, JSON style', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`],
    ['after a multi-line quoted scalar', `a: "line one\n  it's two"\nb: ${'{x: '.repeat(100)}\n`],
  ])('stops %s', (_name, text) => {
    expect(tooDeep(text, maxDepth)).toBeDefined();
  });

  it.each([
    ['brackets in a block scalar', `summary: |\n  ${'['.repeat(500)}\n  - - - - - - - -\nnext: 1\n`],
    ['brackets in a plain scalar', `summary: a ${'['.repeat(500)} b\n`],
    ['brackets in quotes, across lines', `summary: "${'['.repeat(300)}\n  ${'{'.repeat(300)}"\n`],
    ['brackets in a comment', `a: 1 # ${'['.repeat(500)}\n`],
    ['escaped quotes', `a: "x \\" ${'['.repeat(300)}"\nb: 'it''s ${'['.repeat(300)}'\n`],
  ])('lets %s through', (_name, text) => {
    expect(tooDeep(text, maxDepth)).toBeUndefined();
  });
});
