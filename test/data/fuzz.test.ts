import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRawFiles } from '../../src/data/pipeline.js';
import type { FileKind, RawFile } from '../../src/data/read.js';
import { describeDiagnostic } from '../../src/render/diagnostics.js';
import { stylishReport } from '../../src/render/validate.js';
import { chalkFor } from '../../src/io.js';
import { fixtures } from '../helpers/run.js';

const mini = join(fixtures, 'mini');
const kinds: Record<string, FileKind> = { 'parties.yaml': 'parties', 'people.yaml': 'people', 'topics.yaml': 'topics', 'resolutions.yaml': 'resolutions' };
const valid: RawFile[] = [
  ...Object.entries(kinds).map(([name, kind]) => ({ kind, path: name, bytes: readFileSync(join(mini, name)) })),
  ...readdirSync(join(mini, 'rounds')).map((name) => ({ kind: 'round' as const, path: `rounds/${name}`, bytes: readFileSync(join(mini, 'rounds', name)) })),
  ...readdirSync(join(mini, 'summits')).map((name) => ({ kind: 'summit' as const, path: `summits/${name}`, bytes: readFileSync(join(mini, 'summits', name)) })),
];

type Mutation = (text: string) => string | Uint8Array;
const lines = (t: string): string[] => t.split('\n');

/** The edits a careless hand or a broken tool makes: each keeps most of the file intact. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((n) => (t: string) => lines(t).filter((_, i) => i !== n % lines(t).length).join('\n')), // delete a line
  fc.nat().map((n) => (t: string) => lines(t).flatMap((l, i) => (i === n % lines(t).length ? [l, l] : [l])).join('\n')), // duplicate a line
  fc.tuple(fc.nat(), fc.constantFrom('42', '-1', 'true', 'null', '[]', '{}', '"x"', '2020-13-45', '~', '&a', '*a', '[[[[', "'", '"')).map(
    ([n, v]) => (t: string) => lines(t).map((l, i) => (i === n % lines(t).length ? l.replace(/:\s.*$/, `: ${v}`) : l)).join('\n'),
  ), // retype a value
  fc.nat().map((n) => (t: string) => t.slice(0, n % (t.length + 1))), // truncate
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([n, bytes]) => (t: string) => {
    const at = Buffer.byteLength(t.slice(0, n % (t.length + 1)));
    const source = Buffer.from(t);
    return Buffer.concat([source.subarray(0, at), Buffer.from(bytes), source.subarray(at)]);
  }), // inject bytes
  fc.tuple(fc.nat(), fc.constantFrom('\t', '  ', ': ', '- ', '#', '---\n', '&x ', '*x ', '__proto__: 1\n', '\r\n', '\ufeff')).map(
    ([n, s]) => (t: string) => `${t.slice(0, n % (t.length + 1))}${s}${t.slice(n % (t.length + 1))}`,
  ), // inject YAML syntax
);

const ctx = { chalk: chalkFor(false), color: false };

describe('validator fuzzing', () => {
  it('always returns diagnostics and never throws, over 2,000 mutated datasets', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: valid.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (which, edits) => {
        const target = valid[which]!;
        let content: string | Uint8Array = Buffer.from(target.bytes).toString('utf8');
        for (const edit of edits) content = edit(typeof content === 'string' ? content : Buffer.from(content).toString('latin1'));
        const files = valid.map((f) => (f === target ? { ...f, bytes: typeof content === 'string' ? Buffer.from(content) : content } : f));
        const checked = await checkRawFiles(files);
        expect(Array.isArray(checked.diagnostics)).toBe(true);
        for (const d of checked.diagnostics) {
          expect(typeof d.code).toBe('string');
          expect(d.line).toBeGreaterThanOrEqual(0);
          expect(describeDiagnostic(d, 'data')).toContain(d.code);
        }
        stylishReport({ diagnostics: checked.diagnostics, omitted: 0, texts: checked.texts, base: 'data' }, ctx);
        // Either the data is usable or something explains why not.
        expect(checked.dataset !== undefined || checked.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
      { numRuns: 2000, seed: 20250101 },
    );
  }, 60_000);
});
