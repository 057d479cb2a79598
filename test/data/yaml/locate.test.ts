import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pointerSegments, yamlLocator } from '../../../src/data/yaml/locate.js';
import { parseYaml } from '../../../src/data/yaml/parse.js';
import { loadYaml } from '../../../src/data/yaml/module.js';
import { bundledData } from '../../helpers/run.js';

const yaml = await loadYaml();

type Path = (string | number)[];

/** Every mapping key of a value, with the path of the mapping that holds it. */
function keys(value: unknown, at: Path = []): { segments: Path; key: string }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => keys(v, [...at, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [{ segments: at, key: k }, ...keys(v, [...at, k])]);
  return [];
}

describe('positions of a problem', () => {
  it('point at the key itself, for every key of every bundled data file', async () => {
    const files = ['parties.yaml', 'people.yaml', 'topics.yaml', 'resolutions.yaml', 'cities.yaml', ...readdirSync(join(bundledData, 'rounds')).map((f) => `rounds/${f}`)];
    let located = 0;
    for (const file of files) {
      const text = readFileSync(join(bundledData, file), 'utf8');
      const lines = text.split('\n');
      const find = await yamlLocator(text);
      for (const { segments, key } of keys(parseYaml(yaml, text, file).value)) {
        const { line, column } = find(segments, key);
        expect(lines[line - 1]!.slice(column - 1), `${file} ${JSON.stringify(segments)} ${key}`).toMatch(new RegExp(`^["']?${key.replace(/[-[\]{}()*+?.,\\^$|#]/g, '\\$&')}["']?\\s*:`));
        located++;
      }
    }
    expect(located).toBeGreaterThan(5000);
  });

  it('point at the value of a path, in block and flow style, and at the nearest node that exists', async () => {
    const find = await yamlLocator('a:\n  b: [x, {c: 1}]\n  d:\n    - e\n    - f: 2\n');
    expect(find(['a', 'b', 1, 'c'])).toEqual({ line: 2, column: 14 });
    expect(find(['a', 'b', 1], 'c')).toEqual({ line: 2, column: 11 });
    expect(find(['a', 'd', 1, 'f'])).toEqual({ line: 5, column: 10 });
    expect(find(['a', 'd', 7])).toEqual({ line: 4, column: 5 });
    expect(find(['a', 'missing', 'x'])).toEqual({ line: 2, column: 3 });
  });

  it('follow JSON pointers, escapes included', () => {
    expect(pointerSegments('')).toEqual([]);
    expect(pointerSegments('/a~1b/0/c~0d')).toEqual(['a/b', '0', 'c~d']);
  });
});
