import type { Dataset } from '../model/dataset.js';
import { csv } from '../render/rows.js';
import { dataPackage, type PackageInfo } from './datapackage.js';
import { tables } from './resources.js';
import type { Tables } from './rows.js';

export interface ExportFile {
  readonly path: string;
  readonly content: string;
  /** Data rows, for a table. */
  readonly rows?: number;
}

/** The data package's files: datapackage.json first, then one CSV per table, columns in schema order. */
export function packageFiles(data: Dataset, rows: Tables, info: PackageInfo): ExportFile[] {
  return [
    { path: 'datapackage.json', content: `${JSON.stringify(dataPackage(data, info), null, 2)}\n` },
    ...tables.map((def) => ({ path: `${def.name}.csv`, content: csv(rows[def.name], def.fields.map((f) => f.name)), rows: rows[def.name].length })),
  ];
}
