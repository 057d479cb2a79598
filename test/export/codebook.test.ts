import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Metadata } from '../../src/model/types.js';
import { parseCsv } from '../helpers/csv.js';
import { caseDir } from '../helpers/fixture.js';
import { bundledData, run } from '../helpers/run.js';

interface Field {
  name: string;
  type: string;
  format?: string;
  description?: string;
  constraints?: { required?: boolean; enum?: string[] };
}
interface Resource {
  name: string;
  path: string;
  schema: { fields: Field[]; primaryKey: string | string[] };
}

async function exportTo(args: string[] = []): Promise<{ dir: string; readme: string; resources: Resource[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'astana-codebook-'));
  const result = await run(['export', '--to', dir, ...args]);
  expect([result.code, result.err]).toEqual([0, '']);
  const { resources } = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as { resources: Resource[] };
  return { dir, readme: readFileSync(join(dir, 'README.md'), 'utf8'), resources };
}

/** The body rows of the first Markdown table under a heading, up to the next heading, as cells. */
function tableUnder(readme: string, heading: string): string[][] {
  const start = readme.indexOf(`\n${heading}\n`);
  expect(start, heading).toBeGreaterThan(-1);
  const rest = readme.slice(start + heading.length + 2);
  const end = rest.search(/\n#{2,3} /);
  return (end === -1 ? rest : rest.slice(0, end))
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('|---'))
    .slice(1)
    .map((line) => line.slice(2, -2).split(/ (?<!\\)\| /));
}

const unquote = (cell: string): string => cell.replace(/^`|`$/g, '');

describe('the README.md codebook of an export', () => {
  let pkg: Awaited<ReturnType<typeof exportTo>>;
  beforeAll(async () => {
    pkg = await exportTo();
  });

  it('names every file of the package, with its row count', () => {
    const files = tableUnder(pkg.readme, '## Files');
    expect(files.map((cells) => cells[0])).toEqual(pkg.resources.map((r) => `[\`${r.path}\`](#${r.name})`));
    for (const [i, r] of pkg.resources.entries()) {
      expect(files[i]![3], r.name).toBe(String(parseCsv(readFileSync(join(pkg.dir, r.path), 'utf8')).length));
    }
  });

  it('describes every field of every table, in order, with its type, whether it is required, and its description', () => {
    for (const r of pkg.resources) {
      const rows = tableUnder(pkg.readme, `### ${r.name}`);
      expect(rows.map((cells) => unquote(cells[0]!)), r.name).toEqual(r.schema.fields.map((f) => f.name));
      for (const [i, f] of r.schema.fields.entries()) {
        const [, type, required, description] = rows[i]!;
        expect(type, `${r.name}.${f.name}`).toBe(f.format ? `${f.type} (${f.format})` : f.type);
        expect(required, `${r.name}.${f.name}`).toBe(f.constraints?.required ? 'yes' : '');
        // Every column says what it holds.
        expect(f.description, `${r.name}.${f.name}`).toBeTruthy();
        expect(description!.replace(/\\\|/g, '|'), `${r.name}.${f.name}`).toContain(f.description!);
        for (const value of f.constraints?.enum ?? []) expect(description, `${r.name}.${f.name}`).toContain(`\`${value}\``);
      }
      const key = [r.schema.primaryKey].flat().map((k) => `\`${k}\``).join(' + ');
      expect(pkg.readme, r.name).toMatch(new RegExp(`\\(\`${r.path}\`\\): one row per [^\\n]+\\. Key: ${key.replace(/[+]/g, '\\+')}\\.`));
    }
  });

  it('says what the package is, its licence and how to cite it, from data/dataset.yaml', () => {
    const meta = parse(readFileSync(join(bundledData, 'dataset.yaml'), 'utf8')) as Metadata;
    expect(pkg.readme.startsWith(`# ${meta.title}\n\nVersion ${meta.version}, released ${meta.released}.\n`)).toBe(true);
    const licence = pkg.readme.slice(pkg.readme.indexOf('## Licence'));
    expect(licence).toContain(`[${meta.licence.name}](${meta.licence.url})`);
    expect(licence).toMatch(/[Qq]uoted passages .* remain their publishers'/);
    const cite = pkg.readme.slice(pkg.readme.indexOf('## How to cite'));
    for (const part of [meta.title, meta.version, meta.released, ...meta.maintainers.map((m) => m.name)]) expect(cite).toContain(part);
    expect(cite).toContain('astana cite --dataset');
  });

  it('says what a missing row and a blank cell mean, and that the CSV files carry a formula guard SQLite does not', () => {
    const meaning = pkg.readme.slice(pkg.readme.indexOf('## What a missing row'), pkg.readme.indexOf('## Tables'));
    expect(meaning).toMatch(/no row in `participation` .* \*unknown\* at that meeting, never absent/);
    expect(meaning).toMatch(/missing from `agenda_items` .* absent .* only where `meetings\.agenda_coverage` is `complete`/);
    expect(meaning).toMatch(/blank cell .* unknown/);
    expect(meaning).toMatch(/begins with `=`, `\+`, `-`, `@`, a tab or a carriage return has a leading `'`/);
    expect(meaning).toMatch(/SQLite .* keeps the raw text/);
  });

  it('is written from the data exported: data without dataset.yaml says it has no release date or licence', async () => {
    const bare = await exportTo(['--data', caseDir(undefined, { remove: ['dataset.yaml'] })]);
    const { version } = JSON.parse(readFileSync(join(bare.dir, 'datapackage.json'), 'utf8')) as { version: string };
    expect(bare.readme).toContain(`Version ${version} (the data has no dataset.yaml, so no release date).`);
    expect(bare.readme).toContain('The data states no licence');
    expect(tableUnder(bare.readme, '## Files').find((cells) => cells[0]!.includes('meetings.csv'))![3]).toBe('3');
  });
});
