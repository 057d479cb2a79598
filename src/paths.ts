import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

// Both this file (src/) and the bundle (dist/) sit one level below the package root.
const root = fileURLToPath(new URL('..', import.meta.url));

export const packageRoot = root;
export const bundledDataDir = join(root, 'data');

/** Built with the package: the bundled data, validated, keyed by its content hash. */
export const snapshotFile = join(root, 'dist', 'snapshot.json');

/** Built with the snapshot: the search index of the bundled data, under the snapshot's key. */
export const searchIndexFile = join(root, 'dist', 'search-index.json');
