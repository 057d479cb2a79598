// Bundles src/ into dist/: one file per load step is faster than many imports from node_modules.
//
// The output is CommonJS, in chunks. On Node 20 an ES module entry costs a start-up the tool
// cannot afford (the ESM loader alone is ~4 ms of a ~23 ms floor), while esbuild splits code into
// lazily loaded chunks only for ES modules. So esbuild bundles and splits as ESM in memory, and
// each file is then converted to CommonJS, with `import()` of a chunk becoming a `require()`.
import { build, transform } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

// Validators compiled from the schemas, so start-up never runs ajv's compiler.
await import('./gen-validators.mjs');

/**
 * Start-up must not load Node modules it does not use. commander requires child_process at load
 * time, for external subcommands this tool has none of: it gets the module on first use instead.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, name) => require('node:child_process')[name] });",
      loader: 'js',
    }));
  },
};

/**
 * chalk detects colour support when it loads, with node:tty and node:os. The tool decides colour
 * itself (src/io.ts) and only ever builds `new Chalk({ level })`, so detection is replaced by a
 * stub that says "no colour" for chalk's own default instance, which the tool never uses.
 */
const noColorDetection = {
  name: 'no-color-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: 'export function createSupportsColor() { return false; }\nexport default { stdout: false, stderr: false };\n',
      loader: 'js',
    }));
  },
};

const bundled = await build({
  // compile-cache.js runs before the bundle is loaded, so that the bundle's compiled code is cached.
  entryPoints: { astana: join(root, 'src/cli.ts'), 'compile-cache': join(root, 'src/compile-cache.ts') },
  outdir: dist,
  write: false,
  // Commands and what only some of them need (the YAML parsers, validators, cli-table3) sit in
  // their own chunks, so `rounds list --format json` loads none of them.
  splitting: true,
  // Chunks sit beside the entry, so src/paths.ts finds the package root from any of them.
  chunkNames: '[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning',
  plugins: [lazyChildProcess, noColorDetection],
});

rmSync(dist, { recursive: true, force: true });
for (const file of bundled.outputFiles) {
  const cjs = await transform(file.text, {
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // Turns `import('./chunks/x.js')` into a promise of `require('./chunks/x.js')`.
    supported: { 'dynamic-import': false },
    // src/paths.ts finds the package from its own location.
    define: { 'import.meta.dirname': '__dirname' },
    logLevel: 'warning',
  });
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, cjs.code);
}
// package.json says "type": "module"; these files are CommonJS.
writeFileSync(join(dist, 'package.json'), '{ "type": "commonjs" }\n');

// The bundled data, validated once at build time: queries on it parse no YAML at all.
const { writeSnapshot } = createRequire(import.meta.url)(join(dist, 'astana.js'));
await writeSnapshot();
