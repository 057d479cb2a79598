import draft04 from 'ajv-draft-04';
import formats from 'ajv-formats';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../helpers/csv.js';
import { fixtures, repoRoot, run, runJson } from '../helpers/run.js';

const vendor = join(repoRoot, 'test/vendor/frictionless');
const profile = (name: string): object => JSON.parse(readFileSync(join(vendor, `${name}.json`), 'utf8'));

/** The profiles are draft-04 and use the standard formats, plus "textarea", an editor hint. */
function profiles(): InstanceType<typeof draft04.default> {
  // Both are CommonJS modules whose default export is their `default` property under NodeNext.
  const ajv = new draft04.default({ allErrors: true, strict: false });
  formats.default(ajv);
  ajv.addFormat('textarea', true);
  return ajv;
}

interface Resource {
  name: string;
  path: string;
  schema: { fields: { name: string; type: string; constraints?: { required?: boolean; enum?: string[] } }[]; primaryKey: string | string[]; foreignKeys?: { fields: string | string[]; reference: { resource: string; fields: string | string[] } }[] };
}
interface Descriptor {
  name: string;
  version: string;
  created: string;
  resources: Resource[];
}

async function exportTo(args: string[] = []): Promise<{ dir: string; descriptor: Descriptor; tables: Record<string, Record<string, string>[]> }> {
  const dir = mkdtempSync(join(tmpdir(), 'astana-export-'));
  const result = await run(['export', '--to', dir, ...args]);
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as Descriptor;
  const tables = Object.fromEntries(descriptor.resources.map((r) => [r.name, parseCsv(readFileSync(join(dir, r.path), 'utf8'))]));
  return { dir, descriptor, tables };
}

const list = (v: string | string[]): string[] => [v].flat();

describe('astana export --to DIR', () => {
  let pkg: Awaited<ReturnType<typeof exportTo>>;
  beforeAll(async () => {
    pkg = await exportTo();
  });

  it('writes a datapackage.json valid against the Frictionless data-package and tabular-data-package profiles', () => {
    const ajv = profiles();
    for (const name of ['data-package', 'tabular-data-package']) {
      const validate = ajv.compile(profile(name));
      validate(pkg.descriptor);
      expect(validate.errors ?? [], name).toEqual([]);
    }
  });

  it('gives every resource a Table Schema valid against the table-schema profile', () => {
    const validate = profiles().compile(profile('table-schema'));
    for (const r of pkg.descriptor.resources) {
      validate(r.schema);
      expect(validate.errors ?? [], r.name).toEqual([]);
    }
  });

  it('would notice a broken descriptor: the profiles reject a bad name and an unknown field type', () => {
    const [first, ...rest] = pkg.descriptor.resources;
    const broken = { ...pkg.descriptor, resources: [{ ...first!, name: 'Meetings Table', schema: { ...first!.schema, fields: [{ name: 'id', type: 'text' }] } }, ...rest] };
    const validate = profiles().compile(profile('tabular-data-package'));
    expect(validate(broken)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/resources/0/name']));
    expect(profiles().compile(profile('table-schema'))(broken.resources[0]!.schema)).toBe(false);
  });

  it('writes one CSV per resource and nothing else, with the schema\'s columns in order', () => {
    expect(readdirSync(pkg.dir).sort()).toEqual(['datapackage.json', ...pkg.descriptor.resources.map((r) => r.path)].sort());
    for (const r of pkg.descriptor.resources) {
      const header = readFileSync(join(pkg.dir, r.path), 'utf8').split('\r\n')[0];
      expect(header, r.name).toBe(r.schema.fields.map((f) => f.name).join(','));
    }
  });

  it('has primary keys that are unique and required fields that are filled', () => {
    for (const r of pkg.descriptor.resources) {
      const rows = pkg.tables[r.name]!;
      const keys = rows.map((row) => list(r.schema.primaryKey).map((k) => row[k]).join('\u0000'));
      expect(new Set(keys).size, r.name).toBe(rows.length);
      for (const f of r.schema.fields) {
        if (f.constraints?.required) expect(rows.filter((row) => row[f.name] === '').length, `${r.name}.${f.name}`).toBe(0);
        if (f.constraints?.enum) expect(rows.filter((row) => row[f.name] !== '' && !f.constraints!.enum!.includes(row[f.name]!)), `${r.name}.${f.name}`).toEqual([]);
        if (f.type === 'date') expect(rows.filter((row) => row[f.name] !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(row[f.name]!)), `${r.name}.${f.name}`).toEqual([]);
        if (f.type === 'integer') expect(rows.filter((row) => row[f.name] !== '' && !/^-?\d+$/.test(row[f.name]!)), `${r.name}.${f.name}`).toEqual([]);
        if (f.type === 'boolean') expect(rows.filter((row) => !['true', 'false'].includes(row[f.name]!)), `${r.name}.${f.name}`).toEqual([]);
      }
    }
  });

  it('has foreign keys that resolve, every one', () => {
    let checked = 0;
    for (const r of pkg.descriptor.resources) {
      for (const key of r.schema.foreignKeys ?? []) {
        const target = pkg.tables[key.reference.resource]!;
        const targetKeys = new Set(target.map((row) => list(key.reference.fields).map((f) => row[f]).join('\u0000')));
        for (const row of pkg.tables[r.name]!) {
          const values = list(key.fields).map((f) => row[f]);
          if (values.some((v) => v === '')) continue;
          expect(targetKeys.has(values.join('\u0000')), `${r.name} ${list(key.fields).join(',')}=${values.join(',')} → ${key.reference.resource}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('joins every claim to a row of the table it names', () => {
    const ids = (table: string): Set<string> => new Set(pkg.tables[table]!.map((row) => row.id!));
    const byTable = new Map<string, Set<string>>();
    for (const claim of pkg.tables.claim_sources!) {
      if (!byTable.has(claim.table!)) byTable.set(claim.table!, ids(claim.table!));
      expect(byTable.get(claim.table!)!.has(claim.row!), `${claim.table} ${claim.row}`).toBe(true);
    }
    // Every fact of these tables names at least one source.
    for (const table of ['participation', 'head_claims', 'agenda_items', 'resolution_citations', 'documents', 'next_meetings', 'notes']) {
      const cited = new Set(pkg.tables.claim_sources!.filter((c) => c.table === table).map((c) => c.row));
      expect(pkg.tables[table]!.filter((row) => !cited.has(row.id)), table).toEqual([]);
    }
  });

  it('agrees on row counts with the JSON of the query commands', async () => {
    const count = (name: string): number => pkg.tables[name]!.length;
    const meetings = await runJson<{ id: string }[]>(['meetings', 'list']);
    expect(count('meetings')).toBe(meetings.length);
    type Show = { id: string; delegations: { party: string; head?: { disputed: boolean; versions?: unknown[] } }[]; absent: unknown[]; notes: unknown[]; next?: { versions?: unknown[] } };
    const shows = await Promise.all(meetings.map((m) => runJson<Show>(['meetings', 'show', m.id])));
    const sum = (f: (s: Show) => number): number => shows.reduce((total, s) => total + f(s), 0);
    expect(count('participation')).toBe(sum((s) => s.delegations.length + s.absent.length));
    // Delegations with a head have claims; a disputed head has one claim per version.
    expect(new Set(pkg.tables.head_claims!.map((c) => c.participation)).size).toBe(sum((s) => s.delegations.filter((d) => d.head !== undefined).length));
    for (const s of shows) {
      for (const d of s.delegations.filter((x) => x.head?.disputed)) {
        expect(pkg.tables.head_claims!.filter((c) => c.participation === `${s.id}/${d.party}`).length).toBe(d.head!.versions!.length);
      }
    }
    expect(count('notes')).toBe(sum((s) => s.notes.length));
    expect(count('next_meetings')).toBe(sum((s) => (s.next === undefined ? 0 : (s.next.versions?.length ?? 1))));
    const stats = await runJson<{ totals: { agenda: number; resolutions: number; documents: number; sources: number } }>(['stats']);
    expect(count('agenda_items')).toBe(stats.totals.agenda);
    expect(count('resolution_citations')).toBe(stats.totals.resolutions);
    expect(count('documents')).toBe(stats.totals.documents);
    expect(count('sources')).toBe(stats.totals.sources);
    expect(count('resolutions')).toBe((await runJson<unknown[]>(['resolutions', 'list'])).length);
    for (const registry of ['parties', 'people', 'topics']) expect(count(registry), registry).toBe((await runJson<unknown[]>([registry, 'list'])).length);
    // The city ids are the ones the JSON of meetings list gives, from the same registry.
    const listed = await runJson<{ id: string; cityId: string }[]>(['meetings', 'list']);
    expect(pkg.tables.meetings!.map((m) => [m.id, m.city_id])).toEqual(listed.map((m) => [m.id, m.cityId]));
    const attendance = await runJson<{ round: number; party: string; role: string }[]>(['attendance']);
    // The package records what the data says: a pair the JSON marks unknown has no row.
    expect(pkg.tables.participation!.filter((p) => p.meeting!.startsWith('round-')).length).toBe(attendance.filter((a) => a.role !== 'unknown' && a.role !== 'outside').length);
    expect(attendance.some((a) => a.role === 'unknown')).toBe(true);
  });

  it('marks a head disputed only when sources name different people', () => {
    const claims = new Map<string, Set<string>>();
    for (const c of pkg.tables.head_claims!) claims.set(c.participation!, (claims.get(c.participation!) ?? new Set()).add(c.person!));
    for (const p of pkg.tables.participation!) {
      const people = claims.get(p.id!) ?? new Set();
      expect(p.head_disputed, p.id).toBe(String(people.size > 1));
      expect(p.head_person, p.id).toBe(people.size === 1 ? [...people][0] : '');
    }
    // Round 1: sources agree on Sedat Önal and differ on his title; the person is kept.
    expect(pkg.tables.participation!.find((p) => p.id === 'round-1/turkey')).toMatchObject({ head_person: 'onal', head_disputed: 'false' });
  });

  it('is reproducible: the version and created date come from the data, and a second export is byte for byte the same', async () => {
    expect(pkg.descriptor.version).toMatch(/^\d+\.\d+\.\d+\+data\.[0-9a-f]{12}$/);
    const latest = pkg.tables.meetings!.map((m) => m.end!).sort().at(-1)!;
    expect(pkg.descriptor.created.slice(0, 10) >= latest).toBe(true);
    const again = await exportTo();
    for (const name of readdirSync(pkg.dir)) expect(readFileSync(join(again.dir, name), 'utf8'), name).toBe(readFileSync(join(pkg.dir, name), 'utf8'));
  });

  it('exports a user\'s --data directory', async () => {
    const mini = await exportTo(['--data', `${fixtures}/mini`]);
    expect(mini.tables.meetings!.map((m) => m.id)).toEqual(['round-1', 'summit-1', 'round-2']);
    expect(mini.tables.participation!.find((p) => p.id === 'round-2/syria-opposition')).toMatchObject({ role: 'absent', absent_reason: 'boycott' });
    expect(mini.tables.next_meetings!.filter((n) => n.meeting === 'round-2').map((n) => n.disputed)).toEqual(['true', 'true']);
    expect(mini.descriptor.version).not.toBe(pkg.descriptor.version);
  });
});
