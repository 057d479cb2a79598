import { describe, expect, it } from 'vitest';
import common from '../../schemas/common.schema.json' with { type: 'json' };
import { tableSchema } from '../../src/export/datapackage.js';
import { tables } from '../../src/export/resources.js';
import { fieldDescriptor } from '../../src/export/table-schema.js';

const field = (table: string, name: string) => {
  const def = tables.find((t) => t.name === table)!.fields.find((f) => f.name === name)!;
  return fieldDescriptor(def);
};

describe('Table Schemas derived from the JSON Schemas', () => {
  it('reads types, enums, patterns and required from the schema node a column names', () => {
    expect(field('meetings', 'start')).toMatchObject({ type: 'date', constraints: { required: true } });
    expect(field('sources', 'date')).toMatchObject({ type: 'date' });
    expect(field('sources', 'date').constraints?.required).toBeUndefined();
    expect(field('meetings', 'agenda_coverage').constraints?.enum).toEqual(common.definitions.coverage.properties.agenda.enum);
    expect(field('resolutions', 'number')).toMatchObject({ type: 'integer', constraints: { minimum: 1 } });
    // Table Schema patterns are implicitly anchored, so the JSON Schema's ^ and $ are dropped.
    expect(field('sources', 'url')).toMatchObject({ type: 'string', format: 'uri', constraints: { pattern: common.definitions.url.pattern.slice(1, -1) } });
    expect(field('agenda_items', 'topic')).toMatchObject({ description: 'Id from data/topics.yaml.', constraints: { pattern: '[a-z0-9]+(-[a-z0-9]+)*' } });
  });

  it('extends an enum only where the table adds a value', () => {
    expect(field('participation', 'role').constraints?.enum).toEqual([...common.definitions.delegation.properties.role.enum, 'absent']);
  });

  it('follows a change in the JSON Schema, since nothing is copied', () => {
    const before = common.definitions.document.properties.kind.enum;
    try {
      (common.definitions.document.properties.kind as { enum: string[] }).enum = [...before, 'treaty'];
      expect(field('documents', 'kind').constraints?.enum).toContain('treaty');
    } finally {
      (common.definitions.document.properties.kind as { enum: string[] }).enum = before;
    }
  });

  it('fails loudly on a column that names no schema node', () => {
    expect(() => fieldDescriptor({ name: 'x', from: 'common.schema.json#/definitions/nothing' })).toThrow(/no JSON Schema node/);
  });

  it('gives every table a primary key and foreign keys over its own columns', () => {
    const names = new Set<string>(tables.map((t) => t.name));
    for (const t of tables) {
      const columns = t.fields.map((f) => f.name);
      expect(new Set(columns).size, t.name).toBe(columns.length);
      for (const k of t.primaryKey) expect(columns, t.name).toContain(k);
      for (const fk of t.foreignKeys) {
        for (const f of fk.fields) expect(columns, t.name).toContain(f);
        expect(names.has(fk.reference.resource), t.name).toBe(true);
        const target = tables.find((x) => x.name === fk.reference.resource)!;
        // A foreign key must point at the target's primary key.
        expect([...fk.reference.fields], t.name).toEqual([...target.primaryKey]);
      }
      expect(tableSchema(t).missingValues).toEqual(['']);
    }
  });
});
