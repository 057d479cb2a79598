import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { cacheDir as cacheHome, dataDirOf } from './cache-dir.js';
import { removeStaleTemps, writeAtomicallySync } from './atomic.js';
import { makeDir, readSafely, trustOf } from './files.js';

/** The CommonJS loader's compile step, which Node does not type. */
interface Compiling {
  exports: unknown;
  _compile(content: string, filename: string): unknown;
}

export interface CodeCache {
  /** Writes the code compiled without a usable cache; call it once the program has run. */
  flush(): void;
}

/**
 * V8's compiled code for the CommonJS files in `dir`, kept in `cacheDir` (one per `dir`) between
 * runs: on Node 20 compiling the bundle is a fifth of the start-up. Node's own cache
 * (module.enableCompileCache, from 22.1) stores code as compiled, before it runs, so every
 * function compiled lazily is compiled again on every run; this stores it after the run, with
 * every function that ran, and measures ~2 ms faster on Node 26 too. As the v8-compile-cache
 * package did, the loader's compile step is wrapped, here for the files of `dir` only. V8 checks
 * only a cached source's length, so each cache file is named by the Node version and its
 * source's size, modification and change times and inode.
 */
export function cacheCompiledCode(dir: string, cacheDir: string): CodeCache {
  // Cached code runs as it is: it is kept only in a directory of the user's that no one else may write to.
  if (existsSync(cacheDir) && trustOf(cacheDir) !== 'private') return { flush: () => undefined };
  const proto = Module.prototype as unknown as Compiling;
  const compile = proto._compile;
  const pending: (() => void)[] = [];
  proto._compile = function (this: Compiling, content: string, filename: string) {
    if (dirname(filename) !== dir) return compile.call(this, content, filename);
    const s = statSync(filename);
    const name = `${basename(filename)}@${process.version}-${s.size}-${s.mtimeMs}-${s.ctimeMs}-${s.ino}.v8`;
    const cachedData = readSafely(join(cacheDir, name), maxCodeBytes);
    const script = new Script(`(function (exports, require, module, __filename, __dirname) {${content}\n})`, { filename, cachedData });
    if (cachedData === undefined || script.cachedDataRejected) pending.push(() => write(dir, cacheDir, name, script.createCachedData()));
    const wrapper = script.runInThisContext() as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, dirname(filename));
  };
  return { flush: () => pending.splice(0).forEach((w) => w()) };
}

/** Far more than the bundle's compiled code; a bound on what is read. */
const maxCodeBytes = 64 * 1024 * 1024;

/** Best effort and atomic; older code of this file for this Node, and code of files now gone, is removed. */
function write(dir: string, cacheDir: string, name: string, code: Buffer): void {
  if (!makeDir(cacheDir) || trustOf(cacheDir) !== 'private') return;
  try {
    // Names are `<file>@<node version>-<stats>.v8`; each Node keeps its own.
    const source = (file: string): string => file.slice(0, file.lastIndexOf('@'));
    const forNode = (file: string): string => file.slice(0, file.indexOf('-', file.lastIndexOf('@')));
    const stale = (file: string): boolean => file.endsWith('.v8') && (forNode(file) === forNode(name) || !existsSync(join(dir, source(file))));
    for (const old of readdirSync(cacheDir).filter(stale)) rmSync(join(cacheDir, old), { force: true });
  } catch {
    // Unlistable: the old files stay.
  }
  removeStaleTemps(cacheDir);
  try {
    writeAtomicallySync(join(cacheDir, name), code);
  } catch {
    // A read-only or full disk: carry on, compiling; the writer leaves nothing behind.
  }
}

/**
 * What bin/astana.js runs first: the compiled-code cache for the bundle in `dist`, in the cache
 * directory the data cache uses (one resolver for both, runtime/cache-dir.ts), and so never
 * inside the data directory the command line names. Returns what to run as the process exits.
 */
export function startCompiledCodeCache(dist: string, env: Readonly<Record<string, string | undefined>>, argv: readonly string[], cwd: string): (() => void) | undefined {
  const dir = cacheHome(env, dataDirOf(argv, env, cwd, join(dist, '..', 'data')));
  if (dir === undefined) return undefined;
  return cacheCompiledCode(dist, join(dir, 'v8', dist.replace(/[^\w.-]+/g, '_'))).flush;
}
