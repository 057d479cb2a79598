// The scripts that run the project's TypeScript (the output schemas, the citation, the data
// release) import it through here: esbuild bundles the modules named, with their packages left
// outside, into a file of this process's own under node_modules/.cache, which is imported and
// removed.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The exports of `modules` ({name: 'src/…ts'}), as one ES module. */
export async function importTs(modules) {
  const contents = Object.entries(modules)
    .map(([name, path]) => `export { ${name} } from './${path}';`)
    .join('\n');
  const built = await build({ stdin: { contents, resolveDir: root, loader: 'ts' }, bundle: true, write: false, platform: 'node', format: 'esm', packages: 'external', logLevel: 'silent' });
  const dir = join(root, 'node_modules', '.cache', 'astana-gen');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `modules-${process.pid}-${Date.now()}.mjs`);
  writeFileSync(file, built.outputFiles[0].text);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(file, { force: true });
  }
}
