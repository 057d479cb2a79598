import { Ajv2019 as Ajv } from 'ajv/dist/2019.js';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/data/yaml/parse.js';
import { checkRawFiles } from '../../src/data/pipeline.js';
import type { FileKind, RawFile } from '../../src/data/yaml/read.js';
import { loadYaml } from '../../src/data/yaml/module.js';
import { chalkFor } from '../../src/io.js';
import { describeDiagnostic } from '../../src/render/diagnostics.js';
import { stylishReport } from '../../src/render/validate.js';
import { everyQuery } from '../helpers/every-query.js';
import { fixtures, repoRoot } from '../helpers/run.js';

const mini = join(fixtures, 'mini');
const kinds: Record<string, FileKind> = { 'parties.yaml': 'parties', 'people.yaml': 'people', 'topics.yaml': 'topics', 'resolutions.yaml': 'resolutions', 'cities.yaml': 'cities' };
const valid: RawFile[] = [
  ...Object.entries(kinds).map(([name, kind]) => ({ kind, path: name, bytes: readFileSync(join(mini, name)) })),
  ...readdirSync(join(mini, 'rounds')).map((name) => ({ kind: 'round' as const, path: `rounds/${name}`, bytes: readFileSync(join(mini, 'rounds', name)) })),
  ...readdirSync(join(mini, 'summits')).map((name) => ({ kind: 'summit' as const, path: `summits/${name}`, bytes: readFileSync(join(mini, 'summits', name)) })),
];

/**
 * The oracle: the parser of record and a JSON Schema validator compiled afresh from schemas/,
 * with none of the tool's own code. A file is acceptable when `yaml` reads it (YAML 1.2 core,
 * no unknown tags, no duplicate keys, no warning, aliases within bounds), it is UTF-8 text
 * without NUL, not empty, under 1 MiB and nested at most 64 levels, and its schema accepts it.
 */
const yaml = await loadYaml();
const schemaDir = join(repoRoot, 'schemas');
const ajv = new Ajv({ allErrors: true, strict: true, schemas: readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json')).map((f) => JSON.parse(readFileSync(join(schemaDir, f), 'utf8'))) });
const schemaOf: Record<FileKind, string> = { round: 'round', summit: 'summit', ministerial: 'ministerial', parties: 'parties', people: 'people', topics: 'topics', resolutions: 'resolutions', cities: 'cities', dataset: 'dataset' };

const depthOf = (v: unknown): number => (v === null || typeof v !== 'object' ? 0 : 1 + Math.max(0, ...Object.values(v).map(depthOf)));

function oracle(file: RawFile): { accepted: false } | { accepted: true; value: unknown } {
  const bytes = Buffer.from(file.bytes);
  if (bytes.length > 1024 * 1024 || bytes.includes(0)) return { accepted: false };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { accepted: false };
  }
  if (text.startsWith('\ufeff')) text = text.slice(1);
  if (/^(\s*#.*(\r?\n|$))*\s*$/.test(text)) return { accepted: false };
  let value: unknown;
  try {
    const doc = yaml.parseDocument(text, { schema: 'core', uniqueKeys: true, resolveKnownTags: false, logLevel: 'error' });
    if (doc.errors.length > 0 || doc.warnings.length > 0) return { accepted: false };
    value = doc.toJS({ maxAliasCount: 100 });
  } catch {
    // Aliases past the bound, or nesting so deep that `yaml` itself runs out of stack.
    return { accepted: false };
  }
  if (depthOf(value) > 64) return { accepted: false };
  return ajv.getSchema(`${schemaOf[file.kind]}.schema.json`)!(value) ? { accepted: true, value } : { accepted: false };
}

/** Codes of the per-file stage (bytes, YAML, schema); the rest are rules between facts, which the oracle does not judge. */
const fileStage = /^(load|yaml|schema|text)\//;

type Mutation = (text: string) => string | Uint8Array;
const lines = (t: string): string[] => t.split('\n');
const at = (t: string, n: number): number => n % (t.length + 1);

/** Values of every YAML type, and text a hostile or careless hand would put in a data file. */
const scalar = fc.oneof(
  fc.constantFrom('42', '-1', '0b11', '0o17', '0x1F', '017', '1e400', '+.5e-3', '.inf', '.NaN', '1_000', '1:20', 'true', 'True', 'yes', 'on', 'null', '~', '', "''", '""'),
  fc.constantFrom('2020-13-45', '2017-02-31', '2024-01-24', '[]', '{}', '[a, b]', '{ a: 1 }', '[[[[', "'", '"', '&a x', '*a', '!custom x', '!!binary aGk=', '!!str 3', '!!python/object/apply:os.system ["ls"]'),
  fc.constantFrom('"\\e]52;c;eA==\\a"', '"x\\u202ey"', '"a\\Lb"', '"a\\N"', '"tab\\there"', '"\\x7f"', 'https://example.org/\u202e', 'plain \u001b[31m red', "don't [[[[", '|\n  block', '>-\n  folded'),
  fc.string({ maxLength: 10 }),
);

/** The edits a careless hand or a broken tool makes: each keeps most of the file intact. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((n) => (t: string) => lines(t).filter((_, i) => i !== n % lines(t).length).join('\n')),
  fc.nat().map((n) => (t: string) => lines(t).flatMap((l, i) => (i === n % lines(t).length ? [l, l] : [l])).join('\n')),
  fc.tuple(fc.nat(), scalar).map(([n, v]) => (t: string) => lines(t).map((l, i) => (i === n % lines(t).length ? l.replace(/:\s.*$/, `: ${v}`) : l)).join('\n')),
  fc.tuple(fc.nat(), scalar).map(([n, v]) => (t: string) => t.replace(/(?<=[:,[]\s)[^\s,\]}]+/g, (m) => (n-- === 0 ? v : m))),
  fc.nat().map((n) => (t: string) => t.slice(0, at(t, n))),
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([n, bytes]) => (t: string) => {
    const cut = Buffer.byteLength(t.slice(0, at(t, n)));
    const source = Buffer.from(t);
    return Buffer.concat([source.subarray(0, cut), Buffer.from(bytes), source.subarray(cut)]);
  }),
  fc.tuple(fc.nat(), fc.constantFrom('\t', '  ', ': ', '- ', '#', '---\n', '...\n', '%YAML 1.1\n', '&x ', '*x ', '? ', '__proto__: 1\n', '\r\n', '\r', '\ufeff', '\u2028', '\u0085', '[', '{', '"', "'", '|\n', '\\')).map(
    ([n, s]) => (t: string) => `${t.slice(0, at(t, n))}${s}${t.slice(at(t, n))}`,
  ),
  fc.tuple(fc.nat(), fc.integer({ min: 60, max: 5000 }), fc.constantFrom('[', '{a: ', '- ')).map(([n, depth, open]) => (t: string) => `${t.slice(0, at(t, n))}${open.repeat(depth)}${t.slice(at(t, n))}`),
);

const ctx = { chalk: chalkFor(false), color: false, columns: 80 };
const runs = Number(process.env.FUZZ_RUNS ?? 1000);

describe('validator fuzzing against an independent oracle', () => {
  it(`never crashes, nor accepts or rejects a file otherwise than yaml + a fresh ajv, and every query answers what validate accepts, over ${runs} mutated datasets`, async ({ annotate }) => {
    const tally = { runs: 0, crashes: 0, wronglyAccepted: 0, wronglyRejected: 0, differentValue: 0, accepted: 0, queried: 0, queryFailures: 0 };
    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: valid.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (which, edits) => {
        const target = valid[which]!;
        let content: string | Uint8Array = Buffer.from(target.bytes).toString('utf8');
        for (const edit of edits) content = edit(typeof content === 'string' ? content : Buffer.from(content).toString('latin1'));
        const mutated = { ...target, bytes: typeof content === 'string' ? Buffer.from(content) : content };
        const files = valid.map((f) => (f === target ? mutated : f));
        tally.runs++;
        try {
          const checked = await checkRawFiles(files);
          for (const d of checked.diagnostics) if (!describeDiagnostic(d, 'data').includes(d.code)) throw new Error(`no message for ${d.code}`);
          stylishReport({ diagnostics: checked.diagnostics, omitted: 0, texts: checked.texts, base: 'data' }, ctx);
          // What validate accepts, the query commands must answer: no disagreement between them.
          if (checked.dataset) {
            tally.queried++;
            try {
              everyQuery(checked.dataset);
            } catch (error) {
              tally.queryFailures++;
              failures.push(`query failed on valid data: ${(error as Error).message}: ${JSON.stringify(Buffer.from(mutated.bytes).toString())}`);
            }
          }
          const expected = oracle(mutated);
          const rejected = checked.diagnostics.some((d) => d.file === mutated.path && d.severity === 'error' && fileStage.test(d.code));
          if (expected.accepted) tally.accepted++;
          if (expected.accepted && rejected) {
            tally.wronglyRejected++;
            failures.push(`rejected: ${JSON.stringify(Buffer.from(mutated.bytes).toString())} ${checked.diagnostics.map((d) => d.code).join(',')}`);
          } else if (!expected.accepted && !rejected) {
            tally.wronglyAccepted++;
            failures.push(`accepted: ${JSON.stringify(Buffer.from(mutated.bytes).toString())}`);
          } else if (expected.accepted) {
            const parsed = await parseFile(mutated);
            if (!isDeepStrictEqual(parsed.file?.value, expected.value)) {
              tally.differentValue++;
              failures.push(`read differently: ${JSON.stringify(Buffer.from(mutated.bytes).toString())}`);
            }
          }
        } catch (error) {
          tally.crashes++;
          failures.push(`crash: ${(error as Error).stack}`);
        }
      }),
      { numRuns: runs, seed: Number(process.env.FUZZ_SEED ?? 20250101) },
    );
    // The tally goes to the test's annotations (the json and html reporters show them), not to the log.
    await annotate(`fuzz: ${JSON.stringify(tally)}`);
    expect(failures.slice(0, 5)).toEqual([]);
    expect(tally).toMatchObject({ crashes: 0, wronglyAccepted: 0, wronglyRejected: 0, differentValue: 0, queryFailures: 0 });
    expect(tally.queried).toBeGreaterThan(runs / 10);
    // Both verdicts must occur often, or the comparison proves little.
    expect(tally.accepted).toBeGreaterThan(runs / 10);
    expect(tally.runs - tally.accepted).toBeGreaterThan(runs / 10);
  }, 600_000);
});
