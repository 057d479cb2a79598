import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, maxDepth, parseFile, parseOptions, parseYaml } from '../../../src/data/yaml/parse.js';
import { loadYaml } from '../../../src/data/yaml/module.js';
import { repoRoot } from '../../helpers/run.js';

/** Every YAML file under a folder, following no symlinks. */
function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    let stats;
    try {
      stats = statSync(path);
    } catch {
      return []; // dangling or looping links among the bad-input fixtures
    }
    if (stats.isDirectory()) return yamlFiles(path);
    return stats.isFile() && /\.ya?ml$/.test(name) ? [path] : [];
  });
}

const yaml = await loadYaml();
const read = (text: string) => parseYaml(yaml, text, 'x');
/** What yaml's own parseDocument makes of a text, with the same options: the reference. */
function reference(text: string): { value?: unknown; codes: string[] } {
  const doc = yaml.parseDocument(text, parseOptions);
  const codes = [...doc.errors, ...doc.warnings].map((e) => e.code);
  if (codes.length > 0) return { codes };
  try {
    return { value: doc.toJS({ maxAliasCount: 100 }), codes };
  } catch {
    return { codes: ['ALIASES'] };
  }
}

describe('reading the data with yaml', () => {
  const files = [...yamlFiles(join(repoRoot, 'data')), ...yamlFiles(join(repoRoot, 'test/fixtures'))];

  it('reads every bundled data file without a problem, as yaml\'s parseDocument reads it', () => {
    const data = files.filter((f) => f.startsWith(join(repoRoot, 'data')));
    expect(data.length).toBeGreaterThan(40);
    for (const file of data) {
      const text = readFileSync(file, 'utf8');
      expect(read(text), file).toEqual({ value: reference(text).value, diagnostics: [] });
    }
  });

  it.each(files.map((f) => [f.slice(repoRoot.length)]))('%s: never throws, and agrees with parseDocument', (rel) => {
    const decoded = decode({ kind: 'round', path: rel, bytes: readFileSync(join(repoRoot, rel)) });
    if (decoded.text === undefined || decoded.diagnostics.length > 0) return expect(decoded.diagnostics.length).toBeGreaterThan(0);
    const ours = read(decoded.text);
    const theirs = reference(decoded.text);
    if (ours.diagnostics.some((d) => d.code === 'yaml/too-deep')) return expect(rel).toMatch(/deep/);
    expect(ours.diagnostics.length > 0).toBe(theirs.codes.length > 0);
    if (ours.diagnostics.length === 0) expect(ours.value).toEqual(theirs.value);
  });

  it.each([
    ['round: 0b11', { round: '0b11' }],
    ['round: 0B11', { round: '0B11' }],
    ['n: 1e400', { n: Number.POSITIVE_INFINITY }],
    ['n: -0x1F', { n: '-0x1F' }],
    ['n: +.5e-3', { n: 0.0005 }],
    ['n: 0o17', { n: 15 }],
    ['n: 017', { n: 17 }],
    ['n: 1_000', { n: '1_000' }],
    ['n: 1:20', { n: '1:20' }],
    ['b: yes', { b: 'yes' }],
    ['b: On', { b: 'On' }],
    ['b: TRUE', { b: true }],
    ['b: tRue', { b: 'tRue' }],
    ['z: ~', { z: null }],
    ['z: nULL', { z: 'nULL' }],
    ['start: 2024-01-24', { start: '2024-01-24' }],
    ['t: 2001-12-14t21:59:43.10-05:00', { t: '2001-12-14t21:59:43.10-05:00' }],
    ['f: .NaN', { f: NaN }],
  ])('%s reads as YAML 1.2 core', (text, value) => {
    expect(read(text)).toEqual({ value, diagnostics: [] });
  });

  it('reads a %YAML 1.1 directive as YAML 1.2 all the same', () => {
    expect(read('%YAML 1.1\n---\na: yes\nb: 0b11\n').value).toEqual({ a: 'yes', b: '0b11' });
  });

  it.each([
    ['!!js/function', 'a: !!js/function "function () {}"', '!!js/function', 4],
    ['a local tag', 'a: !custom x', '!custom', 4],
    ['a Python object', 'a: !!python/object/apply:os.system ["ls"]', '!!python/object/apply:os.system', 4],
    ['a YAML 1.1 binary', 'a: !!binary aGk=', '!!binary', 4],
    ['a YAML 1.1 timestamp', 'a:\n  b: !!timestamp 2020-01-01', '!!timestamp', 6],
    ['a YAML 1.1 set', 'a: !!set { x }', '!!set', 4],
  ])('refuses %s as yaml/unknown-tag with its line and column', async (_name, text, tag, column) => {
    const line = text.split('\n').length;
    const parsed = await parseFile({ kind: 'round', path: 'rounds/02.yaml', bytes: Buffer.from(`${text}\n`) });
    expect(parsed.diagnostics).toEqual([expect.objectContaining({ code: 'yaml/unknown-tag', line, column, args: { tag } })]);
  });

  it('accepts the core tags, which say what the plain text would have meant', async () => {
    const parsed = await parseFile({ kind: 'round', path: 'rounds/02.yaml', bytes: Buffer.from('a: !!str 3\nb: !!int "4"\n') });
    expect([parsed.diagnostics, parsed.file?.value]).toEqual([[], { a: '3', b: 4 }]);
  });

  it('refuses a duplicate key, a second document and an alias bomb, each with its place', () => {
    expect(read('a: 1\nb: 2\na: 3\n').diagnostics).toEqual([expect.objectContaining({ code: 'yaml/duplicate-key', line: 3, column: 1 })]);
    expect(read('a: 1\n---\nb: 2\n').diagnostics).toEqual([expect.objectContaining({ code: 'yaml/multiple-docs', line: 2 })]);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`)].join('\n');
    expect(read(bomb).diagnostics).toEqual([expect.objectContaining({ code: 'yaml/too-many-aliases', line: 2 })]);
  });

  it('keeps __proto__ an ordinary key', () => {
    const parsed = read('__proto__: { polluted: 1 }\n');
    expect(Object.keys(parsed.value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

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
const tooDeep = (text: string): boolean => read(text).diagnostics.some((d) => d.code === 'yaml/too-deep');

describe('the nesting guard between yaml\'s lexer and parser', () => {
  it('counts real nesting, in block and flow style, with text that looks like structure', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 90 }), tricky, fc.constantFrom(0, 2, 4, 100), (depth, text, flowLevel) => {
        const value = nested(depth, text);
        const source = yaml.stringify(value, { flowCollectionPadding: flowLevel === 4, indent: flowLevel === 2 ? 1 : 2, ...(flowLevel === 100 ? { collectionStyle: 'flow' } : {}) });
        const real = depthOf(value);
        // Never fewer levels than there are; a few more may be counted (each `- ` on a line).
        if (real > maxDepth) expect(tooDeep(source), source).toBe(true);
        else if (real < maxDepth / 2) expect(read(source), source).toEqual({ value, diagnostics: [] });
      }),
      { numRuns: 600, seed: 7 },
    );
  });

  it('stops 200,000 × "[" after a plain scalar with an apostrophe, at the first bracket past the limit', () => {
    const text = `summary: don't stop\nagenda: ${'['.repeat(200_000)}\n`;
    // "agenda: " is 8 columns. The key and the sequence's place in the block count a level each
    // (one more than there is), so the bracket that passes the limit is number maxDepth - 1.
    expect(read(text).diagnostics).toEqual([expect.objectContaining({ code: 'yaml/too-deep', line: 2, column: 8 + maxDepth - 1 })]);
  });

  it.each([
    ['compact block sequences', `${'- '.repeat(100_000)}x\n`],
    ['compact block mappings', Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')],
    ['flow mappings, JSON style', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`],
    ['flow sequences with a closing bracket in quotes between', '[ "]" '.repeat(100_000)],
    ['after a multi-line quoted scalar', `a: "line one\n  it's two"\nb: ${'{x: '.repeat(100)}\n`],
  ])('stops %s', (_name, text) => {
    expect(tooDeep(text)).toBe(true);
  });

  it.each([
    ['brackets in a block scalar', `summary: |\n  ${'['.repeat(500)}\n  - - - - - - - -\nnext: 1\n`],
    ['brackets in a plain scalar', `summary: a ${'['.repeat(500)} b\n`],
    ['brackets in quotes, across lines', `summary: "${'['.repeat(300)}\n  ${'{'.repeat(300)}"\n`],
    ['brackets in a comment', `a: 1 # ${'['.repeat(500)}\n`],
    ['escaped quotes', `a: "x \\" ${'['.repeat(300)}"\nb: 'it''s ${'['.repeat(300)}'\n`],
  ])('lets %s through, read as parseDocument reads it', (_name, text) => {
    expect(read(text)).toEqual({ value: reference(text).value, diagnostics: [] });
  });
});

/** Lines of the kinds data files are made of, and near misses of them. */
const word = fc.constantFrom('a', 'round', 'sources', 'x_1', 'k-2', 'null', 'True', 'NULL', 'yes', 'on', 'no', 'y', 'off');
const plainChar = fc.constantFrom('a', 'Z', '0', '1', '9', ' ', '.', '-', '+', 'e', 'x', 'o', 'b', ':', '/', '#', "'", '"', '[', ']', '{', '}', ',', '~', '_', '!', '&', '*', '?', '|', '>', '%', '@', '\\', 'é', '\t', '=');
const value = fc.oneof(
  fc.array(plainChar, { minLength: 1, maxLength: 8 }).map((a) => a.join('')),
  fc.constantFrom('"a\\tb"', "'it''s'", '"\\x41\\u00e9"', '"\\q"', "'a", '"a', '[]', '{}', '[a, b]', '{ a: 1 }', '[a, [b, c]]', '{ a: [b], c: { d: e } }', 'https://x.org/a?b=c#d', '[a,b]', '{a: b,}', '[a, ]', '- x', 'a # c', 'a#c', '&x [1]', '*x', '!!str 3', '|', '>-'),
);
const line = fc
  .tuple(fc.integer({ min: 0, max: 6 }), fc.constantFrom('key', 'item', 'item-key', 'key-only', 'comment', 'blank', 'document'), word, value)
  .map(([indent, kind, key, v]) => {
    const pad = ' '.repeat(indent);
    return { key: `${pad}${key}: ${v}`, item: `${pad}- ${v}`, 'item-key': `${pad}- ${key}: ${v}`, 'key-only': `${pad}${key}:`, comment: `${pad}# ${v}`, blank: '', document: '---' }[kind];
  });

describe('reading through the guard changes nothing (property tests)', () => {
  it('agrees with parseDocument on value and on whether the text is valid', () => {
    let valid = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), fc.boolean(), (lines, crlf) => {
        const text = `${lines.join(crlf ? '\r\n' : '\n')}\n`;
        const ours = read(text);
        const theirs = reference(text);
        if (theirs.codes.length === 0 && theirs.value !== null) valid++;
        expect(ours.diagnostics.length > 0, text).toBe(theirs.codes.length > 0);
        if (ours.diagnostics.length === 0) expect(ours.value).toEqual(theirs.value);
      }),
      { numRuns: 4000, seed: 13 },
    );
    expect(valid).toBeGreaterThan(500);
  });
});
