#!/usr/bin/env node
// Times astana against Node's own start-up: commands are run interleaved (one of each per
// round), the figure is the median, and ratios are to `node -e ''`. NODE_EXTRA_CA_CERTS is
// unset for every run, the floor included: on Node 20 it adds ~40 ms to each start.
// Usage: node bench/run.mjs [--runs N] [--scale] [--out FILE]
import { spawnSync } from 'node:child_process';
import { measure as measureRuns, median, once } from './measure.mjs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 15;
const scale = args.includes('--scale');
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined;
const bin = join(root, 'bin/astana.js');
const node = process.execPath;
const measure = (cases) => measureRuns(cases, runs);

// Where the export and report cases write.
const scratch = mkdtempSync(join(tmpdir(), 'astana-bench-out-'));

const ajvCli = [node, join(root, 'node_modules/ajv-cli/dist/index.js'), 'validate', '--spec=draft7'];
const ajvKinds = [
  ['round.schema.json', 'data/rounds/*.yaml'],
  ['summit.schema.json', 'data/summits/*.yaml'],
  ['ministerial.schema.json', 'data/ministerials/*.yaml'],
  ['parties.schema.json', 'data/parties.yaml'],
  ['people.schema.json', 'data/people.yaml'],
  ['topics.schema.json', 'data/topics.yaml'],
  ['resolutions.schema.json', 'data/resolutions.yaml'],
];
const cases = [
  { name: "node -e ''", argv: [node, '-e', ''], expect: 0 },
  { name: 'astana rounds list (table)', argv: [node, bin, 'rounds', 'list', '--format', 'table'], expect: 0 },
  { name: 'astana rounds list --format json', argv: [node, bin, 'rounds', 'list', '--format', 'json'], expect: 0 },
  { name: 'astana rounds show 21 (table)', argv: [node, bin, 'rounds', 'show', '21', '--format', 'table'], expect: 0 },
  { name: 'astana agenda diff 20 21 (table)', argv: [node, bin, 'agenda', 'diff', '20', '21', '--format', 'table'], expect: 0 },
  { name: 'astana validate', argv: [node, bin, 'validate'], expect: 0 },
  { name: 'astana export --to DIR', argv: [node, bin, 'export', '--to', join(scratch, 'package'), '--format', 'json'], expect: 0 },
  { name: 'astana export --sqlite FILE', argv: [node, bin, 'export', '--sqlite', join(scratch, 'astana.db'), '--format', 'json'], expect: 0 },
  { name: 'astana report --out FILE', argv: [node, bin, 'report', '--out', join(scratch, 'report.html')], expect: 0 },
  { name: 'ajv-cli, rounds only (1 schema)', argv: [...ajvCli, '-s', 'schemas/round.schema.json', '-r', 'schemas/common.schema.json', '-d', 'data/rounds/*.yaml'], expect: 0 },
];
process.chdir(root);
const lines = [];
const say = (s) => {
  lines.push(s);
  console.log(s);
};

say(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; median of ${runs} interleaved runs.`);
say('');
const results = measure(cases);
const floor = results[0].ms;
// ajv-cli takes one schema per run: validating every kind of file takes seven runs.
const ajvAll = ajvKinds.map(([schema, data]) => ({ name: schema, argv: [...ajvCli, '-s', `schemas/${schema}`, '-r', 'schemas/common.schema.json', '-d', data], expect: 0 }));
const ajvTotal = measure(ajvAll).reduce((sum, r) => sum + r.ms, 0);
say('| command | median ms | × node -e \'\' | peak MB |');
say('|---|---:|---:|---:|');
for (const r of results) say(`| ${r.name} | ${r.ms.toFixed(1)} | ${(r.ms / floor).toFixed(2)} | ${r.mb.toFixed(0)} |`);
say(`| ajv-cli, every file (7 runs, one per schema) | ${ajvTotal.toFixed(1)} | ${(ajvTotal / floor).toFixed(2)} | |`);

if (scale) {
  say('');
  say('| rounds | cold validate ms | warm `rounds list --format json` ms | warm `rounds show latest` ms | peak MB (validate) |');
  say('|---:|---:|---:|---:|---:|');
  const scaleRuns = Math.max(3, Math.floor(runs / 3));
  for (const n of [100, 1000, 10000]) {
    const dir = mkdtempSync(join(tmpdir(), `astana-bench-${n}-`));
    const cache = mkdtempSync(join(tmpdir(), 'astana-cache-'));
    spawnSync(node, [join(root, 'bench/generate.mjs'), String(n), dir], { stdio: 'inherit' });
    const cold = [];
    const warmList = [];
    const warmShow = [];
    let mb = 0;
    for (let i = 0; i < scaleRuns; i++) {
      const v = once([node, bin, 'validate', '--data', dir], { ASTANA_NO_CACHE: '1' });
      cold.push(v.ms);
      mb = Math.max(mb, v.kb / 1024);
      once([node, bin, 'rounds', 'list', '--data', dir, '--format', 'json'], { ASTANA_CACHE_DIR: cache }); // fills the cache
      warmList.push(once([node, bin, 'rounds', 'list', '--data', dir, '--format', 'json'], { ASTANA_CACHE_DIR: cache }).ms);
      warmShow.push(once([node, bin, 'rounds', 'show', 'latest', '--data', dir], { ASTANA_CACHE_DIR: cache }).ms);
    }
    say(`| ${n} | ${median(cold).toFixed(0)} | ${median(warmList).toFixed(0)} | ${median(warmShow).toFixed(0)} | ${mb.toFixed(0)} |`);
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  }
}
if (out) writeFileSync(out, `${lines.join('\n')}\n`);
rmSync(scratch, { recursive: true, force: true });
