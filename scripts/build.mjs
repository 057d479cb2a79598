// Bundles src/ into dist/: one file per load step is faster than many imports from node_modules.
//
// The output is CommonJS, in chunks. On Node 20 an ES module entry costs a start-up the tool
// cannot afford (the ESM loader alone is ~4 ms of a ~23 ms floor), while esbuild splits code into
// lazily loaded chunks only for ES modules. So esbuild bundles and splits as ESM in memory, and
// each file is then converted to CommonJS, with `import()` of a chunk becoming a `require()`.
import { build, transform } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

// Validators compiled from the schemas, so start-up never runs ajv's compiler.
await import('./gen-validators.mjs');

/**
 * Start-up must not load Node modules it does not use: child_process is for the pager and, in
 * commander, for external subcommands (this tool has none); crypto is for content hashes, which
 * the bundled data's snapshot needs only when a file's stats changed (src/data/cache/snapshot.ts).
 * Each is loaded on first use. A require() gets a proxy; ES modules import names, so they get
 * functions by those names that load the module when called.
 */
const lazyBuiltins = ['child_process', 'crypto'];
const lazyBuiltin = {
  name: 'lazy-builtin',
  setup(b) {
    const filter = new RegExp(`^(node:)?(${lazyBuiltins.join('|')})$`);
    b.onResolve({ filter }, (args) => {
      const name = args.path.replace(/^node:/, '');
      // The stand-ins themselves load the real module.
      if (args.namespace.startsWith('lazy-')) return { path: `node:${name}`, external: true };
      return { path: name, namespace: args.kind === 'require-call' ? 'lazy-cjs' : 'lazy-esm' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy-cjs' }, (args) => ({
      contents: `module.exports = new Proxy({}, { get: (_, name) => require('node:${args.path}')[name] });`,
      loader: 'js',
    }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-esm' }, async (args) => {
      const functions = Object.entries(await import(`node:${args.path}`)).filter(([name, value]) => name !== 'default' && typeof value === 'function');
      const lines = functions.map(([name]) => `export function ${name}(...args) { return load().${name}(...args); }`);
      return { contents: `let loaded;\nconst load = () => (loaded ??= require('node:${args.path}'));\n${lines.join('\n')}\n`, loader: 'js' };
    });
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

/**
 * Tables measure text with string-width (src/render/box.ts, wrap-ansi), which sets up
 * Intl.Segmenter when it loads and walks text grapheme by grapheme. Every import of it gets
 * src/render/narrow-width.ts in front, and the real one loads only for text with a character
 * that is not simply one column wide.
 */
const narrowWidthFirst = {
  name: 'narrow-width-first',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData === 'real') return undefined;
      const real = await b.resolve(args.path, { importer: args.importer, resolveDir: args.resolveDir, kind: args.kind, pluginData: 'real' });
      return { path: real.path, namespace: 'narrow-width', pluginData: { cjs: args.kind === 'require-call' } };
    });
    b.onLoad({ filter: /.*/, namespace: 'narrow-width' }, (args) => {
      const body = [
        `import { narrowWidth } from ${JSON.stringify(join(root, 'src/render/narrow-width.ts'))};`,
        'let real;',
        'function stringWidth(text, options) {',
        '  const width = narrowWidth(text);',
        '  if (width !== undefined) return width;',
        // require(), not import: the real module is set up only when first needed.
        `  real ??= ((m) => m.default ?? m)(require(${JSON.stringify(args.path)}));`,
        '  return real(text, options);',
        '}',
        args.pluginData.cjs ? 'module.exports = stringWidth;' : 'export default stringWidth;',
      ];
      return { contents: body.join('\n'), loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

// Paths in the metafile are relative to absWorkingDir, so the build may run from any directory.
const common = { absWorkingDir: root, bundle: true, platform: 'node', target: 'node20', sourcemap: false, logLevel: 'warning' };

const bundled = await build({
  ...common,
  entryPoints: { astana: join(root, 'src/entry.ts') },
  outdir: dist,
  write: false,
  metafile: true,
  // Commands and what only some of them need (the YAML parsers, validators, wrap-ansi) sit in
  // their own chunks, so `rounds list --format json` loads none of them.
  splitting: true,
  // Chunks sit beside the entry, so src/runtime/paths.ts finds the package root from any of them.
  chunkNames: '[name]-[hash]',
  format: 'esm',
  plugins: [lazyBuiltin, noColorDetection, narrowWidthFirst],
});

const files = new Map();
for (const file of bundled.outputFiles) {
  const cjs = await transform(file.text, {
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // Turns `import('./x.js')` into a promise of `require('./x.js')`.
    supported: { 'dynamic-import': false },
    // src/runtime/paths.ts finds the package from its own location; a module that needs its own URL
    // gets it computed once, in the chunks that use it only.
    define: { 'import.meta.dirname': '__dirname', 'import.meta.url': '__import_meta_url' },
    logLevel: 'warning',
  });
  const url = cjs.code.includes('__import_meta_url') ? "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;\n" : '';
  files.set(basename(file.path), `${url}${cjs.code}`);
}

/**
 * The chunks the entry loads at start, and those they load, go inside the entry: each file is
 * a lookup, a read and a compile, which at ~0.4 ms apiece is a tenth of the start-up left.
 * Their files stay, as a line that hands the lazy chunks the entry's copy.
 */
const output = (name) => bundled.metafile.outputs[relative(root, join(dist, name))];
const inlined = new Set();
const visit = (name) => {
  for (const { path, kind } of output(name).imports) {
    const chunk = basename(path);
    if (kind === 'import-statement' && path.startsWith(relative(root, dist)) && !inlined.has(chunk)) {
      inlined.add(chunk);
      visit(chunk);
    }
  }
};
visit('astana.js');
const modules = [...inlined].map((name) => `  ${JSON.stringify(`./${name}`)}(exports, require, module) {\n${files.get(name)}\n  },`);
const prelude = [
  'var __inlined = {',
  ...modules,
  '};',
  'var __inlinedExports = {};',
  'function __chunk(id) {',
  '  if (!(id in __inlinedExports)) {',
  '    const module = { exports: {} };',
  '    __inlinedExports[id] = module.exports;',
  '    __inlined[id](module.exports, (path) => (path in __inlined ? __chunk(path) : require(path)), module);',
  '    __inlinedExports[id] = module.exports;',
  '  }',
  '  return __inlinedExports[id];',
  '}',
].join('\n');
let entry = files.get('astana.js');
for (const name of inlined) {
  entry = entry.replaceAll(`require(${JSON.stringify(`./${name}`)})`, `__chunk(${JSON.stringify(`./${name}`)})`);
  files.set(name, `module.exports = require("./astana.js").__chunk(${JSON.stringify(`./${name}`)});\n`);
}
files.set('astana.js', `${prelude}\n${entry}\nmodule.exports.__chunk = __chunk;\n`);

// compile-cache.js runs before the bundle loads, so that the bundle's compiled code is cached;
// on its own, it shares nothing with the bundle.
const hook = await build({ ...common, entryPoints: [join(root, 'src/runtime/compile-cache.ts')], write: false, format: 'cjs', plugins: [lazyBuiltin] });
files.set('compile-cache.js', hook.outputFiles[0].text);

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
for (const [name, code] of files) writeFileSync(join(dist, name), code);
// package.json says "type": "module"; these files are CommonJS.
writeFileSync(join(dist, 'package.json'), '{ "type": "commonjs" }\n');

// The bundled data, validated once at build time: queries on it parse no YAML at all.
// Its search index too, under the snapshot's key, so a search on it builds nothing.
const { writeSnapshot, writeSearchIndex } = createRequire(import.meta.url)(join(dist, 'astana.js'));
if (await writeSnapshot()) await writeSearchIndex();
