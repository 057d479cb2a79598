import { fk, type TableDef, type TableDefs, type TableName } from './table-def.js';
import type { FieldDef } from './table-schema.js';

type RegistryTable = 'parties' | 'party_aliases' | 'people' | 'person_aliases' | 'topics' | 'resolutions' | 'cities' | 'city_aliases' | 'crosswalk';

const P = 'parties.schema.json#/properties/parties/items/properties/participation/properties';

/** The schemes a crosswalk row's `value` belongs to, from the data's id fields. */
export const crosswalkSchemes = ['iso3', 'gwno', 'ucdp_actor', 'pax_actor', 'acled', 'wikidata', 'pax_agreement'] as const;

/** Columns read straight from a registry's items: `parties`, [id, name]; a [name, description] pair describes a column its schema leaves undescribed. */
const itemFields = (registry: 'parties' | 'people' | 'topics' | 'resolutions' | 'cities', names: readonly (string | [string, string])[]): FieldDef[] =>
  names.map((entry) => {
    const [name, description] = typeof entry === 'string' ? [entry] : entry;
    return { name, from: `${registry}.schema.json#/properties/${registry}/items/properties/${name}`, ...(description === undefined ? {} : { description }) };
  });

/** A registry's aliases, one row each: lists are rows of their own in a tidy table. */
const aliases = (registry: 'parties' | 'people' | 'cities', owner: string, title: string, description: string): Omit<TableDef, 'name'> => ({
  title,
  row: `${owner} and one other name for it`,
  description,
  fields: [{ name: owner, type: 'string', required: true, description: `${registry}.id` }, { name: 'alias', from: `${registry}.schema.json#/properties/${registry}/items/properties/aliases/items`, required: true, description: `Another name for the ${owner}, as the sources write it.` }],
  primaryKey: [owner, 'alias'],
  foreignKeys: [fk(owner, registry satisfies TableName)],
});

/** The registries the meetings refer to. */
export const registryTables: TableDefs<RegistryTable> = {
  parties: {
    title: 'Parties',
    row: 'state, side or organisation',
    description: 'States, sides and organisations that take part in meetings.',
    fields: [
      ...itemFields('parties', ['id', 'name', ['kind', 'What sort of party it is.']]),
      { name: 'participation_from', from: `${P}/from`, required: false, description: 'The first meeting it took part in (meetings.id), where a source says it joined then; meetings before it are outside its participation, not unknown.' },
      { name: 'participation_until', from: `${P}/until`, required: false, description: 'The last meeting it took part in (meetings.id), where a source says it left.' },
      { name: 'participation_note', from: `${P}/note`, required: false, description: 'How the sources date its participation.' },
      { name: 'participation_sources', type: 'string', required: false, description: 'The URLs of the pages that date its participation, joined with "; ".' },
    ],
    primaryKey: ['id'],
    foreignKeys: [fk('participation_from', 'meetings'), fk('participation_until', 'meetings')],
  },
  party_aliases: aliases('parties', 'party', 'Party aliases', 'Other names the sources use for a party.'),
  people: {
    title: 'People',
    row: 'person who led a delegation',
    description: 'People who led delegations, by one canonical spelling.',
    fields: itemFields('people', ['id', 'name']),
    primaryKey: ['id'],
    foreignKeys: [],
  },
  person_aliases: aliases('people', 'person', 'Person aliases', "Other spellings of a person's name found in the sources."),
  topics: {
    title: 'Topics',
    row: 'agenda topic',
    description: 'Agenda topics; agenda items name one each.',
    fields: itemFields('topics', ['id', 'label', ['description', 'What the topic covers.']]),
    primaryKey: ['id'],
    foreignKeys: [],
  },
  resolutions: {
    title: 'Resolutions',
    row: 'UN resolution',
    description: 'UN resolutions named at meetings.',
    fields: itemFields('resolutions', ['id', 'symbol', ['body', 'The UN organ that adopted it: the Security Council or the General Assembly.'], 'number', ['year', 'The year of adoption (of issue, for a draft).'], ['title', 'Its official title, where it has one.'], 'subject', 'url', ['note', 'How the meetings write its symbol, where they differ.']]),
    primaryKey: ['id'],
    foreignKeys: [],
  },
  cities: {
    title: 'Cities',
    row: 'city that hosted a meeting',
    description: 'Where meetings were held: one row per city, whatever it was called at the time (meetings.city is the name as reported, meetings.city_id the city).',
    fields: itemFields('cities', ['id', 'name', 'country']),
    primaryKey: ['id'],
    foreignKeys: [],
  },
  city_aliases: aliases('cities', 'city', 'City aliases', 'The names a city has had, and other spellings the sources use.'),
  crosswalk: {
    title: 'Crosswalk',
    row: 'id a party or meeting has in another dataset',
    description: 'The ids of parties and meetings in other datasets (ISO 3166, Gleditsch–Ward, UCDP, PA-X, ACLED, Wikidata), one row per id, each with the pages that give it. An id with no row is unknown, not absent.',
    fields: [
      { name: 'entity', type: 'string', required: true, enum: ['party', 'meeting'], description: 'What the id names: a party (parties.id) or a meeting (meetings.id).' },
      { name: 'entity_id', type: 'string', required: true, description: 'parties.id or meetings.id.' },
      { name: 'scheme', type: 'string', required: true, enum: [...crosswalkSchemes], description: 'iso3: ISO 3166-1 alpha-3; gwno: Gleditsch–Ward number; ucdp_actor: UCDP actor id; pax_actor: PA-X actor id; acled: ACLED actor name; wikidata: Wikidata item; pax_agreement: PA-X agreement id (AgtId) of a document the meeting adopted.' },
      { name: 'value', type: 'string', required: true, description: 'The id as the source gives it.' },
      { name: 'sources', type: 'string', required: true, description: 'The URLs of the pages that give the id, joined with "; ".' },
    ],
    primaryKey: ['entity', 'entity_id', 'scheme', 'value'],
    foreignKeys: [],
  },
};
