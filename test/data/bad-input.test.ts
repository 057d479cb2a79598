import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataDir } from '../../src/data/pipeline.js';
import { maxFileBytes } from '../../src/data/yaml/read.js';
import { badCase, caseDir } from '../helpers/fixture.js';
import { run } from '../helpers/run.js';

const stackTrace = /\n\s+at .+:\d+:\d+/;

// Each bad input: the rule id, where it points, the exit codes of validate (1) and of a query
// (3), and never a stack trace. Fixtures live in test/fixtures/bad/<case>/, laid over fixtures/mini.
describe.each([
  ['tab-indent', 'yaml/tab-as-indent', 'rounds/02.yaml', 6, 1],
  ['alias-bomb', 'yaml/too-many-aliases', 'rounds/02.yaml', 3, 11],
  ['proto-keys', 'schema/additionalProperties', 'rounds/02.yaml', 4, 1],
  ['duplicate-key', 'yaml/duplicate-key', 'rounds/02.yaml', 4, 1],
  // The key and the sequence's place in the block count a level each, one more than there is.
  ['deep-nesting', 'yaml/too-deep', 'rounds/02.yaml', 2, 71],
  ['binary', 'load/binary', 'rounds/02.yaml', 0, 0],
  ['non-utf8', 'load/encoding', 'rounds/02.yaml', 2, 27],
  ['empty-file', 'load/empty', 'rounds/02.yaml', 0, 0],
  ['top-level-list', 'schema/type', 'rounds/02.yaml', 1, 1],
  ['multiple-documents', 'yaml/multiple-docs', 'rounds/02.yaml', 33, 1],
  ['directory-as-file', 'load/not-a-file', 'rounds/03.yaml', 0, 0],
  ['symlink-loop', 'load/unreadable', 'rounds/03.yaml', 0, 0],
  ['dangling-symlink', 'load/unreadable', 'rounds/03.yaml', 0, 0],
])('%s', async (name, code, file, line, column) => {
  it(`gives ${code} at ${file}:${line}:${column}`, async () => {
    const found = (await checkDataDir(badCase(name))).diagnostics;
    expect(found.map((d) => d.code)).toContain(code);
    expect(found.find((d) => d.code === code)).toMatchObject({ severity: 'error', file, line, column });
  });

  it('makes validate exit 1 and a query exit 3, each without a stack trace', async () => {
    const dir = badCase(name);
    const validated = await run(['validate', '--data', dir]);
    expect(validated.code).toBe(1);
    expect(validated.out).toContain(code);
    const queried = await run(['rounds', 'list', '--data', dir]);
    expect(queried.code).toBe(3);
    expect(queried.err).toContain(`[${code}]`);
    expect(queried.err.trim().split('\n')).toHaveLength(1);
    for (const text of [validated.out, validated.err, queried.err]) expect(text).not.toMatch(stackTrace);
  });
});

describe('inputs that are accepted', () => {
  it('reads a file with a byte-order mark and CRLF line endings like any other', async () => {
    const checked = await checkDataDir(badCase('bom-crlf'));
    expect(checked.diagnostics).toEqual([]);
    expect(checked.dataset?.roundByNumber.get(2)?.agenda.map((a) => a.summary)).toEqual(['Idlib again', 'Golan']);
  });
});

describe('hostile keys', () => {
  it('never pollutes Object.prototype', async () => {
    await run(['validate', '--data', badCase('proto-keys')]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('generated bad input', () => {
  it('refuses a file over the size cap and says so', async () => {
    const dir = caseDir();
    writeFileSync(join(dir, 'rounds/02.yaml'), `round: 2\n# ${'x'.repeat(maxFileBytes)}\n`);
    const found = (await checkDataDir(dir)).diagnostics;
    expect(found).toEqual([expect.objectContaining({ code: 'load/too-large', file: 'rounds/02.yaml', args: expect.objectContaining({ limit: maxFileBytes }) })]);
  });

  it('reports an empty data directory as missing files, and a missing one as missing', async () => {
    const dir = caseDir(undefined, { remove: ['parties.yaml', 'people.yaml', 'topics.yaml', 'resolutions.yaml', 'rounds', 'summits'] });
    expect((await checkDataDir(dir)).diagnostics.map((d) => [d.file, d.code])).toEqual([
      ['parties.yaml', 'load/missing-file'],
      ['people.yaml', 'load/missing-file'],
      ['resolutions.yaml', 'load/missing-file'],
      ['rounds', 'load/missing-dir'],
      ['topics.yaml', 'load/missing-file'],
    ]);
    const missing = await run(['validate', '--data', join(dir, 'nope')]);
    expect([missing.code, missing.err]).toEqual([2, expect.stringContaining('no such directory')]);
  });

  it('does not hang on a FIFO named like a data file', async () => {
    const dir = caseDir();
    mkdirSync(join(dir, 'summits'), { recursive: true });
    // A FIFO would block a plain read forever; it must be refused as not a regular file.
    const fifo = join(dir, 'summits/02.yaml');
    // mkfifo is not in node:fs; the coreutils command is on every Linux and macOS machine.
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect((await checkDataDir(dir)).diagnostics.map((d) => d.code)).toContain('load/not-a-file');
  });
});

describe('read-only', () => {
  it('leaves the data directory exactly as it was after every read-only command', async () => {
    const dir = caseDir();
    const snapshot = (): string => JSON.stringify(
      ['parties.yaml', 'people.yaml', 'topics.yaml', 'resolutions.yaml', 'rounds/01.yaml', 'rounds/02.yaml', 'summits/01.yaml'].map((f) => readFileSync(join(dir, f), 'utf8')),
    );
    const listing = (): string => JSON.stringify(['.', 'rounds', 'summits'].map((d) => readdirSync(join(dir, d)).sort()));
    const mtimes = (): string => JSON.stringify(['rounds/01.yaml', 'rounds/02.yaml'].map((f) => statSync(join(dir, f)).mtimeMs));
    const before = [snapshot(), listing(), mtimes()];
    for (const argv of [['rounds', 'list'], ['rounds', 'show', '2'], ['agenda', 'diff', '1', '2'], ['attendance'], ['resolutions', 'list'], ['meetings', 'list'], ['stats'], ['validate']]) {
      await run([...argv, '--data', dir]);
      await run([...argv, '--data', dir, '--format', 'json']);
    }
    expect([snapshot(), listing(), mtimes()]).toEqual(before);
  });
});
