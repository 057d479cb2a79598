import type { Dataset } from '../model/dataset.js';
import { csv } from '../render/rows.js';
import { codebook } from './codebook.js';
import { dataPackage } from './datapackage.js';
import { packageMetadata, type PackageInfo } from './metadata.js';
import { tables, type TableName } from './resources.js';
import type { Tables } from './rows.js';
import type { ExportedFile } from './summary.js';

/** A file to write, and what it holds. */
export interface ExportFile extends ExportedFile {
  /** The bytes written: datapackage.json hashes the CSV files' from these. */
  readonly content: Uint8Array;
}

const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');

/**
 * The data package's files: datapackage.json, the README.md codebook, then one CSV per table,
 * columns in schema order. The CSV files are encoded first, so that datapackage.json can give
 * the size and hash of the very bytes written.
 */
export function packageFiles(data: Dataset, rows: Tables, info: PackageInfo): ExportFile[] {
  const meta = packageMetadata(data, info);
  const csvFiles = tables.map((def) => ({ path: `${def.name}.csv`, table: def.name, rows: rows[def.name].length, content: utf8(csv(rows[def.name], def.fields.map((f) => f.name))) }));
  const descriptor = dataPackage(meta, new Map(csvFiles.map((f) => [f.table, f.content])));
  const counts = Object.fromEntries(csvFiles.map((f) => [f.table, f.rows])) as Record<TableName, number>;
  return [
    { path: 'datapackage.json', content: utf8(`${JSON.stringify(descriptor, null, 2)}\n`) },
    { path: 'README.md', content: utf8(codebook(meta, counts)) },
    ...csvFiles,
  ];
}
