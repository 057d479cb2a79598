import pkg from '../../package.json' with { type: 'json' };
import { metadataFile } from '../data/yaml/read.js';
import type { Io } from '../io.js';
import { dataDirOf } from '../runtime/cache-dir.js';
import { readSafely } from '../runtime/files.js';
import { bundledDataDir } from '../runtime/paths.js';
import { join } from 'node:path';

/** Whether `argv` asks for the versions, as commander would read it. */
export const asksVersion = (argv: readonly string[]): boolean => argv.some((a) => a === '-V' || a === '--version');

/**
 * What `astana --version` prints: the tool's version, then the data's, which are separate (the
 * data's is stamped by `npm run release:data`). Only the two top-level lines of data/dataset.yaml
 * that the release script stamps are read, without a YAML parser, so that the versions print at
 * once, and even when some file is invalid.
 */
export function versionText(argv: readonly string[], io: Io): string {
  const dir = dataDirOf(argv, io.env, io.cwd, bundledDataDir);
  const bytes = readSafely(join(dir, metadataFile), 1024 * 1024);
  const text = bytes?.toString('utf8') ?? '';
  const line = (key: string): string | undefined => new RegExp(`^${key}:[ \\t]*["']?([0-9][0-9.-]*)["']?[ \\t]*(?:#.*)?$`, 'm').exec(text)?.[1];
  const [version, released] = [line('version'), line('released')];
  const data =
    typeof version !== 'string'
      ? `data: no version (${bytes === undefined ? `no ${metadataFile}` : `${metadataFile} gives none`})`
      : `data ${version}${typeof released === 'string' ? `, released ${released}` : ''}`;
  return `astana ${pkg.version}\n${data}`;
}
