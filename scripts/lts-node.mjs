// The newest Node of the current LTS line (26 by default; ASTANA_LTS_NODE picks another major),
// for `npm run test:lts` and `npm run bench`. Node's official binaries are on the npm registry as
// node-<os>-<arch>, so the only network this needs is the registry. The tarball and the unpacked
// binary are kept in a cache directory outside the repository, so a rerun fetches nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const major = process.env.ASTANA_LTS_NODE || '26';
const pkg = `node-${process.platform === 'win32' ? 'win' : process.platform}-${process.arch}`;
const cache = process.env.ASTANA_NODE_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'astana', 'node');

const byVersion = (a, b) => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...options });
  if (r.error) throw r.error;
  return r;
}

/** The newest published version of the major; offline, the newest one already cached. */
function newest() {
  const r = run('npm', ['view', `${pkg}@${major}`, 'version', '--json']);
  if (r.status === 0 && r.stdout.trim() !== '') {
    const found = JSON.parse(r.stdout);
    return [found].flat().sort(byVersion).at(-1);
  }
  const cached = existsSync(cache) ? readdirSync(cache).filter((v) => v.startsWith(`${major}.`)).sort(byVersion) : [];
  if (cached.length > 0) return cached.at(-1);
  throw new Error(`cannot find ${pkg}@${major} on the registry, and none is cached in ${cache}\n${r.stderr}`);
}

/** The path of bin/node of the newest Node `major`, fetched with `npm pack` and unpacked once. */
export function ltsNode(log = (line) => process.stdout.write(`${line}\n`)) {
  const version = newest();
  const dir = join(cache, version);
  const node = join(dir, 'package', 'bin', 'node');
  if (existsSync(node)) return node;
  mkdirSync(dir, { recursive: true });
  const tarball = join(dir, `${pkg}-${version}.tgz`);
  if (!existsSync(tarball)) {
    log(`fetching ${pkg}@${version} into ${dir}`);
    const packed = run('npm', ['pack', `${pkg}@${version}`, '--pack-destination', dir, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (packed.status !== 0) throw new Error(`npm pack ${pkg}@${version} failed`);
  }
  // Unpack beside the tarball, then move into place, so an interrupted run leaves no half binary.
  const tmp = join(dir, 'unpacking');
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  if (run('tar', ['-xzf', tarball, '-C', tmp], { stdio: 'inherit' }).status !== 0) throw new Error(`cannot unpack ${tarball}`);
  renameSync(join(tmp, 'package'), join(dir, 'package'));
  rmSync(tmp, { recursive: true, force: true });
  return node;
}
