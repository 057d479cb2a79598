import { createHash } from 'node:crypto';
import type { PackageMetadata } from './metadata.js';
import { tables, type TableDef, type TableName } from './resources.js';
import { fieldDescriptor } from './table-schema.js';

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

/** A Frictionless `hash`: a bare digest is read as MD5, so other algorithms are named before a colon. */
export const sha256 = (bytes: Uint8Array): string => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

// A licence's `name` must be an Open Definition id; an SPDX id with "+" is not one, and its URL then says it alone.
const licenceName = /^[-a-zA-Z0-9._]+$/;

/**
 * datapackage.json, from the package's metadata and the bytes of its CSV files as they will be
 * written (each resource's `bytes` and `hash` are theirs).
 */
export function dataPackage(meta: PackageMetadata, csvFiles: ReadonlyMap<TableName, Uint8Array>): Record<string, unknown> {
  const { licence } = meta;
  return {
    profile: 'tabular-data-package',
    name: meta.name,
    title: meta.title,
    description: meta.description,
    version: meta.version,
    ...(meta.created === undefined ? {} : { created: meta.created }),
    ...(licence === undefined ? {} : { licenses: [{ ...(licenceName.test(licence.id) ? { name: licence.id } : {}), path: licence.url, title: `${licence.name}. ${licence.scope}` }] }),
    ...(meta.maintainers.length === 0
      ? {}
      : { contributors: meta.maintainers.map((m) => ({ title: m.name, ...(m.email === undefined ? {} : { email: m.email }), ...(m.url === undefined ? {} : { path: m.url }), role: 'maintainer' })) }),
    sources: [
      { title: 'The public pages cited by every fact, one row each in sources.csv', path: 'sources.csv' },
      ...meta.sources.map((s) => ({ title: `${s.publisher}: ${s.title}`, path: s.url })),
    ],
    ...(meta.keywords.length === 0 ? {} : { keywords: [...meta.keywords] }),
    resources: tables.map((def) => {
      const bytes = csvFiles.get(def.name)!;
      return {
        profile: 'tabular-data-resource',
        name: def.name,
        path: `${def.name}.csv`,
        title: def.title,
        description: def.description,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: bytes.byteLength,
        hash: sha256(bytes),
        schema: tableSchema(def),
      };
    }),
  };
}
