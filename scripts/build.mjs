// Bundles src/ into dist/astana.js: one file loads faster than many imports from node_modules.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// Validators compiled from the schemas, so start-up never runs ajv's compiler.
await import('./gen-validators.mjs');

rmSync(`${root}dist`, { recursive: true, force: true });
await build({
  entryPoints: { astana: `${root}src/cli.ts` },
  outdir: `${root}dist`,
  // Commands load what they need on demand: the YAML parser, validators and cli-table3 each
  // sit in their own chunk, so `rounds list --format json` loads none of them.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning',
  // CommonJS dependencies inside an ES module bundle need a require().
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});

// The bundled data, validated once at build time: queries on it parse no YAML at all.
// Its search index too, under the snapshot's key, so a search on it builds nothing.
const { writeSnapshot, writeSearchIndex } = await import(`${root}dist/astana.js`);
if (await writeSnapshot()) await writeSearchIndex();
