import { Ajv } from 'ajv';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseDir } from '../helpers/fixture.js';
import { repoRoot, run } from '../helpers/run.js';

const dir = `${repoRoot}schemas/output`;
const ajv = new Ajv({ allErrors: true, strict: true, schemas: readdirSync(dir).map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'))) });

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
