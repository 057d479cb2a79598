import pkg from '../../package.json' with { type: 'json' };
import { metadataFile } from '../data/yaml/read.js';
import { parseFile } from '../data/yaml/parse.js';
import type { Io } from '../io.js';
import { dataDirOf } from '../runtime/cache-dir.js';
import { readSafely } from '../runtime/files.js';
import { bundledDataDir } from '../runtime/paths.js';
import { join } from 'node:path';

/** Whether `argv` asks for the versions, as commander would read it. */
export const asksVersion = (argv: readonly string[]): boolean => argv.some((a) => a === '-V' || a === '--version');

/**
 * What `astana --version` prints: the tool's version, then the data's, which are separate (the
 * data's is stamped by `npm run release:data`). Only data/dataset.yaml is read, so that the
 * versions print even when some other file is invalid.
 */
export async function versionText(argv: readonly string[], io: Io): Promise<string> {
  const dir = dataDirOf(argv, io.env, io.cwd, bundledDataDir);
  const bytes = readSafely(join(dir, metadataFile), 1024 * 1024);
  const parsed = bytes === undefined ? undefined : (await parseFile({ kind: 'dataset', path: metadataFile, bytes })).file?.value;
  const { version, released } = (parsed ?? {}) as { version?: unknown; released?: unknown };
  const data =
    typeof version !== 'string'
      ? `data: no version (${bytes === undefined ? `no ${metadataFile}` : `${metadataFile} gives none`})`
      : `data ${version}${typeof released === 'string' ? `, released ${released}` : ''}`;
  return `astana ${pkg.version}\n${data}`;
}
