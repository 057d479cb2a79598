import { Ajv } from 'ajv';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseDir } from '../helpers/fixture.js';
import { fixtures, repoRoot, run } from '../helpers/run.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'astana-cli-'));

describe('astana export', () => {
  it('needs somewhere to write', async () => {
    const { code, err, out } = await run(['export']);
    expect([code, out]).toEqual([2, '']);
    expect(err).toBe('astana: export needs --to DIR, --sqlite FILE or both\n');
  });

  it('says in one line when it cannot write, and leaves nothing behind', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'file'), '');
    const result = await run(['export', '--sqlite', join(dir, 'file', 'astana.db')]);
    expect(result.code).toBe(74);
    expect(result.err).toMatch(/^astana: cannot write '.*file\/astana\.db': a parent is not a directory \(ENOTDIR\)\n$/);
    expect(readdirSync(dir)).toEqual(['file']);
  });

  it('lists what it wrote, relative paths as given, and its JSON follows the schema', async () => {
    const dir = tmp();
    const table = await run(['export', '--to', 'pkg', '--sqlite', 'a.db'], { cwd: dir });
    expect(table.code).toBe(0);
    expect(table.out.split('\n').slice(1, 3)).toEqual(['pkg/datapackage.json\t\t', 'pkg/README.md\t\t']);
    expect(table.out).toMatch(/^pkg\/meetings\.csv\tmeetings\t\d+$/m);
    expect(existsSync(join(dir, 'a.db'))).toBe(true);
    const json = JSON.parse((await run(['export', '--to', 'pkg', '--format', 'json'], { cwd: dir })).out);
    // The codebook is listed as datapackage.json is: a file of the package, not a table.
    expect(json.files.slice(0, 2)).toEqual([{ path: 'pkg/datapackage.json' }, { path: 'pkg/README.md' }]);
    const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas/output/export.schema.json'), 'utf8'));
    const validate = new Ajv({ strict: true, keywords: ['x-format-version'] }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect((await run(['schema', 'export'])).code).toBe(0);
  });

  it('stops on invalid data with exit code 3, writing nothing', async () => {
    const dir = tmp();
    const { code } = await run(['export', '--to', join(dir, 'out'), '--data', join(fixtures, 'invalid', 'unknown-party')]);
    expect(code).toBe(3);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('astana report', () => {
  it('prints the page on standard output, or writes it with --out and prints nothing', async () => {
    const piped = await run(['report', '--data', join(fixtures, 'mini')]);
    expect(piped.code).toBe(0);
    expect(piped.out).toMatch(/^<!doctype html>\n/);
    const file = join(tmp(), 'r.html');
    const written = await run(['report', '--data', join(fixtures, 'mini'), '--out', file]);
    expect([written.code, written.out, written.err]).toEqual([0, '', '']);
    expect(readFileSync(file, 'utf8')).toBe(piped.out);
  });

  it('refuses an unknown flag with the nearest one', async () => {
    const { code, err } = await run(['report', '--ot', 'x.html']);
    expect(code).toBe(2);
    expect(err).toMatch(/unknown option '--ot'.*did you mean --out\?/);
  });
});

// The bundle loads sql.js from node_modules at run time (its .wasm sits beside it): check it as a user runs it.
describe('the built binary', () => {
  it('exports SQLite and writes the report', () => {
    const dir = tmp();
    const bin = join(repoRoot, 'bin/astana.js');
    const env = { ...process.env, ASTANA_CACHE_DIR: join(dir, 'cache') };
    const exported = spawnSync(process.execPath, [bin, 'export', '--sqlite', 'a.db', '--format', 'json'], { cwd: dir, encoding: 'utf8', env });
    expect([exported.status, exported.stderr]).toEqual([0, '']);
    expect(readFileSync(join(dir, 'a.db')).subarray(0, 15).toString()).toBe('SQLite format 3');
    const report = spawnSync(process.execPath, [bin, 'report', '--out', 'r.html'], { cwd: dir, encoding: 'utf8', env });
    expect([report.status, report.stderr]).toEqual([0, '']);
    expect(readFileSync(join(dir, 'r.html'), 'utf8')).toContain('<svg id="attendance-chart"');
  });
});

describe('docs/commands.md', () => {
  it('shows the real start of `astana export --to astana-data`', async () => {
    const readme = readFileSync(join(repoRoot, 'docs/commands.md'), 'utf8');
    const { out } = await run(['export', '--to', 'astana-data', '--format', 'table'], { cwd: tmp() });
    expect(readme).toContain(`$ astana export --to astana-data\n${out.split('\n').slice(0, 7).join('\n')}\n…\n`);
  });
});

describe('astana report on a terminal', () => {
  it('will not print the page to a terminal, and says how to write it', async () => {
    const { code, out, err } = await run(['report'], { isTTY: true, columns: 80 });
    expect([code, out]).toEqual([2, '']);
    expect(err).toBe('astana: the report is an HTML page: give --out FILE, or redirect it (astana report > report.html)\n');
  });
});

describe('data without meetings', () => {
  it('still exports and reports, saying so instead of failing', async () => {
    // Nor dataset.yaml, so no release date either: the package has no date at all.
    const data = caseDir(undefined, { remove: ['rounds/01.yaml', 'rounds/02.yaml', 'summits/01.yaml', 'dataset.yaml'] });
    const dir = tmp();
    const exported = await run(['export', '--to', join(dir, 'pkg'), '--sqlite', join(dir, 'a.db'), '--data', data]);
    expect([exported.code, exported.err]).toEqual([0, '']);
    const descriptor = JSON.parse(readFileSync(join(dir, 'pkg', 'datapackage.json'), 'utf8'));
    expect(descriptor.created).toBeUndefined();
    expect(readFileSync(join(dir, 'pkg', 'meetings.csv'), 'utf8').split('\r\n').filter(Boolean)).toHaveLength(1);
    const report = await run(['report', '--data', data]);
    expect([report.code, report.err]).toEqual([0, '']);
    expect(report.out).toContain('<p>The data holds no meetings yet.</p>');
  });
});
