import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataDir } from '../../../src/data/pipeline.js';
import { caseDir } from '../../helpers/fixture.js';
import { run } from '../../helpers/run.js';

/** The mini dataset with text replaced in some of its files. */
function edited(edits: Record<string, [string, string][]>): string {
  const dir = caseDir();
  for (const [file, pairs] of Object.entries(edits)) {
    const path = join(dir, file);
    let text = readFileSync(path, 'utf8');
    for (const [from, to] of pairs) {
      expect(text, `${file} holds ${from}`).toContain(from);
      text = text.replace(from, to);
    }
    writeFileSync(path, text);
  }
  return dir;
}

const problems = async (dir: string): Promise<unknown[]> =>
  (await checkDataDir(dir)).diagnostics.map((d) => ({ code: d.code, severity: d.severity, file: d.file, line: d.line, column: d.column, args: d.args }));

describe('rules between facts: errors', () => {
  it('refuses an impossible calendar date on a source, and on a document', async () => {
    const dir = edited({
      'rounds/02.yaml': [['title: Two, language: en }', 'title: Two, language: en, date: "2017-02-31" }']],
      'rounds/01.yaml': [['agenda:', 'documents:\n  - { title: Statement, kind: joint-statement, date: "2019-04-31", sources: [s1] }\nagenda:']],
    });
    expect(await problems(dir)).toEqual([
      expect.objectContaining({ code: 'dates/invalid', file: 'rounds/01.yaml', line: 13, column: 54, args: { date: '2019-04-31' } }),
      expect.objectContaining({ code: 'dates/invalid', file: 'rounds/02.yaml', line: 31, args: { date: '2017-02-31' } }),
    ]);
    // Queries refuse the data, so cite never prints the date.
    const cite = await run(['cite', '2', '--data', dir]);
    expect(cite.code).toBe(3);
    expect(cite.out).toBe('');
  });

  it('refuses a party both present and absent at one meeting', async () => {
    const dir = edited({ 'rounds/02.yaml': [['  - party: un\n', '  - party: syria-opposition\n    role: party\n    sources: [s1]\n  - party: un\n']] });
    expect(await problems(dir)).toEqual([expect.objectContaining({ code: 'meeting/present-and-absent', severity: 'error', line: 19, column: 14, args: { party: 'syria-opposition' } })]);
  });

  it('refuses a name or alias shared by two parties, without regard to case or accents', async () => {
    const dir = edited({ 'parties.yaml': [['{ id: iran, name: Iran, kind: state }', '{ id: iran, name: Iran, kind: state, aliases: [TURKEY] }']] });
    expect(await problems(dir)).toEqual([expect.objectContaining({ code: 'ref/shared-name', severity: 'error', file: 'parties.yaml', line: 4, args: { kind: 'party', name: 'TURKEY', other: 'turkey' } })]);
    const accents = edited({ 'parties.yaml': [['{ id: iran, name: Iran, kind: state }', '{ id: iran, name: Iran, kind: state, aliases: [Turkiye] }']] });
    expect((await problems(accents)).map((p) => (p as { code: string }).code)).toEqual(['ref/shared-name']);
  });

  it('refuses an alias shared by two people, and only warns when two people share a name', async () => {
    const alias = edited({ 'people.yaml': [['{ id: envoy-a, name: Envoy A }', '{ id: envoy-a, name: Envoy A, aliases: [Envoy Bee] }']] });
    expect(await problems(alias)).toEqual([expect.objectContaining({ code: 'ref/shared-name', severity: 'error', file: 'people.yaml', line: 3, args: { kind: 'person', name: 'Envoy Bee', other: 'envoy-a' } })]);
    const name = edited({ 'people.yaml': [['{ id: envoy-b, name: Envoy B,', '{ id: envoy-b, name: Envoy A,']] });
    expect(await problems(name)).toEqual([expect.objectContaining({ code: 'people/same-name', severity: 'warning', line: 3, args: { name: 'Envoy A', other: 'envoy-a' } })]);
  });

  it('refuses a language code that ISO 639-1 does not have, with the nearest ones', async () => {
    const dir = edited({ 'rounds/02.yaml': [['title: Three, language: ar }', 'title: Three, language: xr }']] });
    expect(await problems(dir)).toEqual([expect.objectContaining({ code: 'source/unknown-language', severity: 'error', line: 32, column: 91, args: expect.objectContaining({ language: 'xr' }) })]);
    const { out } = await run(['validate', '--data', dir]);
    expect(out).toMatch(/'xr' is not an ISO 639-1 language code \(did you mean [a-z]{2}(, [a-z]{2})*\?\)/);
  });
});

describe('rules between facts: warnings', () => {
  it('warns on a gap in meeting numbers', async () => {
    const dir = caseDir();
    copyFileSync(join(dir, 'rounds/02.yaml'), join(dir, 'rounds/05.yaml'));
    const five = join(dir, 'rounds/05.yaml');
    writeFileSync(five, readFileSync(five, 'utf8').replace('round: 2', 'round: 5').replace('2020-05-01', '2020-09-01').replace('2020-05-02', '2020-09-02'));
    expect(await problems(dir)).toEqual([expect.objectContaining({ code: 'meeting/number-gap', severity: 'warning', file: 'rounds/05.yaml', line: 1, args: { kind: 'round', number: 5, missing: '3–4' } })]);
    const { code, out } = await run(['validate', '--data', dir]);
    expect([code, out]).toEqual([0, expect.stringContaining('no round numbered 3–4 before round 5')]);
  });

  it('warns on a meeting that starts after the newest source in the dataset, whatever the date today', async () => {
    const dir = edited({
      'rounds/01.yaml': [['title: One, language: en }', 'title: One, language: en, date: "2020-01-11" }']],
      'rounds/02.yaml': [['title: Two, language: en }', 'title: Two, language: en, date: "2020-04-30" }']],
    });
    expect(await problems(dir)).toEqual([expect.objectContaining({ code: 'dates/after-sources', severity: 'warning', file: 'rounds/02.yaml', line: 2, args: { start: '2020-05-01', newest: '2020-04-30' } })]);
  });

  it('checks dataset.yaml like the rest: its schema at line and column, and the sources it cites', async () => {
    const dir = edited({ 'dataset.yaml': [['version: 0.3.0', 'version: "0.3"'], ['maintainers:', 'process:\n  ucdpConflict: 299\n  sources: [ucdp]\nmaintainers:']] });
    expect(await problems(dir)).toEqual([
      expect.objectContaining({ code: 'schema/pattern', file: 'dataset.yaml', line: 3, column: 10 }),
    ]);
    const unsourced = edited({ 'dataset.yaml': [['maintainers:', 'process:\n  ucdpConflict: 299\n  sources: [ucdp]\nmaintainers:']] });
    expect(await problems(unsourced)).toEqual([expect.objectContaining({ code: 'ref/unknown-source', file: 'dataset.yaml', line: 11, column: 13, args: expect.objectContaining({ id: 'ucdp' }) })]);
  });

  it('finds none of these in the bundled data', async () => {
    const { diagnostics } = await checkDataDir(join(import.meta.dirname, '../../data'));
    const mine = ['dates/invalid', 'meeting/present-and-absent', 'ref/shared-name', 'source/unknown-language', 'people/same-name', 'meeting/number-gap', 'dates/after-sources'];
    expect(diagnostics.filter((d) => mine.includes(d.code))).toEqual([]);
  });
});
