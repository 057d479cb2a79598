import { Ajv, type ValidateFunction } from 'ajv';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { generate } from '../../scripts/gen-output-schemas.mjs';
import { formatVersion } from '../../src/render/format-version.js';
import { commands } from '../../src/commands/index.js';
import type { CommandModule } from '../../src/commands/module.js';
import { formats } from '../../src/render/output.js';
import { caseDir } from '../helpers/fixture.js';
import { repoRoot, run } from '../helpers/run.js';

type Generated = { files: Record<string, unknown>; ts: string };
/** The command registry: the one list the schemas, `astana schema` and this test read. */
const registry = Object.entries(commands as Record<string, CommandModule>);
const schemaCommands = registry.flatMap(([command, m]) => (m.output ? [{ command, ...m.output }] : []));

/** A fresh validator with no other schema loaded: each printed schema must stand alone. */
function compileAlone(schema: unknown): ValidateFunction {
  return new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, keywords: ['x-format-version'] }).compile(schema as object);
}

/** Where the contract check of `export` writes its package. */
const exportDir = mkdtempSync(join(tmpdir(), 'astana-contract-'));

const printed = async (words: string[]): Promise<unknown> => JSON.parse((await run(['schema', ...words])).out) as unknown;

// Scripts rely on these shapes: each command's JSON, and each line of its ndjson, must satisfy
// the schema `astana schema <command>` prints, compiled on its own.
describe('JSON output contract', () => {
  it('covers every command that prints JSON, and only those', () => {
    for (const [command, m] of registry) {
      const json = (m.formats ?? formats).includes('json');
      expect(m.output !== undefined, `${command} ${json ? 'prints JSON but declares no output contract' : 'declares a contract but prints no JSON'}`).toBe(json);
      if (json) expect(existsSync(`${repoRoot}schemas/output/${command.replace(' ', '-')}.schema.json`), command).toBe(true);
    }
    expect(schemaCommands.length).toBeGreaterThan(20);
  });

  it('is generated from the result types (run `npm run gen:schemas` after changing one)', async () => {
    const { files, ts } = await (generate as () => Promise<Generated>)();
    // Nothing under schemas/output/ that the registry does not declare.
    const declared = new Set(Object.keys(files));
    for (const dir of ['schemas/output', 'schemas/output/records']) {
      for (const name of readdirSync(`${repoRoot}${dir}`).filter((f) => f.endsWith('.json'))) expect(declared.has(`${dir}/${name}`), `${dir}/${name}`).toBe(true);
    }
    for (const [path, schema] of Object.entries(files)) expect(JSON.parse(readFileSync(`${repoRoot}${path}`, 'utf8')), path).toEqual(schema);
    expect(readFileSync(`${repoRoot}src/render/columns.ts`, 'utf8')).toBe(ts);
  });

  it.each([
    ['rounds list', ['rounds', 'list']],
    ['rounds show', ['rounds', 'show', '21']],
    ['rounds show', ['rounds', 'show', '22']],
    ['rounds show', ['rounds', 'show', '2', '--data', 'test/fixtures/mini']],
    ['rounds show', ['rounds', 'show', '1']],
    ['agenda diff', ['agenda', 'diff', '20', '21']],
    ['agenda diff', ['agenda', 'diff', '1', '2', '--data', 'test/fixtures/mini']],
    ['attendance', ['attendance']],
    ['resolutions list', ['resolutions', 'list']],
    ['resolutions show', ['resolutions', 'show', '2254']],
    ['meetings list', ['meetings', 'list']],
    ['meetings show', ['meetings', 'show', 'summit-7']],
    ['meetings show', ['meetings', 'show', 'ministerial-12']],
    ['meetings show', ['meetings', 'show', 'round-22']],
    ['stats', ['stats']],
    ['agenda history', ['agenda', 'history', 'idlib']],
    ['validate', ['validate']],
    ['validate', ['validate', '--data', caseDir('overlap')]],
    ['diff', ['diff', '21', '22']],
    ['diff', ['diff', '1', '2', '--data', 'test/fixtures/mini']],
    ['diff', ['diff', 'summit-6', 'summit-7']],
    ['cite', ['cite', '21']],
    ['cite', ['cite']],
    ['search', ['search', 'idlib', '--limit', '0']],
    ['search', ['search', 'Лаврентьев']],
    ['parties list', ['parties', 'list']],
    ['parties show', ['parties', 'show', 'syria-opposition']],
    ['parties show', ['parties', 'show', 'un']],
    ['people list', ['people', 'list']],
    ['people show', ['people', 'show', 'khaji']],
    ['people show', ['people', 'show', 'envoy-b', '--data', 'test/fixtures/mini']],
    ['topics list', ['topics', 'list', '--sort', 'count']],
    ['topics show', ['topics', 'show', 'idlib']],
    ['sources', ['sources']],
    ['sources', ['sources', '--check-duplicates']],
    ['meetings list', ['meetings', 'list', '--city', 'astana']],
  ])('%s: %j', async (command, argv) => {
    const schema = await printed(command.split(' '));
    const validate = compileAlone(schema);
    const result = await run([...argv, '--format', 'json']);
    const ok = validate(JSON.parse(result.out));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(schema).toMatchObject({ 'x-format-version': formatVersion });
  });

  it.each(schemaCommands.filter((c) => c.records).map((c) => [c.command, c.records!]))('%s: every ndjson line is a %s', async (command, records) => {
    const argv = { 'rounds show': ['rounds', 'show', '22'], 'meetings show': ['meetings', 'show', 'summit-7'], 'agenda diff': ['agenda', 'diff', '20', '21'], 'agenda history': ['agenda', 'history', 'idlib'], diff: ['diff', '21', '22'], 'resolutions show': ['resolutions', 'show', '2254'], cite: ['cite', '21'], search: ['search', 'idlib'], 'parties show': ['parties', 'show', 'iran'], 'people show': ['people', 'show', 'khaji'], 'topics show': ['topics', 'show', 'idlib'], export: ['export', '--to', exportDir] }[command] ?? command.split(' ');
    const validate = compileAlone(JSON.parse(readFileSync(`${repoRoot}schemas/output/records/${records}.schema.json`, 'utf8')));
    const lines = (await run([...argv, '--format', 'ndjson'])).out.trim().split('\n');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(validate(JSON.parse(line)), `${line}\n${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('uses YYYY-MM-DD dates and UN symbols', async () => {
    const result = await run(['resolutions', 'list', '--format', 'json']);
    const rows = JSON.parse(result.out) as { symbol: string; body: string }[];
    for (const r of rows) expect(r.symbol).toMatch(r.body === 'UNSC' ? /^S\/RES\/\d+\(\d{4}\)$/ : /^A\//);
  });
});

describe('astana schema', () => {
  it('prints the schema of a command as typed, self-contained, marked with the format version', async () => {
    const { out, code } = await run(['schema', 'rounds', 'show']);
    expect(code).toBe(0);
    expect(out).not.toContain('definitions.schema.json');
    expect(JSON.parse(out)).toMatchObject({ $id: 'output/rounds-show.schema.json', 'x-format-version': formatVersion });
    expect(JSON.parse((await run(['schema', 'data', 'round'])).out)).toMatchObject({ $id: 'round.schema.json' });
  });

  it('has a schema for every command with JSON output, and every one compiles alone', async () => {
    for (const { command } of schemaCommands) {
      const result = await run(['schema', ...command.split(' ')]);
      expect(result.code, command).toBe(0);
      expect(() => compileAlone(JSON.parse(result.out)), command).not.toThrow();
    }
  });

  it('names the nearest command for an unknown one, and says when a command prints no JSON', async () => {
    const { err, code } = await run(['schema', 'rounds', 'lst']);
    expect(code).toBe(2);
    expect(err).toMatch(/did you mean rounds list\?/);
    expect(await run(['schema', 'report'])).toMatchObject({ code: 2, err: "astana: 'report' prints no JSON, so it has no output schema\n" });
  });

  it('refuses output flags and --data, which it cannot honour', async () => {
    expect((await run(['schema', 'rounds', 'list', '--format', 'json'])).code).toBe(2);
    const data = await run(['schema', 'rounds', 'list', '--data', 'data']);
    expect([data.code, data.err]).toEqual([2, "astana: 'schema' does not read the data; drop --data\n"]);
  });
});
