import { Ajv } from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseDir } from '../helpers/fixture.js';
import { repoRoot, run } from '../helpers/run.js';

const dir = `${repoRoot}schemas/output`;
const ajv = new Ajv({ allErrors: true, strict: true, keywords: ['x-format-version'], schemas: readdirSync(dir).map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'))) });

// Scripts rely on these shapes: each command's JSON must satisfy its documented schema.
describe('JSON output contract', () => {
  it.each([
    ['rounds-list', ['rounds', 'list']],
    ['rounds-show', ['rounds', 'show', '21']],
    ['rounds-show', ['rounds', 'show', '22']],
    ['rounds-show', ['rounds', 'show', '2', '--data', 'test/fixtures/mini']],
    ['agenda-diff', ['agenda', 'diff', '20', '21']],
    ['attendance', ['attendance']],
    ['resolutions-list', ['resolutions', 'list']],
    ['resolutions-show', ['resolutions', 'show', '2254']],
    ['meetings-list', ['meetings', 'list']],
    ['meetings-show', ['meetings', 'show', 'summit-7']],
    ['meetings-show', ['meetings', 'show', 'ministerial-2']],
    ['meetings-show', ['meetings', 'show', 'round-22']],
    ['stats', ['stats']],
    ['agenda-history', ['agenda', 'history', 'idlib']],
    ['resolutions-show', ['resolutions', 'show', '2254']],
    ['validate', ['validate']],
    ['validate', ['validate', '--data', caseDir('overlap')]],
    ['diff', ['diff', '21', '22']],
    ['diff', ['diff', 'summit-6', 'summit-7']],
    ['cite', ['cite', '21']],
    ['cite', ['cite']],
    ['search', ['search', 'idlib', '--limit', '0']],
    ['search', ['search', 'Лаврентьев']],
    ['parties-list', ['parties', 'list']],
    ['parties-show', ['parties', 'show', 'syria-opposition']],
    ['parties-show', ['parties', 'show', 'un']],
    ['people-list', ['people', 'list']],
    ['people-show', ['people', 'show', 'khaji']],
    ['people-show', ['people', 'show', 'envoy-b', '--data', 'test/fixtures/mini']],
    ['topics-list', ['topics', 'list', '--sort', 'count']],
    ['topics-show', ['topics', 'show', 'idlib']],
    ['sources', ['sources']],
    ['sources', ['sources', '--check-duplicates']],
    ['meetings-list', ['meetings', 'list', '--city', 'astana']],
  ])('%s: %j', async (schema, argv) => {
    const result = await run([...argv, '--format', 'json']);
    const validate = ajv.getSchema(`output/${schema}.schema.json`)!;
    const ok = validate(JSON.parse(result.out));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('uses YYYY-MM-DD dates and UN symbols', async () => {
    const result = await run(['resolutions', 'list', '--format', 'json']);
    const rows = JSON.parse(result.out) as { symbol: string; body: string }[];
    for (const r of rows) expect(r.symbol).toMatch(r.body === 'UNSC' ? /^S\/RES\/\d+\(\d{4}\)$/ : /^A\//);
  });
});

describe('astana schema', () => {
  it('prints the schema of a command as typed, marked with the format version', async () => {
    const { out, code } = await run(['schema', 'rounds', 'show']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ $id: 'output/rounds-show.schema.json', 'x-format-version': 1 });
    expect(JSON.parse((await run(['schema', 'data', 'round'])).out)).toMatchObject({ $id: 'round.schema.json' });
  });

  it('has a schema for every command with JSON output', async () => {
    for (const words of [['rounds', 'list'], ['meetings', 'show'], ['agenda', 'diff'], ['agenda', 'history'], ['attendance'], ['resolutions', 'list'], ['stats'], ['validate'], ['diff'], ['cite'], ['search'], ['parties', 'list'], ['parties', 'show'], ['people', 'list'], ['people', 'show'], ['topics', 'list'], ['topics', 'show'], ['sources']]) {
      expect((await run(['schema', ...words])).code, words.join(' ')).toBe(0);
    }
  });

  it('names the nearest command for an unknown one', async () => {
    const { err, code } = await run(['schema', 'rounds', 'lst']);
    expect(code).toBe(2);
    expect(err).toMatch(/did you mean rounds list\?/);
  });
});
