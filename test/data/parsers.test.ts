import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, fastParse, slowParse } from '../../src/data/parse.js';
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

  it('never lets js-yaml expand aliases: text with an alias takes the slow path', () => {
    expect(fastParse('a: &x [1, 2]\nb: *x\n')).toBeUndefined();
  });

  it('keeps __proto__ an ordinary key', () => {
    const parsed = fastParse('__proto__: { polluted: 1 }\n');
    expect(Object.keys(parsed?.value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
