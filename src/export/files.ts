import { join } from 'node:path';
import type { Dataset } from '../model/dataset.js';
import type { PackageInfo } from './datapackage.js';
import { packageFiles, type ExportFile } from './package-files.js';
import { tidyTables } from './rows.js';

export interface ExportTargets {
  /** The data package's directory, as given. */
  readonly to?: string;
  /** The SQLite file, as given. */
  readonly sqlite?: string;
}

/** Every file an export writes, with its path as given: all made before any is written. */
export async function exportFiles(data: Dataset, targets: ExportTargets, info: PackageInfo): Promise<ExportFile[]> {
  const rows = tidyTables(data);
  const files: ExportFile[] = [];
  if (targets.to !== undefined) files.push(...packageFiles(data, rows, info).map((f) => ({ ...f, path: join(targets.to!, f.path) })));
  if (targets.sqlite !== undefined) {
    const { sqliteFile } = await import('./sqlite-export.js');
    files.push({ path: targets.sqlite, content: await sqliteFile(data, rows, info) });
  }
  return files;
}
