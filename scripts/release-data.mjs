#!/usr/bin/env node
// npm run release:data -- X.Y.Z [--date YYYY-MM-DD] [--from-git COMMIT]
// Compares data/ with the previous release, refuses a version that does not fit what changed
// (patch: corrections; minor: additions; major: a change of shape), writes data/releases/X.Y.Z.json,
// stamps data/dataset.yaml and rewrites the data releases of CHANGELOG.md. With --from-git, records
// the data as it stood at COMMIT instead (dated by the commit), to rebuild the history.
import { fileURLToPath } from 'node:url';
import { importTs } from './import-ts.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const version = args.find((a, i) => !a.startsWith('--') && !['--date', '--from-git'].includes(args[i - 1]));
if (version === undefined) {
  console.error('usage: npm run release:data -- X.Y.Z [--date YYYY-MM-DD] [--from-git COMMIT]');
  process.exit(2);
}

try {
  const { release } = await importTs({ release: 'src/release/main.ts' });
  await release({ root, version, date: option('--date'), fromGit: option('--from-git'), log: (line) => console.log(line) });
} catch (error) {
  console.error(`release:data: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
