import type { Dataset } from '../model/dataset.js';
import { dataHash, latestDate } from '../query/data-version.js';
import { tables, type TableDef } from './resources.js';
import { fieldDescriptor } from './table-schema.js';

/** The package's name, by which an earlier export is recognised (and replaced in one step). */
export const packageName = 'astana-talks-on-syria';

export interface PackageInfo {
  readonly version: string;
  readonly license: string;
}

/** A Frictionless Table Schema, derived from the data's JSON Schemas. */
export function tableSchema(def: TableDef): Record<string, unknown> {
  const fields = def.fields.map(fieldDescriptor);
  // A single-column key is unique; Frictionless wants it said on the field too.
  if (def.primaryKey.length === 1) {
    const key = fields.find((f) => f.name === def.primaryKey[0])!;
    key.constraints = { ...key.constraints, required: true, unique: true };
  }
  return {
    fields,
    primaryKey: def.primaryKey.length === 1 ? def.primaryKey[0] : [...def.primaryKey],
    ...(def.foreignKeys.length > 0 ? { foreignKeys: def.foreignKeys.map((k) => ({ fields: k.fields.length === 1 ? k.fields[0] : [...k.fields], reference: { resource: k.reference.resource, fields: k.reference.fields.length === 1 ? k.reference.fields[0] : [...k.reference.fields] } })) } : {}),
    missingValues: [''],
  };
}

/**
 * datapackage.json: everything in it comes from the data and the tool, nothing from the clock,
 * so the same data exports to the same bytes.
 */
export function dataPackage(data: Dataset, info: PackageInfo): Record<string, unknown> {
  const latest = latestDate(data);
  return {
    profile: 'tabular-data-package',
    name: packageName,
    title: 'The Astana-format talks on Syria, 2017–2024',
    description:
      'The rounds of the Astana-format International Meeting on Syria, the guarantors\' presidential summits and their foreign ministers\' meetings: dates, cities, delegations and their heads, agendas, UN resolutions cited, documents adopted and the next meeting agreed. Every fact carries the public page that states it (claim_sources joins facts to sources). What the data does not record is unknown, not absent: see the coverage columns of meetings.',
    version: `${info.version}+data.${dataHash(data)}`,
    ...(latest === undefined ? {} : { created: `${latest}T00:00:00Z` }),
    licenses: [{ name: info.license, title: `${info.license} licence of the astana package; the quoted sources remain their publishers'` }],
    sources: [{ title: 'The public pages cited by every fact, one row each in sources.csv', path: 'sources.csv' }],
    keywords: ['syria', 'astana', 'peace-process', 'diplomacy'],
    resources: tables.map((def) => ({
      profile: 'tabular-data-resource',
      name: def.name,
      path: `${def.name}.csv`,
      title: def.title,
      description: def.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: tableSchema(def),
    })),
  };
}
