#!/usr/bin/env node
// `npm run test:lts`: the whole test suite again, on the newest Node of the current LTS line
// (scripts/lts-node.mjs). npm, the build, tsc and vitest all start through the `node` on PATH,
// so putting that Node first on PATH runs all of them on it.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ltsNode } from './lts-node.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const say = (line) => process.stdout.write(`test:lts: ${line}\n`);
let node;
try {
  node = ltsNode(say);
} catch (error) {
  say(error.message);
  process.exit(1);
}
// Some tests run the tool as another user (nobody, when run as root); a Node kept in a home
// directory only its owner may enter is copied, for the run, where every user can run it.
const reachable = (path) => path === dirname(path) || ((statSync(path).mode & 0o001) !== 0 && reachable(dirname(path)));
let scratch;
if (!reachable(dirname(node))) {
  scratch = mkdtempSync(join(tmpdir(), 'astana-node-'));
  chmodSync(scratch, 0o755);
  copyFileSync(node, join(scratch, 'node'));
  chmodSync(join(scratch, 'node'), 0o755);
  node = join(scratch, 'node');
}
const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
say(`npm test on Node ${version} (${node})`);
const test = spawnSync('npm', ['test'], { cwd: root, stdio: 'inherit', env: { ...process.env, PATH: `${dirname(node)}:${process.env.PATH}` } });
if (scratch) rmSync(scratch, { recursive: true, force: true });
process.exitCode = test.status ?? 1;
