// Writes CITATION.cff from data/dataset.yaml with the function the release script calls too
// (src/render/citation-cff.ts), after the data has passed the same checks as `astana validate`:
// a file that fails them gives no citation. `npm run gen:citation` rewrites it; with --check it
// only says whether CITATION.cff is current (exit 1 when not). test/citation-cff.test.ts fails
// when the file is stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './import-ts.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const citationFile = join(root, 'CITATION.cff');

/** The TypeScript this script needs. */
async function fromSources() {
  // The checks use validators compiled from the schemas, which the build makes.
  if (!existsSync(join(root, 'src/data/generated/validators.js'))) await import('./gen-validators.mjs');
  return importTs({ checkDataDir: 'src/data/pipeline.ts', citationCff: 'src/render/citation-cff.ts' });
}

/** CITATION.cff as the data in `dataDir` (the bundled data by default) gives it. */
export async function generate(dataDir = join(root, 'data')) {
  const { checkDataDir, citationCff } = await fromSources();
  const { dataset, diagnostics } = await checkDataDir(dataDir);
  if (!dataset) {
    const first = diagnostics.find((d) => d.severity === 'error');
    throw new Error(`the data is invalid (${first?.code} in ${first?.file}); run astana validate`);
  }
  if (!dataset.metadata) throw new Error(`${dataDir} has no dataset.yaml to cite`);
  return citationCff(dataset.metadata);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const text = await generate();
    const current = existsSync(citationFile) ? readFileSync(citationFile, 'utf8') : undefined;
    if (process.argv.includes('--check')) {
      if (current !== text) {
        process.stderr.write('CITATION.cff is not what data/dataset.yaml gives: run npm run gen:citation\n');
        process.exitCode = 1;
      }
    } else if (current !== text) {
      writeFileSync(citationFile, text);
    }
  } catch (e) {
    process.stderr.write(`gen-citation: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
