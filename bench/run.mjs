#!/usr/bin/env node
// Times astana against Node's own start-up: commands are run interleaved (one of each per
// round), the figure is the median, and ratios are to that Node's own `node -e ''`.
// NODE_EXTRA_CA_CERTS is unset for every run, the floor included: on Node 20 it adds ~40 ms to
// each start. The caches (compiled code) live in a scratch directory, filled by a first run.
// Usage: node bench/run.mjs [--runs N] [--startup-runs N] [--scale] [--lts] [--out FILE]
//   --lts   also time start-up on the newest Node of the current LTS line (scripts/lts-node.mjs)
import { spawn, spawnSync } from 'node:child_process';
import { benchEnv, measure as measureRuns, median, once as onceRun, perf } from './measure.mjs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ltsNode } from '../scripts/lts-node.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 15;
// Start-up figures are a few milliseconds apart: more runs for them.
const startupRuns = Number(args[args.indexOf('--startup-runs') + 1]) || 41;
const scale = args.includes('--scale');
const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : undefined;
const bin = join(root, 'bin/astana.js');
const node = process.execPath;
const nodes = [node, ...(args.includes('--lts') ? [ltsNode((line) => process.stderr.write(`${line}\n`))] : [])];
const versionOf = (path) => spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout.trim();

// Where the export and report cases write, and the caches (compiled code), filled by a first run.
const scratch = mkdtempSync(join(tmpdir(), 'astana-bench-out-'));
const cacheEnv = { ASTANA_CACHE_DIR: join(scratch, 'cache') };
const once = (argv, extraEnv = {}) => onceRun(argv, { ...cacheEnv, ...extraEnv });
const measure = (cases, count = runs) => measureRuns(cases.map((c) => ({ ...c, env: { ...cacheEnv, ...c.env } })), count, { warm: true });

const ajvCli = [node, join(root, 'node_modules/ajv-cli/dist/index.js'), 'validate', '--spec=draft2019'];
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
  { name: 'astana rounds show 21 (table)', argv: [node, bin, 'rounds', 'show', '21', '--format', 'table'], expect: 0 },
  { name: 'astana agenda diff 20 21 (table)', argv: [node, bin, 'agenda', 'diff', '20', '21', '--format', 'table'], expect: 0 },
  { name: 'astana validate', argv: [node, bin, 'validate'], expect: 0 },
  { name: 'astana export --to DIR', argv: [node, bin, 'export', '--to', join(scratch, 'package'), '--format', 'json'], expect: 0 },
  { name: 'astana export --sqlite FILE', argv: [node, bin, 'export', '--sqlite', join(scratch, 'astana.db'), '--format', 'json'], expect: 0 },
  { name: 'astana report --out FILE', argv: [node, bin, 'report', '--out', join(scratch, 'report.html')], expect: 0 },
  { name: 'astana changes --since 1.0.0 --format json (every fact compared)', argv: [node, bin, 'changes', '--since', '1.0.0', '--format', 'json'], expect: 0 },
  { name: 'astana changes --since 1.0.0 --stat (table)', argv: [node, bin, 'changes', '--since', '1.0.0', '--stat', '--format', 'table'], expect: 0 },
  { name: 'astana --version (reads data/dataset.yaml)', argv: [node, bin, '--version'], expect: 0 },
  { name: 'ajv-cli, rounds only (1 schema)', argv: [...ajvCli, '-s', 'schemas/round.schema.json', '-r', 'schemas/common.schema.json', '-d', 'data/rounds/*.yaml'], expect: 0 },
];
process.chdir(root);
const lines = [];
const say = (s) => {
  lines.push(s);
  console.log(s);
};

say('# Benchmarks');
say('');
say(
  "Produced by `npm run bench` (bench/run.mjs). Every command is run as `node bin/astana.js …` (never through npx), interleaved with the others, with NODE_EXTRA_CA_CERTS unset for every run including the `node -e ''` floor, and a scratch cache directory that a first run of each command fills; the figure is the median. Table output is asked for with `--format table`, since piped output is tsv by default. The scaling series uses `node bench/generate.mjs N DIR`: cold validation runs with the cache off, warm queries after one run has filled the cache.",
);
say('');
say(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, load average ${loadavg()[0].toFixed(1)} when the run began; medians of ${startupRuns} interleaved runs for start-up, ${runs} for the rest.`);
say('');

// Start-up on each Node, against that Node's own floor. Targets on Node 20: 1.8× for the table, 1.4× for JSON.
const startup = [
  ["node -e ''", ['-e', '']],
  ['astana rounds list (table)', [bin, 'rounds', 'list', '--format', 'table']],
  ['astana rounds list --format json', [bin, 'rounds', 'list', '--format', 'json']],
];
const versions = nodes.map(versionOf);
const timed = measure(nodes.flatMap((n) => startup.map(([name, argv]) => ({ name, argv: [n, ...argv], expect: 0 }))), startupRuns);
say('## Start-up');
say('');
say(`Wall time${perf ? ', then CPU time (perf task-clock, all threads)' : ''}, each against that Node's own \`node -e ''\`.`);
say('');
const columns = versions.flatMap((v) => [`Node ${v} ms`, '×', ...(perf ? ['CPU ms', '×'] : [])]);
say(`| command | ${columns.join(' | ')} |`);
say(`|---|${columns.map(() => '---:').join('|')}|`);
startup.forEach(([name], i) => {
  const cells = nodes.flatMap((_, k) => {
    const [r, floor] = [timed[k * startup.length + i], timed[k * startup.length]];
    const wall = [r.ms.toFixed(1), (r.ms / floor.ms).toFixed(2)];
    return perf ? [...wall, r.cpu.toFixed(1), (r.cpu / floor.cpu).toFixed(2)] : wall;
  });
  say(`| ${name} | ${cells.join(' | ')} |`);
});
say('');

const results = measure(cases);
const floor = results[0].ms;
// ajv-cli takes one schema per run: validating every kind of file takes seven runs.
const ajvAll = ajvKinds.map(([schema, data]) => ({ name: schema, argv: [...ajvCli, '-s', `schemas/${schema}`, '-r', 'schemas/common.schema.json', '-d', data], expect: 0 }));
const ajvTotal = measure(ajvAll).reduce((sum, r) => sum + r.ms, 0);
say(`## Other commands (Node ${versionOf(node)})`);
say('');
say('| command | median ms | × node -e \'\' | peak MB |');
say('|---|---:|---:|---:|');
for (const r of results) say(`| ${r.name} | ${r.ms.toFixed(1)} | ${(r.ms / floor).toFixed(2)} | ${r.mb.toFixed(0)} |`);
say(`| ajv-cli, every file (7 runs, one per schema) | ${ajvTotal.toFixed(1)} | ${(ajvTotal / floor).toFixed(2)} | |`);

// `astana mcp` from spawn to its first tool result: the client's messages are written at once
// and stdin closed, so the run ends once the server has answered them all. The target is 3× the
// same meeting as `rounds show 21 --format json`, a command that loads the same data.
const mcpSession = [
  { jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '1' } } },
  { jsonrpc: '2.0', method: 'notifications/initialized' },
  { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'meetings_show', arguments: { id: 'round-21' } } },
].map((m) => `${JSON.stringify(m)}\n`).join('');
const [showJson, mcpFirst] = measure([
  { name: 'astana rounds show 21 --format json', argv: [node, bin, 'rounds', 'show', '21', '--format', 'json'], expect: 0 },
  { name: 'astana mcp: start, initialize, meetings_show round-21', argv: [node, bin, 'mcp'], input: mcpSession, expect: 0 },
]);
const closing = await mcpExitTimes(runs);
say('');
say(`## MCP server (Node ${versionOf(node)})`);
say('');
say('| case | median ms | × `rounds show 21 --format json` (target ≤ 3) |');
say('|---|---:|---:|');
say(`| ${showJson.name} | ${showJson.ms.toFixed(1)} | 1.00 |`);
say(`| ${mcpFirst.name} (spawn to first tool result) | ${mcpFirst.ms.toFixed(1)} | ${(mcpFirst.ms / showJson.ms).toFixed(2)} |`);
say(`| astana mcp: stdin closed to process exit | ${closing.toFixed(1)} | |`);

/** Median time from closing a running server's stdin to its exit, over `count` servers. */
async function mcpExitTimes(count) {
  const times = [];
  for (let i = 0; i < count; i++) {
    const child = spawn(node, [bin, 'mcp'], { env: { ...benchEnv, ...cacheEnv }, stdio: ['pipe', 'pipe', 'inherit'] });
    const answered = new Promise((resolve) => child.stdout.once('data', resolve));
    const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    child.stdin.write(mcpSession.split('\n')[0] + '\n');
    await answered;
    const start = process.hrtime.bigint();
    child.stdin.end();
    const code = await exited;
    if (code !== 0) throw new Error(`astana mcp: exit ${code} when its input closed, expected 0`);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

if (scale) {
  say('');
  say('## Scaling');
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
