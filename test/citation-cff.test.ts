import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { generate } from '../scripts/gen-citation.mjs';
import type { Metadata } from '../src/model/types.js';
import { citationCff } from '../src/render/citation-cff.js';
import { repoRoot } from './helpers/run.js';

const cffText = readFileSync(`${repoRoot}CITATION.cff`, 'utf8');
const cff = parse(cffText) as Record<string, unknown>;
/** data/dataset.yaml read on its own: the release script stamps its version and date. */
const metadata = parse(readFileSync(`${repoRoot}data/dataset.yaml`, 'utf8')) as Metadata;

/**
 * The rules of Citation File Format 1.2.0 that hold without a network: its required keys, its
 * top-level keys and no others, the version string, the type, dates as YYYY-MM-DD, at least one
 * author, each a person or an entity with the keys the format gives them.
 */
const cff120 = {
  type: 'object',
  required: ['authors', 'cff-version', 'message', 'title'],
  additionalProperties: false,
  definitions: {
    date: { type: 'string', pattern: '^[0-9]{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])$' },
    url: { type: 'string', pattern: '^(https|http|ftp|sftp)://.+' },
    text: { type: 'string', minLength: 1 },
    entity: {
      type: 'object',
      required: ['name'],
      additionalProperties: false,
      properties: Object.fromEntries(
        ['address', 'alias', 'city', 'country', 'date-end', 'date-start', 'email', 'fax', 'location', 'name', 'orcid', 'post-code', 'region', 'tel', 'website'].map((k) => [k, k === 'website' ? { $ref: '#/definitions/url' } : k === 'email' ? { type: 'string', pattern: '^[\\S]+@[\\S]+\\.[\\S]{2,}$' } : { type: 'string' }]),
      ),
    },
    person: {
      type: 'object',
      additionalProperties: false,
      properties: Object.fromEntries(['address', 'affiliation', 'alias', 'city', 'country', 'email', 'family-names', 'fax', 'given-names', 'name-particle', 'name-suffix', 'orcid', 'post-code', 'region', 'tel', 'website'].map((k) => [k, { type: 'string' }])),
    },
  },
  properties: {
    abstract: { $ref: '#/definitions/text' },
    authors: { type: 'array', minItems: 1, uniqueItems: true, items: { anyOf: [{ $ref: '#/definitions/person' }, { $ref: '#/definitions/entity' }] } },
    'cff-version': { type: 'string', pattern: '^1\\.2\\.0$' },
    commit: { $ref: '#/definitions/text' },
    contact: { type: 'array', minItems: 1 },
    'date-released': { $ref: '#/definitions/date' },
    doi: { type: 'string' },
    identifiers: { type: 'array', minItems: 1 },
    keywords: { type: 'array', minItems: 1, uniqueItems: true, items: { $ref: '#/definitions/text' } },
    license: { anyOf: [{ type: 'string', pattern: '^[A-Za-z0-9.+-]+$' }, { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'string' } }] },
    'license-url': { $ref: '#/definitions/url' },
    message: { $ref: '#/definitions/text' },
    'preferred-citation': { type: 'object' },
    references: { type: 'array', minItems: 1 },
    repository: { $ref: '#/definitions/url' },
    'repository-artifact': { $ref: '#/definitions/url' },
    'repository-code': { $ref: '#/definitions/url' },
    title: { $ref: '#/definitions/text' },
    type: { enum: ['dataset', 'software'] },
    url: { $ref: '#/definitions/url' },
    version: { anyOf: [{ $ref: '#/definitions/text' }, { type: 'number' }] },
  },
};
const validCff = new Ajv({ allErrors: true, strict: true }).compile(cff120);
const isCalendarDate = (date: string): boolean => new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;

describe('CITATION.cff', () => {
  it('says what data/dataset.yaml says', () => {
    expect(cff).toMatchObject({
      'cff-version': '1.2.0',
      type: 'dataset',
      title: metadata.title,
      abstract: metadata.description,
      version: metadata.version,
      'date-released': metadata.released,
      license: metadata.licence.id,
      keywords: metadata.keywords,
    });
    expect((cff.authors as { name: string }[]).map((a) => a.name)).toEqual(metadata.maintainers.map((m) => m.name));
  });

  it('follows the Citation File Format 1.2.0 rules that can be checked here', () => {
    expect(validCff(cff), JSON.stringify(validCff.errors)).toBe(true);
    expect(isCalendarDate(cff['date-released'] as string)).toBe(true);
    // Quoted, so that no YAML reader takes the date for a timestamp or the version for a number.
    expect(cffText).toMatch(/^date-released: "\d{4}-\d{2}-\d{2}"$/m);
    expect(cffText).toMatch(/^version: "[^"]+"$/m);
  });

  it('is what `npm run gen:citation` writes (run it after editing data/dataset.yaml)', async () => {
    expect(cffText).toBe(await (generate as () => Promise<string>)());
  });

  it('keeps every value a string, whatever it looks like, and gives maintainers their email and website', () => {
    const odd: Metadata = {
      ...metadata,
      title: 'yes: a "title" # with - marks',
      version: '1.10.0',
      released: '2024-02-29',
      keywords: ['null', '2024', 'Syria', 'Syria'],
      maintainers: [{ name: 'The astana maintainers', email: 'team@example.org', url: 'https://example.org/team' }, { name: '- Someone' }],
    };
    const parsed = parse(citationCff(odd)) as Record<string, unknown>;
    expect(parsed).toMatchObject({ title: odd.title, version: '1.10.0', 'date-released': '2024-02-29', keywords: ['null', '2024', 'Syria'] });
    expect(parsed.authors).toEqual([{ name: 'The astana maintainers', email: 'team@example.org', website: 'https://example.org/team' }, { name: '- Someone' }]);
    expect(validCff(parsed), JSON.stringify(validCff.errors)).toBe(true);
  });
});
