import type { Dataset } from '../model/dataset.js';
import type { PackageInfo } from './metadata.js';
import { packageFiles, type ExportFile } from './package-files.js';
import { tidyTables } from './rows.js';

export interface ExportTargets {
  /** The data package's directory, as given. */
  readonly to?: string;
  /** The SQLite file, as given ('-' for standard output). */
  readonly sqlite?: string;
}

/** What an export writes: the package's files (paths inside its directory) and the SQLite file's bytes, all made before any is written. */
export interface ExportContent {
  readonly package?: ExportFile[];
  readonly sqlite?: Uint8Array;
}

export async function exportContent(data: Dataset, targets: ExportTargets, info: PackageInfo): Promise<ExportContent> {
  const rows = tidyTables(data);
  const content: { package?: ExportFile[]; sqlite?: Uint8Array } = {};
  if (targets.to !== undefined) content.package = packageFiles(data, rows, info);
  if (targets.sqlite !== undefined) {
    const { sqliteFile } = await import('./sqlite-export.js');
    content.sqlite = await sqliteFile(data, rows, info);
  }
  return content;
}
