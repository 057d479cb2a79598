#!/usr/bin/env node
// Times `astana search` against `astana rounds list --format json` on the bundled data (runs
// interleaved, medians), and a warm search on generated datasets up to 10,000 rounds. With
// --out FILE, writes its figures into FILE's "Search" section, leaving the rest of FILE alone.
// Usage: node bench/search.mjs [--runs N] [--out FILE]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure } from './measure.mjs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 21;
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined;
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
const bin = join(root, 'bin/astana.js');
const node = process.execPath;

/** Wall time, and CPU time (user + system, via GNU time), which other work on a busy machine inflates less. */
function once(argv, extraEnv = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S', node, bin, ...argv], { env: { ...env, ...extraEnv }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`astana ${argv.join(' ')}: exit ${r.status}\n${r.stderr}`);
  const [user, system] = (r.stderr.trim().split('\n').at(-1) ?? '').split(' ').map(Number);
  return { ms, cpu: ((user ?? 0) + (system ?? 0)) * 1000 };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const lines = [];
const say = (s) => {
  lines.push(s);
  console.log(s);
};

// Bundled data: the index ships with the package, so a search should cost about a listing.
const cases = [
  ['rounds list --format json', ['rounds', 'list', '--format', 'json']],
  ['search earthquake --format json', ['search', 'earthquake', '--format', 'json']],
  ['search idlb --limit 0 --format json (fuzzy, every hit)', ['search', 'idlb', '--limit', '0', '--format', 'json']],
  ['search "constitutional committee" (table)', ['search', 'constitutional committee', '--format', 'table']],
];
const times = cases.map(() => []);
const cpu = cases.map(() => []);
for (let i = 0; i < runs; i++) {
  cases.forEach(([, argv], j) => {
    const r = once(argv);
    times[j].push(r.ms);
    cpu[j].push(r.cpu);
  });
}
const base = median(times[0]);
const baseCpu = median(cpu[0]);
// Other work on the machine slows every figure alike; the load average says how busy it was.
say(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, load average ${loadavg()[0].toFixed(1)} at the start; median of ${runs} interleaved runs, NODE_EXTRA_CA_CERTS unset.`);
say('');
say('| bundled data | median ms | × rounds list --format json | median CPU ms | × (CPU) |');
say('|---|---:|---:|---:|---:|');
cases.forEach(([name], j) =>
  say(`| astana ${name} | ${median(times[j]).toFixed(1)} | ${(median(times[j]) / base).toFixed(2)} | ${median(cpu[j]).toFixed(0)} | ${(median(cpu[j]) / baseCpu).toFixed(2)} |`),
);

// Generated data: the first search builds the index and caches it; warm searches read it.
say('');
say('| rounds | cold search ms (builds and caches the index) | warm search ms | warm `rounds list --format json` ms |');
say('|---:|---:|---:|---:|');
const scaleRuns = Math.max(3, Math.floor(runs / 4));
for (const n of process.env.BENCH_SIZES ? process.env.BENCH_SIZES.split(",").map(Number) : [100, 1000, 10000]) {
  const dir = mkdtempSync(join(tmpdir(), `astana-bench-search-${n}-`));
  spawnSync(node, [join(root, 'bench/generate.mjs'), String(n), dir], { stdio: 'inherit' });
  const cold = [];
  const warm = [];
  const list = [];
  for (let i = 0; i < scaleRuns; i++) {
    const cache = mkdtempSync(join(tmpdir(), 'astana-cache-'));
    const c = { ASTANA_CACHE_DIR: cache };
    cold.push(once(['search', 'quote 5000', '--data', dir, '--format', 'json'], c).ms);
    warm.push(once(['search', 'quote 5000', '--data', dir, '--format', 'json'], c).ms);
    list.push(once(['rounds', 'list', '--data', dir, '--format', 'json'], c).ms);
    rmSync(cache, { recursive: true, force: true });
  }
  say(`| ${n} | ${median(cold).toFixed(0)} | ${median(warm).toFixed(0)} | ${median(list).toFixed(0)} |`);
  rmSync(dir, { recursive: true, force: true });
}

// Bounded queries: what the longest queries cost, and what refusing longer ones costs. Letters
// that match nothing make the engine walk its whole term tree for near spellings.
const gibberish = (n, i = 0) => Array.from({ length: n }, (_, j) => String.fromCharCode(97 + ((i * 7 + j * 13) % 26))).join('');
const bounded = measure(
  [
    { name: 'a 10,000-character word (refused: usage error)', argv: [node, bin, 'search', gibberish(10000), '--format', 'json'], expect: 2 },
    { name: '10,000 characters in 1,000 words (refused: usage error)', argv: [node, bin, 'search', ...Array.from({ length: 1000 }, (_, i) => gibberish(9, i)), '--format', 'json'], expect: 2 },
    { name: 'the longest allowed word: 500 letters (matched as typed)', argv: [node, bin, 'search', gibberish(500), '--format', 'json'], expect: 0 },
    { name: '20 words of 24 letters, each tried with typos', argv: [node, bin, 'search', ...Array.from({ length: 20 }, (_, i) => gibberish(24, i)), '--format', 'json'], expect: 0 },
    { name: 'one word of 32 letters, tried with two typos', argv: [node, bin, 'search', gibberish(32), '--format', 'json'], expect: 0 },
  ],
  Math.max(3, Math.floor(runs / 3)),
);
say('');
say(`Bounded queries on the bundled data (median of ${Math.max(3, Math.floor(runs / 3))} runs; peak memory by GNU time). A query holds at most 500 characters and 20 words; words of up to 32 letters are tried with typos.`);
say('');
say('| query | median ms | peak MB |');
say('|---|---:|---:|');
for (const r of bounded) say(`| ${r.name} | ${r.ms.toFixed(0)} | ${r.mb.toFixed(0)} |`);

if (out) {
  const begin = '<!-- search benchmarks: written by bench/search.mjs -->';
  const end = '<!-- end of search benchmarks -->';
  const intro =
    '## Search\n\n`astana search` on the bundled data reads the index built with the package; on other data the first search builds the index and caches it, and later ones read it. Queries are run as `node bin/astana.js …`; the generated data comes from `bench/generate.mjs`, and the query there, `quote 5000`, needs one word common to every round and one rare. A search costs what a listing costs (loading the dataset) plus restoring the stored index, which minisearch rebuilds into its term tree in every new process, plus searching the texts of the meetings that match. On the bundled data the index has about 2,500 terms and its restoring is most of the difference; on 10,000 rounds the index holds one document per meeting, so it stays small beside the dataset.\n';
  const section = `${begin}\n${intro}\n${lines.join('\n')}\n${end}\n`;
  const text = existsSync(out) ? readFileSync(out, 'utf8') : '';
  const at = text.indexOf(begin);
  const next = at >= 0 ? `${text.slice(0, at)}${section}${text.slice(text.indexOf(end) + end.length + 1)}` : `${text.trimEnd()}\n\n${section}`;
  writeFileSync(out, next);
}
