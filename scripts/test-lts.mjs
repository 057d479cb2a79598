#!/usr/bin/env node
// `npm run test:lts`: the whole test suite again, on the newest Node of the current LTS line
// (scripts/lts-node.mjs). npm, the build, tsc and vitest all start through the `node` on PATH,
// so putting that Node first on PATH runs all of them on it.
import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
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
const version = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim();
say(`npm test on Node ${version} (${node})`);
const test = spawnSync('npm', ['test'], { cwd: root, stdio: 'inherit', env: { ...process.env, PATH: `${dirname(node)}:${process.env.PATH}` } });
process.exitCode = test.status ?? 1;
