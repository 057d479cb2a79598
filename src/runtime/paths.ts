import { basename, join } from 'node:path';

// The bundle (dist/) sits one level below the package root, this file (src/runtime/) two.
const here = import.meta.dirname;
const root = basename(here) === 'runtime' ? join(here, '..', '..') : join(here, '..');

export const packageRoot = root;
export const bundledDataDir = join(root, 'data');

/** Built with the package: the bundled data, validated, keyed by its content hash. */
export const snapshotFile = join(root, 'dist', 'snapshot.json');
/** The stats of the files that last hashed to the snapshot's key (src/data/cache/snapshot.ts). */
export const snapshotStatsFile = join(root, 'dist', 'snapshot-files.json');

/** Built with the snapshot: the search index of the bundled data, under the snapshot's key. */
export const searchIndexFile = join(root, 'dist', 'search-index.json');
