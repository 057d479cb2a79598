import { spawnSync } from 'node:child_process';
const trees = { before: '/tmp/ab', after: '/work/main' };
const env = { ...process.env, XDG_CACHE_HOME: '/tmp/abcache' };
const args = process.argv.slice(2);
const t = { before: [], after: [] };
for (let i = 0; i < 30; i++) for (const [k, dir] of Object.entries(trees)) {
  const s = process.hrtime.bigint();
  spawnSync('node', [`${dir}/bin/astana.js`, ...args], { env, stdio: 'ignore' });
  t[k].push(Number(process.hrtime.bigint() - s) / 1e6);
}
const med = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)].toFixed(1);
console.log(args.join(' '), 'before', med(t.before), 'after', med(t.after));
