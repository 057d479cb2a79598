import type { FieldDef } from './table-schema.js';

export const tableNames = [
  'meetings', 'participation', 'head_claims', 'agenda_items', 'resolution_citations', 'documents', 'next_meetings', 'notes',
  'sources', 'claim_sources', 'parties', 'party_aliases', 'people', 'person_aliases', 'topics', 'resolutions', 'cities', 'city_aliases', 'crosswalk',
] as const;
export type TableName = (typeof tableNames)[number];

export interface ForeignKey {
  readonly fields: readonly string[];
  readonly reference: { readonly resource: string; readonly fields: readonly string[] };
}

/** One exported table: its columns, keys and what it holds. Rows come from ./rows.ts. */
export interface TableDef {
  readonly name: TableName;
  readonly title: string;
  /** What one row is, completing "one row per …": the codebook's first line about the table. */
  readonly row: string;
  readonly description: string;
  readonly fields: readonly FieldDef[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKey[];
}

export type TableDefs<N extends TableName> = Record<N, Omit<TableDef, 'name'>>;

export const fk = (fields: string | string[], resource: TableName, to: string | string[] = 'id'): ForeignKey => ({
  fields: [fields].flat(),
  reference: { resource, fields: [to].flat() },
});
