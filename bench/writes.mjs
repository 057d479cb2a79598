#!/usr/bin/env node
// What writing files costs: `export --to` into a new directory and over an earlier export (built
// beside it, then swapped in), `export --sqlite` and `report --out`, on the bundled data and on
// generated rounds; and how soon Ctrl-C stops an `export --to` over an earlier export, with what
// it leaves. With --out FILE, replaces the "Writing files" section of FILE.
// Usage: node bench/writes.mjs [--runs N] [--rounds N] [--out FILE]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchEnv, measure, median } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runs = Number(option('--runs', 5));
const rounds = Number(option('--rounds', 3000));
const out = option('--out', undefined);
const bin = join(root, 'bin/astana.js');
const astana = (...argv) => [process.execPath, bin, ...argv];

const generated = mkdtempSync(join(tmpdir(), 'astana-writes-data-'));
spawnSync(process.execPath, [join(root, 'bench/generate.mjs'), String(rounds), generated], { stdio: 'inherit' });
const work = mkdtempSync(join(tmpdir(), 'astana-writes-'));
const n = rounds.toLocaleString('en');

const cases = [];
for (const [label, data] of [['bundled data', []], [`${n} rounds`, ['--data', generated]]]) {
  const fresh = join(work, `fresh-${cases.length}`);
  const over = join(work, `over-${cases.length}`);
  spawnSync(process.execPath, [bin, 'export', '--to', over, ...data], { env: benchEnv });
  cases.push(
    { name: `${label}: \`export --to\` a new directory`, argv: astana('export', '--to', fresh, ...data), before: () => rmSync(fresh, { recursive: true, force: true }), expect: 0 },
    { name: `${label}: \`export --to\` over an earlier export`, argv: astana('export', '--to', over, ...data), expect: 0 },
    { name: `${label}: \`export --sqlite\` a file`, argv: astana('export', '--sqlite', join(work, `db-${cases.length}.sqlite`), ...data), expect: 0 },
    { name: `${label}: \`report --out\` a file`, argv: astana('report', '--out', join(work, `report-${cases.length}.html`), ...data), expect: 0 },
  );
}
const results = measure(cases, runs, { warm: true });

// Ctrl-C at points spread over one export of the generated rounds, over an earlier export.
const target = join(work, 'interrupted');
spawnSync(process.execPath, [bin, 'export', '--to', target, '--data', generated], { env: benchEnv });
const whole = results.find((r) => r.name.startsWith(`${n} rounds: \`export --to\` over`)).ms;
const attempts = 10;
const stops = [];
const left = { old: 0, new: 0, other: 0, temps: 0 };
// The swap replaces the directory, so its inode tells the old package from the new; a package
// is whole when every file its datapackage.json lists is there.
const isWhole = () => {
  try {
    const resources = JSON.parse(readFileSync(join(target, 'datapackage.json'), 'utf8')).resources;
    const listed = new Set(['datapackage.json', 'README.md', ...resources.map((r) => r.path)]);
    return resources.every((r) => existsSync(join(target, r.path))) && readdirSync(target).every((name) => listed.has(name));
  } catch {
    return false;
  }
};
const stamp = () => (isWhole() ? statSync(target).ino : undefined);
for (let i = 0; i < attempts; i++) {
  const before = stamp();
  const child = spawn(process.execPath, [bin, 'export', '--to', target, '--data', generated], { env: benchEnv, stdio: 'ignore' });
  const ended = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, at: process.hrtime.bigint() })));
  await new Promise((resolve) => setTimeout(resolve, Math.round(((i + 0.5) / attempts) * whole)));
  const sent = process.hrtime.bigint();
  child.kill('SIGINT');
  const { code, signal, at } = await ended;
  if (signal === 'SIGINT') stops.push(Number(at - sent) / 1e6);
  const now = stamp();
  left[now === undefined ? 'other' : now === before ? 'old' : 'new'] += 1;
  if (code !== 0 && signal !== 'SIGINT') left.other += 1;
  left.temps += readdirSync(work).filter((name) => name.includes('.tmp')).length;
}
rmSync(work, { recursive: true, force: true });
rmSync(generated, { recursive: true, force: true });

const lines = [
  '## Writing files',
  '',
  `Produced by \`node bench/writes.mjs\` (median of ${runs} interleaved runs after one unmeasured run; peak memory by GNU time). \`export --to\` builds the package in a directory beside the target and swaps it in at the end, so an export over an earlier one costs one rename more than a new one.`,
  '',
  '| case | median ms | peak MB |',
  '|---|---:|---:|',
  ...results.map((r) => `| ${r.name} | ${r.ms.toFixed(0)} | ${r.mb.toFixed(0)} |`),
  '',
  `Ctrl-C (SIGINT) sent ${attempts} times, at points spread over an \`export --to\` of ${n} rounds over an earlier export (${whole.toFixed(0)} ms whole): ${stops.length} stopped by the signal, from signal to exit median ${stops.length ? median(stops).toFixed(0) : '–'} ms, at most ${stops.length ? Math.max(...stops).toFixed(0) : '–'} ms; ${attempts - stops.length} had finished. Left behind: the old package ${left.old} times, the new one ${left.new} times, anything else ${left.other} times; temporary files or directories: ${left.temps}.`,
  '',
];
console.log(lines.join('\n'));
if (out) {
  const current = existsSync(out) ? readFileSync(out, 'utf8') : '';
  const section = /## Writing files\n[\s\S]*?(?=\n## |$)/;
  const text = section.test(current) ? current.replace(section, lines.join('\n')) : `${current.trimEnd()}\n\n${lines.join('\n')}`;
  writeFileSync(out, `${text.trimEnd()}\n`);
}
