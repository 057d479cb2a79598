import fc from 'fast-check';
import { dump } from 'js-yaml';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, fastParse, parseFile, slowParse } from '../../src/data/parse.js';
import { loadYaml } from '../../src/data/yaml-module.js';
import { repoRoot } from '../helpers/run.js';

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

const files = [...yamlFiles(join(repoRoot, 'data')), ...yamlFiles(join(repoRoot, 'test/fixtures'))];
const yaml = await loadYaml();

// js-yaml parses the fast path; yaml stays the parser of record. They must agree on every file.
describe('js-yaml and yaml agree', () => {
  it('covers every data file and fixture', () => {
    expect(files.length).toBeGreaterThan(60);
  });

  it('reads every bundled data file on the fast path', () => {
    const data = files.filter((f) => f.startsWith(join(repoRoot, 'data')));
    expect(data.length).toBeGreaterThan(30);
    for (const file of data) expect(fastParse(readFileSync(file, 'utf8')), file).toBeDefined();
  });

  it.each(files.map((f) => [f.slice(repoRoot.length)]))('%s', (rel) => {
    const decoded = decode({ kind: 'round', path: rel, bytes: readFileSync(join(repoRoot, rel)) });
    // Files refused before parsing (empty, binary, not UTF-8, nested too deep) reach neither parser.
    if (decoded.text === undefined || decoded.diagnostics.length > 0) return;
    const text = decoded.text;
    const fast = fastParse(text);
    const slow = slowParse(yaml, text, rel);
    if (fast === undefined) {
      // js-yaml declined (a syntax error or aliases): the slow path decides.
      expect(slow.diagnostics.length > 0 || /\*\w/.test(text)).toBe(true);
      return;
    }
    // js-yaml must never accept what the parser of record rejects, nor read it differently.
    expect(slow.diagnostics).toEqual([]);
    expect(fast.value).toEqual(slow.value);
  });

  it('keeps dates as strings', () => {
    expect(fastParse('start: 2024-01-24\n')).toEqual({ value: { start: '2024-01-24' } });
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
    ['t: 2001-12-14t21:59:43.10-05:00', { t: '2001-12-14t21:59:43.10-05:00' }],
    ['f: .NaN', { f: NaN }],
    ['publisher: 0b11', { publisher: '0b11' }],
  ])('%s reads the same on both paths: YAML 1.2 core, as `yaml` reads it', (text, value) => {
    expect(fastParse(text)).toEqual({ value });
    expect(slowParse(yaml, text, 'x').value).toEqual(value);
  });

  it('reads a %YAML 1.1 directive as YAML 1.2 all the same', () => {
    expect(slowParse(yaml, '%YAML 1.1\n---\na: yes\nb: 0b11\n', 'x').value).toEqual({ a: 'yes', b: '0b11' });
    expect(fastParse('%YAML 1.1\n---\na: yes\n')).toBeUndefined();
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

  it('never lets js-yaml expand aliases: text with an alias takes the slow path', () => {
    expect(fastParse('a: &x [1, 2]\nb: *x\n')).toBeUndefined();
  });

  it('keeps __proto__ an ordinary key', () => {
    const parsed = fastParse('__proto__: { polluted: 1 }\n');
    expect(Object.keys(parsed?.value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

/** Plain scalars of every type YAML 1.1 and 1.2 know, and near misses of each. */
const scalarText = fc.oneof(
  fc.tuple(fc.constantFrom('', '-', '+'), fc.constantFrom('', '0b', '0B', '0o', '0O', '0x', '0X', '0', '00'), fc.stringMatching(/^[0-9a-fA-F_]{1,6}$/)).map((p) => p.join('')),
  fc
    .tuple(fc.constantFrom('', '-', '+'), fc.stringMatching(/^[0-9]{0,3}$/), fc.constantFrom('', '.'), fc.stringMatching(/^[0-9]{0,3}$/), fc.constantFrom('', 'e', 'E', 'e+', 'e-'), fc.stringMatching(/^[0-9]{0,4}$/))
    .map((p) => p.join('')),
  fc.constantFrom('.inf', '.Inf', '.INF', '-.inf', '+.INF', '.nan', '.NaN', '.NAN', '.nAn', 'inf', 'nan', '1e400', '-1e400', '1:20', '190:20:30.15', '0777', '08', '1__0'),
  fc.constantFrom('true', 'True', 'TRUE', 'tRue', 'false', 'False', 'FALSE', 'yes', 'Yes', 'YES', 'no', 'No', 'on', 'On', 'OFF', 'y', 'Y', 'n', 'N', '~', 'null', 'Null', 'NULL', 'nULL', ''),
  fc.constantFrom('2001-12-14t21:59:43.10-05:00', '2001-12-14 21:59:43.10 -5', '2002-12-14', '2017-02-31', '=', '<<', '-', '?', '.'),
  fc.string({ maxLength: 12 }),
);

/** Where a scalar can sit. */
const contexts: ReadonlyArray<(s: string) => string> = [
  (s) => `a: ${s}\n`,
  (s) => `- ${s}\n`,
  (s) => `[${s}]\n`,
  (s) => `{k: ${s}, j: ${s}}\n`,
  (s) => `a:\n  - ${s}\n  - x\nb: ${s}\n`,
  (s) => `a: "${s.replace(/[\\"]/g, '')}"\n`,
  (s) => `a: '${s.replace(/'/g, "''")}'\n`,
];

/** The fast path may decline; when it reads a text, `yaml` must accept it and read the same value. */
function agrees(text: string): boolean {
  const fast = fastParse(text);
  if (fast === undefined) return true;
  const slow = slowParse(yaml, text, 'x');
  expect(slow.diagnostics).toEqual([]);
  expect(fast.value).toEqual(slow.value);
  return true;
}

/** Lines of the plain subset the fast path reads, and near misses of it: what a data file is made of. */
const word = fc.constantFrom('a', 'round', 'sources', 'x_1', 'k-2', 'null', 'True', 'NULL', 'yes', 'on', 'no', 'y', 'off');
const plainChar = fc.constantFrom('a', 'Z', '0', '1', '9', ' ', '.', '-', '+', 'e', 'x', 'o', 'b', ':', '/', '#', "'", '"', '[', ']', '{', '}', ',', '~', '_', '!', '&', '*', '?', '|', '>', '%', '@', '\\', 'é', '\t', '=');
const value = fc.oneof(
  fc.array(plainChar, { minLength: 1, maxLength: 8 }).map((a) => a.join('')),
  scalarText,
  fc.constantFrom('"a\\tb"', "'it''s'", '"\\x41\\u00e9"', '"\\q"', "'a", '"a', '[]', '{}', '[a, b]', '{ a: 1 }', '[a, [b, c]]', '{ a: [b], c: { d: e } }', 'https://x.org/a?b=c#d', '[a,b]', '{a: b,}', '[a, ]', '- x', 'a # c', 'a#c'),
);
const line = fc
  .tuple(fc.integer({ min: 0, max: 6 }), fc.constantFrom('key', 'item', 'item-key', 'key-only', 'comment', 'blank'), word, value)
  .map(([indent, kind, key, v]) => {
    const pad = ' '.repeat(indent);
    return { key: `${pad}${key}: ${v}`, item: `${pad}- ${v}`, 'item-key': `${pad}- ${key}: ${v}`, 'key-only': `${pad}${key}:`, comment: `${pad}# ${v}`, blank: '' }[kind];
  });

describe('js-yaml and yaml never disagree (property tests)', () => {
  it('on documents made of the lines data files are made of, and near misses of them', () => {
    let fast = 0;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), fc.boolean(), (lines, crlf) => {
        const text = `${lines.join(crlf ? '\r\n' : '\n')}\n`;
        if (fastParse(text) !== undefined) fast++;
        return agrees(text);
      }),
      { numRuns: 5000, seed: 13 },
    );
    // The fast path must have read a good share of them, or this test would prove nothing.
    expect(fast).toBeGreaterThan(500);
  });

  it('on a scalar of any type in any position', () => {
    fc.assert(fc.property(scalarText, fc.constantFrom(...contexts), (s, context) => agrees(context(s))), { numRuns: 3000, seed: 11 });
  });

  it('on whole documents written by either library, and on those documents cut or spliced', () => {
    const styles = [
      (v: unknown) => yaml.stringify(v),
      (v: unknown) => yaml.stringify(v, { collectionStyle: 'flow' }),
      (v: unknown) => yaml.stringify(v, { defaultStringType: 'QUOTE_SINGLE', indent: 4 }),
      (v: unknown) => dump(v),
      (v: unknown) => dump(v, { flowLevel: 1, quotingType: '"' }),
    ];
    const splice = fc.constantFrom('', ' ', '\n', ':', '- ', '#', "'", '"', '[', ']', '{', '}', ',', '? ', '|', '>', '\\', '\t', '0x', '0b1', '.inf', 'yes', '~');
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(...styles), fc.nat(), splice, (value, style, at, insert) => {
        const text = style(value);
        const cut = at % (text.length + 1);
        return agrees(text) && agrees(`${text.slice(0, cut)}${insert}${text.slice(cut)}`);
      }),
      { numRuns: 2000, seed: 12 },
    );
  });
});

