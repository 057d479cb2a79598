#!/usr/bin/env node
// What problems cost: invalid data against valid data, stylish output against json on one file
// with 16,000 problems, and --max-problems against no limit. Each figure is the median of
// --runs runs of `node bin/astana.js validate` with the cache off, and the peak memory of those
// runs (GNU time). With --out FILE, replaces the "Cost of problems" section of FILE.
// Usage: node bench/costs.mjs [--runs N] [--rounds N] [--out FILE]
import { spawnSync } from 'node:child_process';
import { measure } from './measure.mjs';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runs = Number(option('--runs', 3));
const rounds = Number(option('--rounds', 20000));
const out = option('--out', undefined);
const bin = join(root, 'bin/astana.js');
const noCache = { ASTANA_NO_CACHE: '1' };

/** A copy of `from` with `edit` applied to every round file. */
function variant(from, edit) {
  const dir = mkdtempSync(join(tmpdir(), 'astana-costs-'));
  cpSync(from, dir, { recursive: true });
  for (const name of readdirSync(join(dir, 'rounds'))) {
    const file = join(dir, 'rounds', name);
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
  }
  return dir;
}

const valid = mkdtempSync(join(tmpdir(), 'astana-costs-'));
spawnSync(process.execPath, [join(root, 'bench/generate.mjs'), String(rounds), valid], { stdio: 'inherit' });
const schemaError = variant(valid, (t) => t.replace('role: observer', 'role: obwerver'));
const refError = variant(valid, (t) => t.replace('- party: iran', '- party: irann'));
// One round file with 16,000 agenda items whose topics do not exist: 16,000 problems in one file.
const oneFile = mkdtempSync(join(tmpdir(), 'astana-costs-'));
cpSync(join(root, 'test/fixtures/mini'), oneFile, { recursive: true });
const items = Array.from({ length: 16000 }, (_, i) => `  - { topic: nope${i}, summary: Item ${i}, sources: [s1] }\n`).join('');
const round2 = join(oneFile, 'rounds/02.yaml');
writeFileSync(round2, readFileSync(round2, 'utf8').replace('agenda:\n', `agenda:\n${items}`));

const n = rounds.toLocaleString('en');
const validate = (...argv) => [process.execPath, bin, 'validate', ...argv];
const results = measure(
  [
  { name: `${n} valid rounds`, argv: validate('--data', valid, '--format', 'json'), env: noCache, expect: 0 },
  { name: `${n} rounds, each with a schema error`, argv: validate('--data', schemaError, '--format', 'json'), env: noCache, expect: 1 },
  { name: `${n} rounds, each with an unknown party`, argv: validate('--data', refError, '--format', 'json'), env: noCache, expect: 1 },
  { name: `${n} rounds with an unknown party, \`--max-problems 100\``, argv: validate('--data', refError, '--format', 'json', '--max-problems', '100'), env: noCache, expect: 1 },
  { name: `${n} rounds with an unknown party, \`--max-problems 1\``, argv: validate('--data', refError, '--format', 'json', '--max-problems', '1'), env: noCache, expect: 1 },
  { name: 'one file with 16,000 problems, `--format json`', argv: validate('--data', oneFile, '--format', 'json'), env: noCache, expect: 1 },
  { name: 'one file with 16,000 problems, stylish', argv: validate('--data', oneFile), env: noCache, expect: 1 },
  ],
  runs,
);
for (const dir of [valid, schemaError, refError, oneFile]) rmSync(dir, { recursive: true, force: true });

const base = results[0].ms;
const json16k = results[5].ms;
const lines = [
  '## Cost of problems',
  '',
  `Produced by \`node bench/costs.mjs\` (median of ${runs} interleaved runs of \`validate\` with the cache off; peak memory by GNU time). Invalid data against valid data, per file; \`--max-problems\` against no limit; stylish output against json on one file with 16,000 problems.`,
  '',
  '| case | median ms | ratio | peak MB |',
  '|---|---:|---:|---:|',
  ...results.map((r, i) => `| ${r.name} | ${r.ms.toFixed(0)} | ${(r.ms / (i >= 5 ? json16k : base)).toFixed(2)} × ${i >= 5 ? 'json' : 'valid'} | ${r.mb.toFixed(0)} |`),
  '',
];
console.log(lines.join('\n'));
if (out) {
  const current = existsSync(out) ? readFileSync(out, 'utf8') : '';
  const section = /## Cost of problems\n[\s\S]*?(?=\n## |$)/;
  const text = section.test(current) ? current.replace(section, lines.join('\n')) : `${current.trimEnd()}\n\n${lines.join('\n')}`;
  writeFileSync(out, `${text.trimEnd()}\n`);
}
