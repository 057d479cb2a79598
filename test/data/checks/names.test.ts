import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataDir } from '../../../src/data/pipeline.js';
import { caseDir } from '../../helpers/fixture.js';
import { run } from '../../helpers/run.js';

/** The mini dataset with Iran given one alias, written as a double-quoted YAML scalar. */
function iranAlias(yaml: string): string {
  const dir = caseDir();
  const file = join(dir, 'parties.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('{ id: iran, name: Iran, kind: state }', `{ id: iran, name: Iran, kind: state, aliases: ["${yaml}"] }`));
  return dir;
}

const codes = async (dir: string) => (await checkDataDir(dir)).diagnostics.map((d) => ({ code: d.code, path: d.args?.path, char: d.args?.char }));

describe('names a reader cannot tell apart are refused', () => {
  it.each([
    ['a zero-width space', '\\u200b', 'U+200B'],
    ['a soft hyphen', '\\u00ad', 'U+00AD'],
    ['a word joiner', '\\u2060', 'U+2060'],
    ['a byte-order mark', '\\ufeff', 'U+FEFF'],
    ['an Arabic letter mark', '\\u061c', 'U+061C'],
  ])('an alias "Russia" with %s on another party: text/invisible-character', async (_what, escape, char) => {
    const dir = iranAlias(`Russia${escape}`);
    expect(await codes(dir)).toEqual([expect.objectContaining({ code: 'text/invisible-character', char })]);
    // The data is refused, so no query can resolve Russia to Iran through it.
    const query = await run(['attendance', '--party', 'Russia', '--data', dir]);
    expect(query.code).toBe(3);
    expect(query.out).toBe('');
  });

  it('keeps the joiners Persian writes with (ZWNJ, ZWJ)', async () => {
    const dir = iranAlias('جمهوری\\u200cاسلامی');
    expect(await codes(dir)).toEqual([]);
    const shown = await run(['parties', 'show', 'جمهوری\u200cاسلامی', '--format', 'json', '--data', dir]);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.out).id).toBe('iran');
  });

  it.each([
    ['full-width letters', 'ＲＵＳＳＩＡ'],
    ['another case', 'rUSSIA'],
    ['accents', 'Rüssía'],
  ])('finds an alias that folds to another party\'s name: %s', async (_what, alias) => {
    expect(await codes(iranAlias(alias))).toEqual([expect.objectContaining({ code: 'ref/shared-name' })]);
  });

  it('resolves a name typed with an invisible character to the party a reader sees', async () => {
    const found = await run(['parties', 'show', 'Russia\u200b', '--format', 'json', '--data', caseDir()]);
    expect(found.code).toBe(0);
    expect(JSON.parse(found.out).id).toBe('russia');
  });
});

describe('no single text can stall a page', () => {
  it('refuses a 900 KB word in a summary, a name over 300 characters and a URL over 2,048', async () => {
    const dir = caseDir();
    const round = join(dir, 'rounds/02.yaml');
    writeFileSync(round, readFileSync(round, 'utf8').replace('summary: Golan', `summary: G${'o'.repeat(900_000)}lan`).replace('url: https://example.org/three', `url: https://example.org/${'x'.repeat(2048)}`));
    const parties = join(dir, 'parties.yaml');
    writeFileSync(parties, readFileSync(parties, 'utf8').replace('name: Iran,', `name: I${'r'.repeat(300)}an,`));
    const found = (await checkDataDir(dir)).diagnostics;
    expect(found.map((d) => [d.file, d.code, d.args?.path])).toEqual([
      ['parties.yaml', 'schema/maxLength', '/parties/2/name'],
      ['rounds/02.yaml', 'schema/maxLength', '/agenda/1/summary'],
      ['rounds/02.yaml', 'schema/maxLength', '/sources/1/url'],
    ]);
    const shown = await run(['validate', '--data', dir]);
    expect(shown.code).toBe(1);
    // The message names the field; it does not echo the word.
    expect(shown.out.length).toBeLessThan(20_000);
  });
});
