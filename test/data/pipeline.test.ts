import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataDir } from '../../src/data/pipeline.js';
import { loadDataset } from '../../src/data/source.js';
import { DataError } from '../../src/errors.js';
import { invalidDataMessage } from '../../src/render/diagnostics.js';
import { caseDir } from '../helpers/fixture.js';
import { bundledData, run } from '../helpers/run.js';

const codes = async (dir: string): Promise<string[]> => (await checkDataDir(dir)).diagnostics.map((d) => d.code);

describe('checkDataDir', () => {
  it('finds no problem at all in the bundled data, so that validate --strict passes in CI', async () => {
    const found = (await checkDataDir(bundledData)).diagnostics;
    expect(found.map((d) => [d.code, d.file])).toEqual([]);
  });

  it('finds no problem in the small valid fixture and builds a dataset', async () => {
    const checked = await checkDataDir(caseDir());
    expect(checked.diagnostics).toEqual([]);
    expect(checked.dataset?.rounds.map((r) => r.round)).toEqual([1, 2]);
  });

  // Each case differs from the valid fixture by one edit; the expected diagnostic names the rule and the spot.
  it.each([
    ['yaml-syntax', 'yaml/bad-indent', 'rounds/02.yaml', 18],
    ['schema-required', 'schema/required', 'rounds/02.yaml', 1],
    ['schema-additional', 'schema/additionalProperties', 'rounds/02.yaml', 4],
    ['schema-enum', 'schema/enum', 'rounds/02.yaml', 9],
    ['unknown-party', 'ref/unknown-party', 'rounds/02.yaml', 5],
    ['unknown-person', 'ref/unknown-person', 'rounds/02.yaml', 13],
    ['unknown-topic', 'ref/unknown-topic', 'rounds/02.yaml', 19],
    ['unknown-resolution', 'ref/unknown-resolution', 'rounds/02.yaml', 22],
    ['unknown-source', 'ref/unknown-source', 'rounds/02.yaml', 19],
    ['end-before-start', 'dates/end-before-start', 'rounds/02.yaml', 2],
    ['invalid-date', 'dates/invalid', 'rounds/02.yaml', 2],
    ['duplicate-number', 'meeting/duplicate-number', 'rounds/03.yaml', 1],
    ['file-name', 'meeting/file-name', 'rounds/02.yaml', 1],
    ['overlap', 'dates/overlap', 'rounds/03.yaml', 2],
    ['head-shape', 'schema/minItems', 'rounds/02.yaml', 12],
    ['unknown-city', 'ref/unknown-city', 'rounds/02.yaml', 3],
    ['ambiguous-city', 'ref/ambiguous-city-name', 'cities.yaml', 5],
    ['complete-without-basis', 'coverage/complete-without-basis', 'rounds/02.yaml', 24],
  ])('%s gives %s at %s:%i', async (name, code, file, line) => {
    const dir = caseDir(name);
    const found = (await checkDataDir(dir)).diagnostics.find((d) => d.code === code);
    expect(found, `expected ${code} among ${(await codes(dir)).join(', ')}`).toBeDefined();
    expect(found).toMatchObject({ severity: 'error', file, line });
    expect(found!.column).toBeGreaterThan(0);
    const cli = await run(['validate', '--data', dir, '--format', 'json']);
    expect(cli.code).toBe(1);
    expect(cli.out).toContain(`"code": "${code}"`);
    expect(cli.err).not.toMatch(/\n\s+at /);
  });

  it('reads numbers as YAML 1.2 does, whichever parser reads the file: 0b11 is text, not 3', async () => {
    const dir = caseDir();
    const file = join(dir, 'rounds/02.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('publisher: Example, title: Two', 'publisher: 0b11, title: Two'));
    expect((await checkDataDir(dir)).diagnostics).toEqual([]);
    writeFileSync(file, readFileSync(file, 'utf8').replace('round: 2', 'round: 0b10'));
    expect((await checkDataDir(dir)).diagnostics.map((d) => [d.code, d.line])).toEqual([['schema/type', 1]]);
  });

  it('warns on a source URL that is a listing page, has a trailing dot after the host or an HTML entity', async () => {
    const found = (await checkDataDir(caseDir('poor-urls'))).diagnostics.map((d) => [d.code, d.severity, d.line]);
    expect(found).toEqual([
      ['source/trailing-dot-host', 'warning', 33],
      ['source/listing-page', 'warning', 34],
      ['source/listing-page', 'warning', 35],
      ['source/html-entity', 'warning', 36],
    ]);
  });

  it('points at the offending value, not just its line', async () => {
    const d = (await checkDataDir(caseDir('unknown-topic'))).diagnostics[0]!;
    expect([d.line, d.column]).toEqual([19, 14]);
  });

  it('reports a nearest match for an unknown reference', async () => {
    const d = (await checkDataDir(caseDir('unknown-party'))).diagnostics.find((x) => x.code === 'ref/unknown-party');
    expect(d?.args).toMatchObject({ id: 'rusia', suggestions: 'russia' });
  });

  it('keeps only the closest branch of a failed oneOf', async () => {
    const found = await codes(caseDir('head-shape'));
    expect(found).toEqual(['schema/minItems']);
  });

  it('treats an unused source as a warning, and the data stays usable', async () => {
    const checked = await checkDataDir(caseDir('unused-source'));
    expect(checked.diagnostics.map((d) => [d.code, d.severity])).toEqual([['source/unused', 'warning']]);
    expect(checked.dataset).toBeDefined();
  });

  it('reports a missing registry file and a missing data directory', async () => {
    expect(await codes(caseDir(undefined, { remove: ['topics.yaml'] }))).toContain('load/missing-file');
    expect(await codes('/nonexistent/astana-data')).toEqual(['load/missing-dir']);
  });
});

describe('loadDataset', () => {
  it('throws a DataError carrying the first problem, which reads as file:line:col', async () => {
    const dir = caseDir('unknown-party');
    const error = await loadDataset(dir, { shown: 'mydata', env: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    const { diagnostic, more, shown } = error as DataError;
    expect(diagnostic).toMatchObject({ code: 'ref/unknown-party', file: 'rounds/02.yaml', line: 5 });
    expect(invalidDataMessage(diagnostic, more, shown)).toMatch(/^invalid data: mydata\/rounds\/02\.yaml:5:\d+: unknown party 'rusia'/);
  });
});
