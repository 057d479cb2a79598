import { describe, expect, it } from 'vitest';
import { caseDir } from '../helpers/fixture.js';
import { fixtures, run } from '../helpers/run.js';

// argv → exit code and the one line a user sees. Never a stack trace for a user's mistake.
describe('exit codes', () => {
  it.each([
    [['rounds', 'list'], 0, ''],
    [['--help'], 0, ''],
    [['--version'], 0, ''],
    [['rounds', 'list', '--format', 'csv', '--keep-formulas'], 0, ''],
    [['rounds', 'show', '23'], 2, "astana: unknown round '23' (did you mean 21, 22?; 'astana rounds list' lists them all)\n"],
    [['rounds', 'show', 'twenty'], 2, "astana: round must be a number or 'latest', not 'twenty'\n"],
    [['rounds', 'lst'], 2, "astana: unknown command 'lst' (did you mean list?)\n"],
    [['rounds', 'list', '--fromm', '2020'], 2, "astana: unknown option '--fromm' (did you mean --from?)\n"],
    [['rounds', 'list', '--from'], 2, "astana: option '--from <date>' argument missing\n"],
    [['rounds', 'list', '--from', '2023-13'], 2, 'astana: --from: 2023-13 is not a date\n'],
    [['rounds', 'list', '--party', 'turky'], 2, "astana: unknown party 'turky' (did you mean turkey?; 'astana parties list' lists them all)\n"],
    [['rounds', 'list', '--format', 'xls'], 2, "astana: unknown format 'xls' for 'rounds list' (formats: table, json, ndjson, csv, tsv, yaml)\n"],
    [['rounds', 'list', '--format', 'jsn'], 2, "astana: unknown format 'jsn' for 'rounds list' (did you mean json? formats: table, json, ndjson, csv, tsv, yaml)\n"],
    [['rounds', 'list', '--fields', 'rond', '--format', 'csv'], 2, "astana: unknown field 'rond' (did you mean round?); fields: round, start, end, city, cityId, parties, topics, coverage.agenda, coverage.resolutions\n"],
    [['rounds', 'list', '--json', '--format', 'csv'], 2, 'astana: --json and --format disagree; give one of them\n'],
    [['help', 'nonsense'], 2, "astana: no help on 'nonsense' (topics: exit-codes, formats, data; or a command)\n"],
    [['help', '__proto__'], 2, "astana: no help on '__proto__' (topics: exit-codes, formats, data; or a command)\n"],
    [['help', 'constructor'], 2, "astana: no help on 'constructor' (topics: exit-codes, formats, data; or a command)\n"],
    [['help', 'toString'], 2, "astana: no help on 'toString' (topics: exit-codes, formats, data; or a command)\n"],
    [['agenda', 'history', '__proto__'], 2, "astana: unknown topic '__proto__' ('astana topics list' lists them all)\n"],
    [['rounds', 'list', '--party', 'constructor'], 2, "astana: unknown party 'constructor' ('astana parties list' lists them all)\n"],
    [['resolutions', 'show', 'hasOwnProperty'], 2, "astana: unknown resolution 'hasOwnProperty' ('astana resolutions list' lists them all)\n"],
    [['attendance', '--role', 'chair'], 2, "astana: unknown role 'chair' (roles: guarantor, party, observer, host, absent, outside, unknown)\n"],
    [['resolutions', 'show', '2255'], 2, "astana: unknown resolution '2255' (did you mean 2254?; 'astana resolutions list' lists them all)\n"],
    [['agenda', 'diff', '20'], 2, "astana: missing required argument 'b'\nusage: astana agenda diff [options] <a> <b>\n"],
    [['meetings', 'list', '--city', 'Sotchi'], 2, "astana: unknown city 'Sotchi' (did you mean Sochi?)\n"],
    [['meetings', 'list', '--year', '19'], 2, "astana: --year must be a year as YYYY, not '19'\n"],
    [['rounds', 'list', '--year', '2019', '--to', '2020'], 2, 'astana: --year is short for --from YYYY --to YYYY; give --year or --from/--to, not both\n'],
    [['search'], 2, "astana: missing required argument 'words'\nusage: astana search [options] <words...>\n"],
    [['search', 'idlib', '--kind', 'sumit'], 2, "astana: unknown kind 'sumit' (did you mean summit?)\n"],
    [['search', 'idlib', '--limit', 'ten'], 2, "astana: --limit must be a whole number (0 for all), not 'ten'\n"],
    [['search', 'x'.repeat(65_536)], 2, 'astana: the search words are 65536 characters long; at most 500 are searched\n'],
    [['search', 'q'.repeat(50_000)], 2, 'astana: the search words are 50000 characters long; at most 500 are searched\n'],
    [['search', ...Array.from({ length: 21 }, (_, i) => `idlib${i}`)], 2, 'astana: the search has 21 words; at most 20 are searched\n'],
    [['parties', 'show', 'rusia'], 2, "astana: unknown party 'rusia' (did you mean russia?; 'astana parties list' lists them all)\n"],
    [['people', 'show', 'khajj'], 2, "astana: unknown person 'khajj' (did you mean khaji?; 'astana people list' lists them all)\n"],
    [['people', 'list', '--party', 'irn'], 2, "astana: unknown party 'irn' (did you mean iran?; 'astana parties list' lists them all)\n"],
    [['topics', 'show', 'idlip'], 2, "astana: unknown topic 'idlip' (did you mean idlib?; 'astana topics list' lists them all)\n"],
    [['topics', 'list', '--sort', 'size'], 2, "astana: unknown sort 'size' (sorts: registry, count, name, first)\n"],
    [['sources', '23'], 2, "astana: unknown round '23' (did you mean 21, 22?; 'astana rounds list' lists them all)\n"],
    [['sources', 'sumit-7'], 2, "astana: unknown meeting 'sumit-7' (did you mean summit-7?; 'astana meetings list' lists them all)\n"],
    [['attendance', '--wide', '--format', 'json'], 2, 'astana: --wide is for table, csv, tsv, ndjson; JSON and YAML keep one record per party and round\n'],
  ])('%j exits %i', async (argv, code, err) => {
    const result = await run(argv);
    expect(result.code).toBe(code);
    if (code !== 0) expect(result.err).toBe(err);
    expect(result.err).not.toMatch(/\n\s+at /);
  });

  it('exits 3 on invalid data, naming file:line:col and pointing to validate', async () => {
    const dir = caseDir('unknown-party');
    const result = await run(['rounds', 'list', '--data', dir]);
    expect(result.code).toBe(3);
    expect(result.out).toBe('');
    expect(result.err).toBe(`astana: invalid data: ${dir}/rounds/02.yaml:5:12: unknown party 'rusia' (did you mean russia?) [ref/unknown-party] (run 'astana validate')\n`);
  });

  it('exits 2 when --data names no directory, or a file, without pointing to validate', async () => {
    const missing = await run(['rounds', 'list', '--data', 'no/such/dir']);
    expect([missing.code, missing.err]).toEqual([2, 'astana: --data: no/such/dir: no such directory\n']);
    const file = await run(['rounds', 'list', '--data', 'README.md']);
    expect([file.code, file.err]).toEqual([2, 'astana: --data: README.md is not a directory; give the folder that holds rounds/ and parties.yaml\n']);
    const empty = await run(['rounds', 'list', '--data', '']);
    expect([empty.code, empty.err]).toEqual([2, 'astana: --data needs a directory\n']);
  });

  it('validate exits 1 on errors, 0 on warnings only', async () => {
    expect((await run(['validate', '--data', caseDir('unknown-topic')])).code).toBe(1);
    const warned = await run(['validate', '--data', caseDir('unused-source')]);
    expect(warned.code).toBe(0);
    expect(warned.out).toMatch(/warning {2}source 's9' is defined but never cited {2}source\/unused\n/);
    expect(warned.out).toMatch(/1 problem \(0 errors, 1 warning\)\n$/);
    expect((await run(['validate', '--strict', '--data', caseDir('unused-source')])).code).toBe(1);
  });

  it('reads the data directory from ASTANA_DATA when --data is absent', async () => {
    const result = await run(['rounds', 'list', '--format', 'json'], { env: { ASTANA_DATA: caseDir() } });
    expect(JSON.parse(result.out)).toHaveLength(2);
  });

  it('reports an unexpected failure as a bug, with exit 70', async () => {
    const result = await run(['rounds', 'list'], {
      out: () => {
        throw new TypeError('boom');
      },
    });
    expect(result.code).toBe(70);
    expect(result.err).toMatch(/internal error, this is a bug/);
  });
});

describe('--exit-code', () => {
  const mini = `${fixtures}/mini`;
  it('makes agenda diff and diff exit 1 when a supported change exists, 0 when they do not', async () => {
    // Round 1 of the fixture is coded in full, so golan at round 2 is a supported addition.
    expect((await run(['agenda', 'diff', '1', '2', '--exit-code', '--json', '--data', mini])).code).toBe(1);
    expect((await run(['agenda', 'diff', '2', '2', '--exit-code', '--json', '--data', mini])).code).toBe(0);
    expect((await run(['diff', '1', '2', '--exit-code', '--json', '--data', mini])).code).toBe(1);
    expect((await run(['diff', '22', 'round-22', '--exit-code', '--json'])).code).toBe(0);
    expect((await run(['diff', '21', '22', '--json'])).code).toBe(0);
  });

  it('counts unconfirmed topics as a difference: the records differ, though the data cannot say how', async () => {
    // Both partly coded: idlib, recorded at round 2 only, is neither added nor removed, but not "same" either.
    const result = await run(['agenda', 'diff', '2', 'summit-1', '--exit-code', '--json', '--data', mini]);
    const diff = JSON.parse(result.out) as { added: unknown[]; removed: unknown[]; unconfirmed: { topic: string }[] };
    expect(diff.added.length + diff.removed.length).toBe(0);
    expect(diff.unconfirmed.map((t) => t.topic)).toEqual(['idlib']);
    expect(result.code).toBe(1);
    const whole = await run(['diff', '2', 'summit-1', '--exit-code', '--json', '--data', mini]);
    expect(JSON.parse(whole.out).agenda).toMatchObject({ added: [], removed: [], unconfirmed: [{ item: 'idlib' }] });
    expect(whole.code).toBe(1);
  });

  it('on the bundled data, exits 0 exactly when no topic differs, confirmed or unconfirmed', async () => {
    for (const [a, b] of [['20', '21'], ['21', '21'], ['summit-6', 'summit-7']]) {
      const result = await run(['agenda', 'diff', a!, b!, '--exit-code', '--json']);
      const diff = JSON.parse(result.out) as { added: unknown[]; removed: unknown[]; unconfirmed: unknown[] };
      expect(result.code, `${a} ${b}`).toBe(diff.added.length + diff.removed.length + diff.unconfirmed.length > 0 ? 1 : 0);
    }
    expect((await run(['agenda', 'diff', '21', '21', '--exit-code', '--json'])).code).toBe(0);
  });
});
