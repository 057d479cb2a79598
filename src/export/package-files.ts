import type { Dataset } from '../model/dataset.js';
import { csv } from '../render/rows.js';
import { dataPackage, type PackageInfo } from './datapackage.js';
import { tables } from './resources.js';
import type { Tables } from './rows.js';
import type { ExportedFile } from './summary.js';

/** A file to write, and what it holds. */
export interface ExportFile extends ExportedFile {
  readonly content: string | Uint8Array;
}

/** The data package's files: datapackage.json first, then one CSV per table, columns in schema order. */
export function packageFiles(data: Dataset, rows: Tables, info: PackageInfo): ExportFile[] {
  return [
    { path: 'datapackage.json', content: `${JSON.stringify(dataPackage(data, info), null, 2)}\n` },
    ...tables.map((def) => ({ path: `${def.name}.csv`, table: def.name, content: csv(rows[def.name], def.fields.map((f) => f.name)), rows: rows[def.name].length })),
  ];
}
