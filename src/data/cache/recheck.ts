import { buildDataset, type Dataset } from '../../model/dataset.js';
import { crossFileChecks } from '../checks/index.js';
import { isError } from '../diagnostic.js';
import { rawData, type StoredFile } from '../raw-data.js';
import type { FileKind } from '../yaml/read.js';
import { validateSchema } from '../checks/schema.js';

const kinds: ReadonlySet<string> = new Set<FileKind>(['round', 'summit', 'ministerial', 'parties', 'people', 'topics', 'resolutions', 'cities', 'dataset']);

/**
 * A cached payload, checked again as `validate` would check the files (schemas with the
 * standalone validators, then the rules between files) before anything is built from it: the
 * tool never serves data that `validate` would refuse. `paths` are the files read from the data
 * directory; the payload must hold exactly those.
 */
export function recheck(payload: unknown, paths: readonly string[]): Dataset | undefined {
  const files = storedFiles(payload);
  if (files === undefined || files.length !== paths.length) return undefined;
  const wanted = new Set(paths);
  if (!files.every((f) => wanted.delete(f.path))) return undefined;
  if (files.some((f) => validateSchema(f).length > 0)) return undefined;
  if (crossFileChecks(files).some(isError)) return undefined;
  return buildDataset(rawData(files));
}

function storedFiles(payload: unknown): StoredFile[] | undefined {
  const files = (payload as { files?: unknown } | null)?.files;
  if (!Array.isArray(files)) return undefined;
  const fine = files.every((f: Partial<StoredFile> | null) => typeof f === 'object' && f !== null && typeof f.path === 'string' && typeof f.kind === 'string' && kinds.has(f.kind));
  return fine ? (files as StoredFile[]) : undefined;
}
