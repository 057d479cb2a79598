import { writeFileSync } from 'node:fs';
import pkg from '../../package.json' with { type: 'json' };
import { bundledDataDir, snapshotFile } from '../paths.js';
import { contentKey } from './cache.js';
import { readDataDir } from './read.js';

/**
 * Validates the bundled data and stores it with its content key (run by scripts/build.mjs).
 * Invalid data gets no snapshot: the tool then validates from the YAML and reports the problem.
 */
export async function writeSnapshot(): Promise<boolean> {
  const read = readDataDir(bundledDataDir);
  const { checkRawFiles } = await import('./pipeline.js');
  const checked = await checkRawFiles(read.files, read.diagnostics);
  if (!checked.raw || read.diagnostics.length > 0) {
    process.stderr.write('astana build: the bundled data is invalid, so no snapshot was written; run `astana validate`\n');
    return false;
  }
  writeFileSync(snapshotFile, JSON.stringify({ key: contentKey(read.files, pkg.version), data: checked.raw }));
  return true;
}
