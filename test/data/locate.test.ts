import fc from 'fast-check';
import { dump } from 'js-yaml';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainLocator, yamlLocator } from '../../src/data/locate.js';
import { fastParse } from '../../src/data/parse.js';
import { loadYaml } from '../../src/data/yaml-module.js';
import { bundledData } from '../helpers/run.js';

const yaml = await loadYaml();

type Path = (string | number)[];

/** Every path to a node of a value, with the key of each mapping entry as well. */
function paths(value: unknown, at: Path = []): { segments: Path; key?: string }[] {
  const here = [{ segments: at }];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...at, i])), { segments: [...at, value.length] }];
  if (value !== null && typeof value === 'object') {
    return [...here, ...Object.entries(value).flatMap(([k, v]) => [{ segments: at, key: k }, ...paths(v, [...at, k])]), { segments: [...at, 'missing'] }];
  }
  return here;
}

/** The plain locator must put every node where `yaml` puts it. */
async function samePositions(text: string): Promise<number> {
  const plain = plainLocator(text);
  if (plain === undefined) return 0;
  const reference = await yamlLocator(text);
  const value = fastParse(text)!.value;
  for (const { segments, key } of paths(value)) expect(plain(segments, key), `${JSON.stringify(segments)} ${key ?? ''}\n${text}`).toEqual(reference(segments, key));
  return 1;
}

const key = fc.constantFrom('a', 'round', 'sources', 'id', 'x_1', 'k-2', 'summary');
const scalar = fc.oneof(fc.constantFrom('text', 'two words', 'https://x.org/a?b=c', "it's", 'a [b] c', '', 'yes', '0b11'), fc.integer(), fc.boolean(), fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true }));
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('tree'), { maxLength: 4 }),
  map: fc.dictionary(key, tie('tree'), { maxKeys: 4 }),
}));

describe('positions read from the lines of a plain file', () => {
  it('are those `yaml` gives, for every node of generated documents in block and flow style', async () => {
    let located = 0;
    const styles = [(v: unknown) => yaml.stringify(v), (v: unknown) => dump(v), (v: unknown) => dump(v, { flowLevel: 1 }), (v: unknown) => dump(v, { flowLevel: 2, indent: 4 }), (v: unknown) => yaml.stringify(v, { indentSeq: false }), (v: unknown) => dump(v).replace(/: null$/gm, ':')];
    await fc.assert(
      fc.asyncProperty(fc.dictionary(key, tree, { minKeys: 1, maxKeys: 5 }), fc.constantFrom(...styles), async (value, style) => {
        located += await samePositions(`# a comment\n${style(value)}`);
      }),
      { numRuns: 1500, seed: 21 },
    );
    expect(located).toBeGreaterThan(500);
  });

  it('are those `yaml` gives, for every node of every bundled data file', async () => {
    const files = ['parties.yaml', 'people.yaml', 'topics.yaml', 'resolutions.yaml', ...readdirSync(join(bundledData, 'rounds')).map((f) => `rounds/${f}`)];
    for (const file of files) expect(await samePositions(readFileSync(join(bundledData, file), 'utf8'))).toBe(1);
  });
});
