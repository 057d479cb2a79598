import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Metadata } from '../../src/model/types.js';
import { citationStyleNames } from '../../src/render/citation-styles.js';
import { caseDir } from '../helpers/fixture.js';
import { fixtures, repoRoot, run } from '../helpers/run.js';

const metadataOf = (dir: string): Metadata => parse(readFileSync(join(dir, 'dataset.yaml'), 'utf8')) as Metadata;

describe('astana cite --dataset', () => {
  it.each(citationStyleNames)('cites the dataset with its version and release date in --style %s', async (style) => {
    const m = metadataOf(`${repoRoot}data`);
    const { code, out, err } = await run(['cite', '--dataset', '--style', style]);
    expect([code, err]).toEqual([0, '']);
    expect(out).toContain(m.version);
    if (style === 'csl-json') expect(JSON.parse(out)[0].issued).toEqual({ 'date-parts': [m.released.split('-').map(Number)] });
    else expect(out).toContain(m.released);
    expect(out).not.toMatch(/\bround-\d+-/);
  });

  it('gives CSL-JSON by default: a list of one dataset item, from the data directory it is given', async () => {
    const m = metadataOf(`${fixtures}/mini`);
    const items = JSON.parse((await run(['cite', '--dataset', '--data', `${fixtures}/mini`])).out) as Record<string, unknown>[];
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ type: 'dataset', title: m.title, version: m.version, issued: { 'date-parts': [m.released.split('-').map(Number)] } });
  });

  it('says in one line, exit 2, that data without dataset.yaml has no dataset to cite', async () => {
    const dir = caseDir(undefined, { remove: ['dataset.yaml'] });
    const { code, out, err } = await run(['cite', '--dataset', '--data', dir]);
    expect([code, out]).toEqual([2, '']);
    expect(err).toBe(`astana: the data in '${dir}' has no dataset.yaml, which names the dataset, its version and its licence: there is no dataset to cite (schemas/dataset.schema.json says what it holds)\n`);
    // The sources of the same data are still cited.
    expect((await run(['cite', '--data', dir])).code).toBe(0);
  });

  it('refuses a meeting too, or --format, each with a usage error that says what to give', async () => {
    const both = await run(['cite', '21', '--dataset']);
    expect([both.code, both.out]).toEqual([2, '']);
    expect(both.err).toBe("astana: --dataset cites the dataset, '21' asks for a meeting's sources: give one of them, and run astana cite twice for both\n");
    for (const flags of [['--format', 'csv'], ['--json'], ['--fields', 'title']]) {
      const records = await run(['cite', '--dataset', ...flags]);
      expect(records.code, flags.join(' ')).toBe(2);
      expect(records.err).toMatch(/^astana: --dataset prints a citation, not records: give --style \(csl-json, biblatex, bibtex, text\) instead of --format, --json or --fields\n$/);
    }
  });

  it('names the styles for an unknown one', async () => {
    const { code, err } = await run(['cite', '--dataset', '--style', 'ris']);
    expect(code).toBe(2);
    expect(err).toBe(`astana: unknown citation style 'ris' (styles: ${citationStyleNames.join(', ')})\n`);
  });
});

describe('astana cite, built, in a pipe', () => {
  it('prints the dataset entry whole to a pipe, and ends quietly when the reader stops', () => {
    const bin = join(repoRoot, 'bin/astana.js');
    const whole = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" cite --dataset --style biblatex | cat`], { encoding: 'utf8' });
    expect([whole.status, whole.stderr]).toEqual([0, '']);
    expect(whole.stdout).toMatch(/^@dataset\{astana-dataset,\n[\s\S]*\n\}\n$/);
    const cut = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" cite --style text | head -1`], { encoding: 'utf8' });
    expect([cut.status, cut.stderr]).toEqual([0, '']);
    expect(cut.stdout.split('\n')).toHaveLength(2);
  });
});
