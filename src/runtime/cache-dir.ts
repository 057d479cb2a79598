import { isAbsolute, join, resolve } from 'node:path';
import { realPath, within } from './files.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Where the tool's caches live, by the XDG Base Directory spec: $ASTANA_CACHE_DIR, else
 * $XDG_CACHE_HOME/astana, else ~/.cache/astana. A relative path is ignored, as the spec says (it
 * would depend on the working directory), and so is a place inside the data directory, which the
 * tool never writes to. Undefined means no cache. The one resolver: the data cache, the search
 * index and bin/astana.js's compiled code all ask it.
 */
export function cacheDir(env: Env, dataDir: string): string | undefined {
  if (env.ASTANA_NO_CACHE === '1') return undefined;
  const absolute = (path: string | undefined): string | undefined => (path && isAbsolute(path) ? path : undefined);
  const xdg = absolute(env.XDG_CACHE_HOME);
  const home = absolute(env.HOME);
  const dir = absolute(env.ASTANA_CACHE_DIR) ?? (xdg ? join(xdg, 'astana') : home ? join(home, '.cache', 'astana') : undefined);
  if (dir === undefined || within(realPath(resolve(dataDir)), realPath(dir))) return undefined;
  return dir;
}

/**
 * The data directory a command line names, before it is parsed, for the caches that start before
 * the program does: --data DIR or --data=DIR, else $ASTANA_DATA, else `bundled`.
 */
export function dataDirOf(argv: readonly string[], env: Env, cwd: string, bundled: string): string {
  let given = env.ASTANA_DATA || undefined;
  argv.forEach((arg, i) => {
    if (arg === '--data' && argv[i + 1] !== undefined) given = argv[i + 1];
    else if (arg.startsWith('--data=')) given = arg.slice('--data='.length);
  });
  return given === undefined ? bundled : resolve(cwd, given);
}
