import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tableNames } from '../../src/export/resources.js';
import { openDatabase, type SqlDatabase } from '../../src/export/sqlite.js';
import type { Metadata } from '../../src/model/types.js';
import { caseDir } from '../helpers/fixture.js';
import { bundledData, fixtures, run, runJson } from '../helpers/run.js';
import { writeFileSync } from 'node:fs';
import { hasSqlite3, inCi } from '../helpers/tools.js';

async function exportSqlite(): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'astana-sqlite-')), 'astana.db');
  const result = await run(['export', '--sqlite', file]);
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  return file;
}

interface Descriptor {
  name: string;
  title: string;
  description: string;
  version: string;
  created: string;
  licenses: { name: string; path: string; title: string }[];
  contributors: { title: string }[];
  keywords: string[];
  sources: { path: string }[];
}

const count = (db: SqlDatabase, table: string): number => Number(db.query(`SELECT count(*) AS n FROM "${table}"`)[0]!.n);
const search = (db: SqlDatabase, words: string): string[] =>
  db.query(`SELECT meeting, path FROM texts WHERE id IN (SELECT docid FROM texts_fts WHERE texts_fts MATCH ?) ORDER BY id`, [words]).map((r) => `${r.meeting ?? ''}:${r.path}`);

describe('astana export --sqlite FILE', () => {
  let file: string;
  let db: SqlDatabase;
  beforeAll(async () => {
    file = await exportSqlite();
    db = await openDatabase(readFileSync(file));
  });

  it('holds every table of the data package, with the row counts of the CSV export', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'astana-csv-'));
    const summary = JSON.parse((await run(['export', '--to', dir, '--format', 'json'])).out) as { files: { table?: string; rows?: number }[] };
    const tables = summary.files.filter((f) => f.table !== undefined);
    expect(tables.map((f) => f.table)).toEqual([...tableNames]);
    for (const t of tables) expect(count(db, t.table!), t.table).toBe(t.rows);
  });

  it('agrees on row counts with the JSON of the query commands', async () => {
    expect(count(db, 'meetings')).toBe((await runJson<unknown[]>(['meetings', 'list'])).length);
    const { totals } = await runJson<{ totals: { agenda: number; resolutions: number; documents: number; sources: number } }>(['stats']);
    expect([count(db, 'agenda_items'), count(db, 'resolution_citations'), count(db, 'documents'), count(db, 'sources')]).toEqual([totals.agenda, totals.resolutions, totals.documents, totals.sources]);
    expect(count(db, 'resolutions')).toBe((await runJson<unknown[]>(['resolutions', 'list'])).length);
  });

  it('declares primary and foreign keys, and they hold', () => {
    expect(db.query('PRAGMA foreign_key_check')).toEqual([]);
    expect(db.query(`PRAGMA foreign_key_list("claim_sources")`).map((k) => `${k.from}→${k.table}.${k.to}`)).toEqual(expect.arrayContaining(['meeting→sources.meeting', 'source→sources.id']));
    expect(db.query(`PRAGMA table_info("sources")`).filter((c) => Number(c.pk) > 0).map((c) => c.name)).toEqual(['meeting', 'id']);
    expect(() => db.exec(`INSERT INTO "meetings" ("id", "kind", "number", "start", "end", "city", "city_id", "agenda_coverage", "resolutions_coverage") VALUES ('round-1', 'round', 1, '2017-01-01', '2017-01-01', 'x', 'x', 'none', 'none')`)).toThrow(/UNIQUE/);
  });

  it('stores booleans as 0 and 1, and missing values as NULL', () => {
    const p = db.query(`SELECT head_disputed, head_person, absent_reason FROM participation WHERE id = 'round-22/turkey'`)[0];
    expect(p).toEqual({ head_disputed: 1, head_person: null, absent_reason: null });
  });

  it('has a full-text index over the texts search covers, diacritics folded', async () => {
    expect(search(db, 'onal')).toEqual(expect.arrayContaining([':people[onal].name']));
    // The same texts as `astana search`: every hit it finds for a plain word is in the index.
    const hits = await runJson<{ meeting?: string; path: string }[]>(['search', 'earthquake']);
    expect(hits.length).toBeGreaterThan(0);
    expect(search(db, 'earthquake')).toEqual(expect.arrayContaining(hits.map((h) => `${h.meeting ?? ''}:${h.path}`)));
    expect(search(db, 'turkiye').length).toBeGreaterThan(10);
    // Arabic as written.
    expect(search(db, 'اللجنة').some((hit) => hit.startsWith('round-22:resolutions['))).toBe(true);
    // The query Datasette runs to find a table's full-text index (datasette/utils detect_fts_sql).
    const detect = `SELECT name FROM sqlite_master WHERE rootpage = 0 AND (sql LIKE '%VIRTUAL TABLE%USING FTS%content="texts"%' OR (tbl_name = 'texts' AND sql LIKE '%VIRTUAL TABLE%USING FTS%'))`;
    expect(db.query(detect)).toEqual([{ name: 'texts_fts' }]);
  });

  it('has a metadata table that agrees with datapackage.json', async () => {
    const info = Object.fromEntries(db.query('SELECT key, value FROM metadata').map((r) => [r.key, r.value])) as Record<string, string>;
    const dir = mkdtempSync(join(tmpdir(), 'astana-csv-'));
    await run(['export', '--to', dir]);
    const d = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as Descriptor;
    expect([info.name, info.title, info.description, info.version, info.created]).toEqual([d.name, d.title, d.description, d.version, d.created]);
    expect(`${info.released}T00:00:00Z`).toBe(d.created);
    expect([info.licence_id, info.licence_url]).toEqual([d.licenses[0]!.name, d.licenses[0]!.path]);
    expect(d.licenses[0]!.title).toBe(`${info.licence_name}. ${info.licence_note}`);
    expect((JSON.parse(info.maintainers!) as { name: string }[]).map((m) => m.name)).toEqual(d.contributors.map((c) => c.title));
    expect(JSON.parse(info.keywords!)).toEqual(d.keywords);
    expect((JSON.parse(info.sources!) as { url: string }[]).map((s) => s.url)).toEqual(d.sources.slice(1).map((s) => s.path));
    // And what dataset.yaml says of the process, which datapackage.json has no field for.
    const meta = parse(readFileSync(join(bundledData, 'dataset.yaml'), 'utf8')) as Metadata;
    expect([info.pax_process, info.ucdp_conflict]).toEqual([String(meta.process!.paxProcess), String(meta.process!.ucdpConflict)]);
  });

  it('has no licence or release date in the metadata of data without dataset.yaml, and the fallback version', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'astana-sqlite-')), 'bare.db');
    const data = caseDir(undefined, { remove: ['dataset.yaml'] });
    expect((await run(['export', '--sqlite', file, '--data', data])).code).toBe(0);
    const bare = await openDatabase(readFileSync(file));
    const keys = bare.query('SELECT key FROM metadata').map((r) => r.key);
    expect(keys).toEqual(expect.arrayContaining(['name', 'title', 'version', 'created']));
    expect(keys.filter((k) => String(k).startsWith('licence') || k === 'released' || k === 'maintainers')).toEqual([]);
    expect(bare.query(`SELECT value FROM metadata WHERE key = 'version'`)[0]!.value).toMatch(/\+data\.[0-9a-f]{12}$/);
    bare.close();
  });

  it('exports a user\'s --data directory', async () => {
    const mini = join(mkdtempSync(join(tmpdir(), 'astana-sqlite-')), 'mini.db');
    expect((await run(['export', '--sqlite', mini, '--data', `${fixtures}/mini`])).code).toBe(0);
    const small = await openDatabase(readFileSync(mini));
    expect(small.query('SELECT id FROM meetings ORDER BY start').map((r) => r.id)).toEqual(['round-1', 'summit-1', 'round-2']);
    expect(small.query(`SELECT role, absent_reason FROM participation WHERE id = 'round-2/syria-opposition'`)).toEqual([{ role: 'absent', absent_reason: 'boycott' }]);
    small.close();
  });

  it('writes the same bytes for the same data', async () => {
    expect(Buffer.compare(readFileSync(await exportSqlite()), readFileSync(file))).toBe(0);
  });
});

describe.runIf(hasSqlite3() || inCi())('the SQLite file, read by the sqlite3 command', () => {
  it('answers counts, joins and full-text queries', async () => {
    const file = await exportSqlite();
    const sql = [
      'PRAGMA foreign_key_check;',
      'SELECT count(*) FROM meetings;',
      "SELECT m.city FROM meetings m JOIN participation p ON p.meeting = m.id WHERE p.party = 'syria-opposition' AND p.role = 'absent';",
      "SELECT t.meeting FROM texts_fts f JOIN texts t ON t.id = f.docid WHERE texts_fts MATCH 'earthquake' ORDER BY t.id LIMIT 1;",
      "SELECT count(*) FROM texts_fts WHERE texts_fts MATCH 'onal';",
    ].join('\n');
    const result = spawnSync('sqlite3', ['-batch', '-bail', file, sql], { encoding: 'utf8' });
    expect(result.error, 'sqlite3 must be installed in CI (apt-get install -y sqlite3)').toBeUndefined();
    expect(result.stderr).toBe('');
    const meetings = (await runJson<unknown[]>(['meetings', 'list'])).length;
    expect(result.stdout.trim().split('\n')).toEqual([String(meetings), 'Astana', 'round-20', expect.stringMatching(/^[1-9]\d*$/)]);
  });
});

describe('a text that a spreadsheet would run as a formula', () => {
  it('carries the guard in the package CSV, and is kept raw in SQLite', async () => {
    const data = caseDir();
    const round = join(data, 'rounds/02.yaml');
    writeFileSync(round, readFileSync(round, 'utf8').replace('summary: Golan', 'summary: "=HYPERLINK(\\"https://example.org\\")"'));
    const out = mkdtempSync(join(tmpdir(), 'astana-guard-'));
    const result = await run(['export', '--to', join(out, 'pkg'), '--sqlite', join(out, 'astana.db'), '--data', data]);
    expect(result.code, result.err).toBe(0);
    const csvText = readFileSync(join(out, 'pkg/agenda_items.csv'), 'utf8');
    expect(csvText).toContain(`"'=HYPERLINK(""https://example.org"")"`);
    const db = await openDatabase(readFileSync(join(out, 'astana.db')));
    expect(db.query("SELECT summary FROM agenda_items WHERE summary LIKE '%HYPERLINK%'").map((r) => r.summary)).toEqual(['=HYPERLINK("https://example.org")']);
  });
});
