import { join } from 'node:path';

// Both this file (src/) and the bundle (dist/) sit one level below the package root.
const root = join(import.meta.dirname, '..');

export const packageRoot = root;
export const bundledDataDir = join(root, 'data');

/** Built with the package: the bundled data, validated, keyed by its content hash. */
export const snapshotFile = join(root, 'dist', 'snapshot.json');
/** The stats of the files that last hashed to the snapshot's key (src/data/snapshot.ts). */
export const snapshotStatsFile = join(root, 'dist', 'snapshot-files.json');

/** Built with the snapshot: the search index of the bundled data, under the snapshot's key. */
export const searchIndexFile = join(root, 'dist', 'search-index.json');
