import { describe, expect, it } from 'vitest';
import { fixtures, run } from '../helpers/run.js';

// Each message names the cause and the fix, on one line (a usage line may follow), exit 2.
describe('bad input gets a message that names the cause and the fix', () => {
  it.each([
    [['rounds', 'show', '13', '--role', 'observer'], "astana: '--role' is an option of 'attendance', not of 'rounds show'\n"],
    [['rounds', 'show', '13', '--party', 'russia'], "astana: 'rounds show' has no option '--party' (see 'astana rounds show --help')\n"],
    [['agenda', 'list'], "astana: 'list' is a command of 'rounds', 'meetings', 'resolutions', 'parties', 'people' and 'topics', not of 'agenda' ('agenda' has: diff, history)\n"],
    [['rounds', 'list', '--from', '2019-02-30'], 'astana: --from: 2019-02-30 is not a date\n'],
    [['rounds', 'list', '--to', '2019-13'], 'astana: --to: 2019-13 is not a date\n'],
    [['rounds', 'list', '--from', '2019/02/01'], "astana: --from must be a date as YYYY-MM-DD, YYYY-MM or YYYY, not '2019/02/01'\n"],
    [['rounds', 'list', '--from', '2020', '--to', '2019'], 'astana: --from 2020 is after --to 2019; the range is empty\n'],
    [['attendance', '--party', 'lebanon', '--party', 'usa'], 'astana: --party was given twice; give it once\n'],
    [['rounds', 'list', '--format', 'json', '--format', 'csv'], 'astana: --format was given twice; give it once\n'],
    [['attendance', '--party', 'usaa'], "astana: unknown party 'usaa' (did you mean usa?; 'astana parties list' lists them all)\n"],
    [['attendance', '--party', 'narnia'], "astana: unknown party 'narnia' ('astana parties list' lists them all)\n"],
    [['agenda', 'history', 'idlb'], "astana: unknown topic 'idlb' (did you mean idlib?; 'astana topics list' lists them all)\n"],
    [['resolutions', 'show', '2255'], "astana: unknown resolution '2255' (did you mean 2254?; 'astana resolutions list' lists them all)\n"],
    [['meetings', 'show', 'summit-9'], "astana: unknown meeting 'summit-9' (did you mean summit-1, summit-2, summit-3?; 'astana meetings list' lists them all)\n"],
    [['rounds', 'show', '30'], "astana: unknown round '30' (did you mean 21, 22?; 'astana rounds list' lists them all)\n"],
    [['rounds', 'show'], "astana: missing required argument 'round'\nusage: astana rounds show [options] <round>\n"],
    [['rounds', 'list', '--data', 'README.md'], 'astana: --data: README.md is not a directory; give the folder that holds rounds/ and parties.yaml\n'],
    [['rounds', 'list', '--data', '/nonexistent'], 'astana: --data: /nonexistent: no such directory\n'],
    [['cite', '21', '--format', 'csv', '--style', 'bibtex'], 'astana: --style and --format disagree: --style prints citations, --format prints source records; give one of them\n'],
    [['rounds', 'show', '22', '--section', 'agendas'], 'astana: unknown section \'agendas\' (did you mean agenda? sections: meeting, coverage, delegation, absent, agenda, resolution, document, next, note, source)\n'],
    [['schema', 'rounds', 'list', '--fields', 'round'], "astana: 'schema' has no option '--fields' (see 'astana schema --help')\n"],
  ])('%j', async (argv, message) => {
    const result = await run(argv);
    expect(result.err).toBe(message);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
  });

  it('never offers the very word that was typed', async () => {
    for (const argv of [['rounds', 'show', '13', '--party', 'russia'], ['agenda', 'list'], ['meetings', 'show', 'r1', '--kind', 'round']]) {
      const { err } = await run(argv);
      const typed = argv.find((a) => err.includes(`'${a}'`))!;
      expect(err).not.toContain(`did you mean ${typed}`);
    }
  });
});

describe('flags that take several values', () => {
  it('combines --fields and --section given twice', async () => {
    const fields = await run(['rounds', 'list', '--format', 'csv', '--fields', 'round', '--fields', 'city']);
    expect(fields.out.split('\r\n')[0]).toBe('round,city');
    const sections = JSON.parse((await run(['rounds', 'show', '1', '--json', '--section', 'agenda', '--section', 'source'])).out) as object;
    expect(Object.keys(sections)).toEqual(['round', 'agenda', 'sources']);
  });
});

describe('help', () => {
  it("lists each command's own formats", async () => {
    expect((await run(['validate', '--help'])).out).toContain('output format: stylish, json, github');
    expect((await run(['rounds', 'list', '--help'])).out).toContain('output format: table, json, ndjson, csv, tsv, yaml');
    const schema = (await run(['schema', '--help'])).out;
    expect(schema).not.toContain('--format');
    expect(schema).not.toContain('--fields');
  });

  it('documents the exit code of --exit-code, and has no help on prototype names', async () => {
    expect((await run(['help', 'exit-codes'])).out).toContain('diff --exit-code');
    for (const topic of ['__proto__', 'constructor', 'toString']) {
      const r = await run(['help', topic]);
      expect([r.code, r.err]).toEqual([2, expect.stringMatching(/^astana: no help on/)]);
    }
  });
});

describe('an empty result in csv and tsv', () => {
  it('still prints the header row, the same as when there are records', async () => {
    const full = (await run(['rounds', 'list', '--format', 'tsv'])).out.split('\n')[0];
    const empty = await run(['rounds', 'list', '--format', 'tsv', '--from', '2030']);
    expect(empty.out).toBe(`${full}\n`);
    const csvEmpty = await run(['attendance', '--format', 'csv', '--party', 'syria-opposition', '--role', 'observer', '--data', `${fixtures}/mini`]);
    expect(csvEmpty.out).toMatch(/^round,party,role,head\.disputed,.*\r\n$/);
  });
});
