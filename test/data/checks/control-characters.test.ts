import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataDir } from '../../../src/data/pipeline.js';
import { caseDir } from '../../helpers/fixture.js';
import { run } from '../../helpers/run.js';

/** The mini dataset with one text field of round 2 replaced by a double-quoted YAML scalar. */
function withText(field: 'summary: Golan' | 'title: Three' | 'url: https://example.org/three' | 'reason: boycott', yaml: string): string {
  const dir = caseDir();
  const file = join(dir, 'rounds/02.yaml');
  const [key] = field.split(':');
  writeFileSync(file, readFileSync(file, 'utf8').replace(field, `${key}: ${yaml}`));
  return dir;
}

describe('text fields refuse what could drive a terminal or reorder text', () => {
  it.each([
    ['ESC (an OSC 52 clipboard write)', '"Golan \\e]52;c;cm0gLXJmIH4=\\a"', 'U+001B'],
    ['BEL', '"Golan\\a"', 'U+0007'],
    ['BS', '"Golan\\b"', 'U+0008'],
    ['a tab', '"Go\\tlan"', 'U+0009'],
    ['a newline', '"Go\\nlan"', 'U+000A'],
    ['DEL', '"Golan\\x7f"', 'U+007F'],
    ['NEL (a C1 control)', '"Golan\\N"', 'U+0085'],
    ['CSI (a C1 control)', '"Golan\\x9b31m"', 'U+009B'],
    ['the line separator', '"Golan\\L"', 'U+2028'],
    ['the paragraph separator', '"Golan\\P"', 'U+2029'],
    ['right-to-left embedding', '"Golan\\u202b"', 'U+202B'],
    ['right-to-left override', '"\\u202enaloG"', 'U+202E'],
    ['first strong isolate', '"Golan\\u2068"', 'U+2068'],
  ])('%s in a summary: text/control-character at its line and column', async (_name, yaml, char) => {
    const dir = withText('summary: Golan', yaml);
    const found = (await checkDataDir(dir)).diagnostics;
    expect(found).toEqual([expect.objectContaining({ code: 'text/control-character', severity: 'error', file: 'rounds/02.yaml', line: 19, column: 30, args: expect.objectContaining({ char }) })]);
  });

  it.each([
    ['title: Three', '"Three\\e[2J"'],
    ['url: https://example.org/three', '"https://example.org/\\u202eexe.txt"'],
    ['reason: boycott', '"boycott\\e]0;title\\a"'],
  ])('refuses them in %s too', async (field, yaml) => {
    expect((await checkDataDir(withText(field as 'title: Three', yaml))).diagnostics.map((d) => d.code)).toEqual(['text/control-character']);
  });

  it('accepts any other text: accents, scripts, emoji, quotes', async () => {
    const dir = withText('summary: Golan', '"Golan — الجولان, Голаны, «Türkiye», 🇸🇾 \\"quoted\\""');
    expect((await checkDataDir(dir)).diagnostics).toEqual([]);
  });

  it('says which character, as an escape, and prints none raw', async () => {
    const { code, out } = await run(['validate', '--data', caseDir('control-character')]);
    expect(code).toBe(1);
    expect(out).toContain('/agenda/1/summary contains U+001B, a control or bidirectional formatting character');
    expect(out).not.toMatch(/[\u0007\u001b]/);
    const query = await run(['rounds', 'show', '2', '--data', caseDir('control-character')]);
    expect(query.code).toBe(3);
    expect(query.err).not.toMatch(/[\u0007\u001b]/);
  });

  it('escapes control characters of the file itself in code frames and of file names in paths', async () => {
    const dir = caseDir();
    const file = join(dir, 'rounds/02.yaml');
    // A raw ESC in a comment: the YAML is fine, the schema never sees it, the code frame would print it.
    writeFileSync(file, readFileSync(file, 'utf8').replace('  - { topic: golan,', '  # \u001b]52;c;eA==\u0007\n  - { topic: golann,'));
    writeFileSync(join(dir, 'rounds/\u001b[31m09.yaml'), 'round: 9\n');
    const { out } = await run(['validate', '--data', dir]);
    expect(out).toContain('\\x1b]52;c;eA==\\x07');
    expect(out).toContain('rounds/\\x1b[31m09.yaml');
    expect(out).not.toMatch(/[\u0007\u001b]/);
  });
});
