import draft04 from 'ajv-draft-04';
import formats from 'ajv-formats';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Metadata } from '../../src/model/types.js';
import { parseCsv } from '../helpers/csv.js';
import { caseDir } from '../helpers/fixture.js';
import { bundledData, fixtures, repoRoot, run, runJson } from '../helpers/run.js';

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
  bytes: number;
  hash: string;
  schema: { fields: { name: string; type: string; constraints?: { required?: boolean; enum?: string[] } }[]; primaryKey: string | string[]; foreignKeys?: { fields: string | string[]; reference: { resource: string; fields: string | string[] } }[] };
}
interface Descriptor {
  name: string;
  title: string;
  description: string;
  version: string;
  created?: string;
  licenses?: { name?: string; path: string; title: string }[];
  contributors?: { title: string; email?: string; path?: string; role: string }[];
  keywords?: string[];
  sources: { title: string; path: string }[];
  resources: Resource[];
}

/** What a data directory's dataset.yaml says, read as the test's own check of the export. */
const metadataOf = (dir: string): Metadata => parse(readFileSync(join(dir, 'dataset.yaml'), 'utf8')) as Metadata;
const toolVersion = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

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

  it('would notice a hash that is not an algorithm and hex digits', () => {
    const [first, ...rest] = pkg.descriptor.resources;
    const validate = profiles().compile(profile('tabular-data-package'));
    expect(validate({ ...pkg.descriptor, resources: [{ ...first!, hash: 'sha256:not-hex' }, ...rest] })).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/resources/0/hash']));
  });

  it('writes datapackage.json, the README.md codebook and one CSV per resource, nothing else, with the schema\'s columns in order', () => {
    expect(readdirSync(pkg.dir).sort()).toEqual(['README.md', 'datapackage.json', ...pkg.descriptor.resources.map((r) => r.path)].sort());
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

  it('gives every resource the size and SHA-256 hash of the file as written', () => {
    for (const r of pkg.descriptor.resources) {
      const bytes = readFileSync(join(pkg.dir, r.path));
      expect(r.hash, r.name).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      expect(r.bytes, r.name).toBe(statSync(join(pkg.dir, r.path)).size);
    }
    // Hashes of the files, not of something constant: no two tables share one.
    expect(new Set(pkg.descriptor.resources.map((r) => r.hash)).size).toBe(pkg.descriptor.resources.length);
  });

  it('says what data/dataset.yaml says: title, version, release date, licence, maintainers, keywords', () => {
    const meta = metadataOf(bundledData);
    const d = pkg.descriptor;
    expect([d.title, d.description, d.version, d.created]).toEqual([meta.title, meta.description, meta.version, `${meta.released}T00:00:00Z`]);
    expect(d.licenses).toHaveLength(1);
    expect(d.licenses![0]).toMatchObject({ name: meta.licence.id, path: meta.licence.url });
    expect(d.licenses![0]!.title).toContain(meta.licence.name);
    expect(d.licenses![0]!.title).toMatch(/[Qq]uoted passages .* remain their publishers'/);
    expect(d.contributors).toEqual(meta.maintainers.map((m) => ({ title: m.name, ...(m.email ? { email: m.email } : {}), ...(m.url ? { path: m.url } : {}), role: 'maintainer' })));
    expect(d.keywords).toEqual(meta.keywords);
    // The pages sources.csv holds, then the ones dataset.yaml cites.
    expect(d.sources.map((s) => s.path)).toEqual(['sources.csv', ...(meta.sources ?? []).map((s) => s.url)]);
  });

  it('is reproducible: a second export is byte for byte the same', async () => {
    const again = await exportTo();
    const names = readdirSync(pkg.dir);
    expect(readdirSync(again.dir).sort()).toEqual([...names].sort());
    for (const name of names) expect(Buffer.compare(readFileSync(join(again.dir, name)), readFileSync(join(pkg.dir, name))), name).toBe(0);
  });

  it('exports a user\'s --data directory', async () => {
    const mini = await exportTo(['--data', `${fixtures}/mini`]);
    expect(mini.tables.meetings!.map((m) => m.id)).toEqual(['round-1', 'summit-1', 'round-2']);
    expect(mini.tables.participation!.find((p) => p.id === 'round-2/syria-opposition')).toMatchObject({ role: 'absent', absent_reason: 'boycott' });
    expect(mini.tables.next_meetings!.filter((n) => n.meeting === 'round-2').map((n) => n.disputed)).toEqual(['true', 'true']);
    expect(mini.descriptor.version).toBe(metadataOf(join(fixtures, 'mini')).version);
  });

  it('exports data without dataset.yaml, with the tool\'s version and the data\'s hash as its version, and no licence it cannot know', async () => {
    const data = caseDir(undefined, { remove: ['dataset.yaml'] });
    const bare = await exportTo(['--data', data]);
    expect(bare.descriptor.version).toMatch(new RegExp(`^${toolVersion.replace(/\./g, '\\.')}\\+data\\.[0-9a-f]{12}$`));
    // With no release date, the latest date the data states.
    expect(bare.descriptor.created).toBe(`${bare.tables.meetings!.map((m) => m.end!).sort().at(-1)}T00:00:00Z`);
    expect(bare.descriptor.licenses).toBeUndefined();
    expect(bare.descriptor.contributors).toBeUndefined();
    const validate = profiles().compile(profile('tabular-data-package'));
    validate(bare.descriptor);
    expect(validate.errors ?? []).toEqual([]);
    // Other data, another hash.
    const other = caseDir(undefined, { remove: ['dataset.yaml', 'rounds/02.yaml'] });
    expect((await exportTo(['--data', other])).descriptor.version).not.toBe(bare.descriptor.version);
  });
});
