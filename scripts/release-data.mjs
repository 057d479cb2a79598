#!/usr/bin/env node
// npm run release:data -- X.Y.Z [--date YYYY-MM-DD] [--from-git COMMIT]
// Compares data/ with the previous release, refuses a version that does not fit what changed
// (patch: corrections; minor: additions; major: a change of shape), writes data/releases/X.Y.Z.json,
// stamps data/dataset.yaml and rewrites the data releases of CHANGELOG.md. With --from-git, records
// the data as it stood at COMMIT instead (dated by the commit), to rebuild the history.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const version = args.find((a, i) => !a.startsWith('--') && !['--date', '--from-git'].includes(args[i - 1]));
if (version === undefined) {
  console.error('usage: npm run release:data -- X.Y.Z [--date YYYY-MM-DD] [--from-git COMMIT]');
  process.exit(2);
}

// The release code is TypeScript: esbuild bundles it for this script, its packages left outside.
const built = await build({ entryPoints: [join(root, 'src/release/main.ts')], bundle: true, write: false, platform: 'node', format: 'esm', packages: 'external', logLevel: 'silent' });
const dir = join(root, 'node_modules', '.cache', 'astana-release');
mkdirSync(dir, { recursive: true });
const file = join(dir, `release-${process.pid}.mjs`);
writeFileSync(file, built.outputFiles[0].text);
try {
  const { release } = await import(pathToFileURL(file).href);
  await release({ root, version, date: option('--date'), fromGit: option('--from-git'), log: (line) => console.log(line) });
} catch (error) {
  console.error(`release:data: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  rmSync(file, { force: true });
}
