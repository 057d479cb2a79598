import { fk, type TableDef, type TableDefs, type TableName } from './table-def.js';
import type { FieldDef } from './table-schema.js';

type RegistryTable = 'parties' | 'party_aliases' | 'people' | 'person_aliases' | 'topics' | 'resolutions' | 'cities' | 'city_aliases';

/** Columns read straight from a registry's items: `parties.schema.json`, `parties`, [id, name]. */
const itemFields = (registry: 'parties' | 'people' | 'topics' | 'resolutions' | 'cities', names: readonly string[]): FieldDef[] =>
  names.map((name) => ({ name, from: `${registry}.schema.json#/properties/${registry}/items/properties/${name}` }));

/** A registry's aliases, one row each: lists are rows of their own in a tidy table. */
const aliases = (registry: 'parties' | 'people' | 'cities', owner: string, title: string, description: string): Omit<TableDef, 'name'> => ({
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
    description: 'Where meetings were held: one row per city, whatever it was called at the time (meetings.city is the name as reported, meetings.city_id the city).',
    fields: itemFields('cities', ['id', 'name', 'country']),
    primaryKey: ['id'],
    foreignKeys: [],
  },
  city_aliases: aliases('cities', 'city', 'City aliases', 'The names a city has had, and other spellings the sources use.'),
};
