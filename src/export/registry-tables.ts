import { fk, type TableDef, type TableDefs, type TableName } from './table-def.js';
import type { FieldDef } from './table-schema.js';

type RegistryTable = 'parties' | 'party_aliases' | 'people' | 'person_aliases' | 'topics' | 'resolutions' | 'cities';

/** Columns read straight from a registry's items: `parties.schema.json`, `parties`, [id, name]. */
const itemFields = (registry: 'parties' | 'people' | 'topics' | 'resolutions', names: readonly string[]): FieldDef[] =>
  names.map((name) => ({ name, from: `${registry}.schema.json#/properties/${registry}/items/properties/${name}` }));

/** A registry's aliases, one row each: lists are rows of their own in a tidy table. */
const aliases = (registry: 'parties' | 'people', owner: string, title: string, description: string): Omit<TableDef, 'name'> => ({
  title,
  description,
  fields: [{ name: owner, type: 'string', required: true, description: `${registry}.id` }, { name: 'alias', from: `${registry}.schema.json#/properties/${registry}/items/properties/aliases/items`, required: true }],
  primaryKey: [owner, 'alias'],
  foreignKeys: [fk(owner, registry satisfies TableName)],
});

/** The registries the meetings refer to. */
export const registryTables: TableDefs<RegistryTable> = {
  parties: {
    title: 'Parties',
    description: 'States, sides and organisations that take part in meetings.',
    fields: itemFields('parties', ['id', 'name', 'kind']),
    primaryKey: ['id'],
    foreignKeys: [],
  },
  party_aliases: aliases('parties', 'party', 'Party aliases', 'Other names the sources use for a party.'),
  people: {
    title: 'People',
    description: 'People who led delegations, by one canonical spelling.',
    fields: itemFields('people', ['id', 'name']),
    primaryKey: ['id'],
    foreignKeys: [],
  },
  person_aliases: aliases('people', 'person', 'Person aliases', "Other spellings of a person's name found in the sources."),
  topics: {
    title: 'Topics',
    description: 'Agenda topics; agenda items name one each.',
    fields: itemFields('topics', ['id', 'label', 'description']),
    primaryKey: ['id'],
    foreignKeys: [],
  },
  resolutions: {
    title: 'Resolutions',
    description: 'UN resolutions named at meetings.',
    fields: itemFields('resolutions', ['id', 'symbol', 'body', 'number', 'year', 'title', 'subject', 'url', 'note']),
    primaryKey: ['id'],
    foreignKeys: [],
  },
  cities: {
    title: 'Cities',
    description: 'Where meetings were held, one row per city whatever its name at the time.',
    fields: [
      { name: 'id', type: 'string', required: true, description: "The city's id." },
      { name: 'name', type: 'string', required: true, description: "The city's name." },
    ],
    primaryKey: ['id'],
    foreignKeys: [],
  },
};
