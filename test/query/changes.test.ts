import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/source.js';
import type { ChangeReport, ChangeStat } from '../../src/query/changes.js';
import { releasedVersions } from '../../src/release/record.js';
import { bundledData, repoRoot, run, runJson } from '../helpers/run.js';

const first = releasedVersions(bundledData)[0]!;
const since = (...more: string[]): Promise<ChangeReport> => runJson<ChangeReport>(['changes', '--since', first, ...more]);

describe('astana changes between the first release and today', () => {
  it('lists a ministerial meeting added since, every fact of it added, with the values the data holds now', async () => {
    const report = await since('--meeting', 'ministerial-12');
    const data = await loadDataset(bundledData, { shown: 'data', env: {} });
    const doha = data.meetingById.get('ministerial-12')!.body;
    expect(report.changes.length).toBeGreaterThan(5);
    expect(new Set(report.changes.map((c) => c.change))).toEqual(new Set(['added']));
    const dates = report.changes.find((c) => c.key === 'ministerial-12/dates')!;
    expect(dates).toMatchObject({ old: null, new: { start: doha.dates.start, end: doha.dates.end }, oldSources: [] });
    expect(dates.newSources.length).toBe(doha.dates.sources.length);
  });

  it('lists a corrected fact with its old and new values and sources: the meetings renumbered by date', async () => {
    const report = await since('--meeting', 'ministerial-1');
    const city = report.changes.find((c) => c.key === 'ministerial-1/city')!;
    // In the first release ministerial-1 was Astana, March 2018; numbered by date it is Antalya, 2017.
    expect(city).toMatchObject({ change: 'changed', old: { name: 'Astana' }, new: { name: 'Antalya' } });
    expect(city.fields).toContain('name');
    expect(city.oldSources).not.toEqual(city.newSources);
  });

  it('names the versions compared, and counts agree with the changes listed', async () => {
    const report = await since();
    const latest = releasedVersions(bundledData).at(-1)!;
    expect(report.from.version).toBe(first);
    expect([latest, null]).toContain(report.to.version);
    const total = report.stat.at(-1)!;
    for (const kind of ['added', 'removed', 'changed', 'sources'] as const) expect(total[kind]).toBe(report.changes.filter((c) => c.change === kind).length);
    const perMeeting = report.stat.filter((s) => s.group === 'meeting' || s.group === 'entry');
    expect(perMeeting.reduce((n, s) => n + s.added + s.removed + s.changed + s.sources, 0)).toBe(report.changes.length);
  });

  it('prints every format: one csv row per changed field, the --stat counts in csv too', async () => {
    const csv = await run(['changes', '--since', first, '--meeting', 'ministerial-1', '--format', 'csv']);
    expect(csv.code).toBe(0);
    const [header, ...lines] = csv.out.trim().split('\r\n');
    expect(header).toBe('change,key,meeting,entry,kind,field,old,new');
    const report = await since('--meeting', 'ministerial-1');
    expect(lines.length).toBe(report.changes.reduce((n, c) => n + c.fields.length, 0));
    const stat = await run(['changes', '--since', first, '--stat', '--format', 'ndjson']);
    const rows = stat.out.trim().split('\n').map((l) => JSON.parse(l) as ChangeStat);
    // Each line holds to the record schema `astana schema` ships for it.
    const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas/output/records/ChangeStat.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ strict: true, keywords: ['x-format-version'] }).compile(schema);
    for (const row of rows) expect(validate(row), JSON.stringify(validate.errors)).toBe(true);
    expect(rows.at(-1)).toMatchObject({ group: 'total', name: 'total' });
    expect(rows.some((r) => r.group === 'kind' && r.name === 'delegations')).toBe(true);
  });

  it('shows a table that keeps every URL whole, at 80 columns', async () => {
    const { out, code } = await run(['changes', '--since', first, '--meeting', 'round-7', '--format', 'table'], { isTTY: true, columns: 80, env: { NO_COLOR: '1' } });
    expect(code).toBe(0);
    const report = await since('--meeting', 'round-7');
    for (const url of new Set(report.changes.flatMap((c) => [...c.oldSources, ...c.newSources]))) expect(out).toContain(url);
    expect(Math.max(...out.split('\n').filter((l) => l.startsWith('│') || l.startsWith('┌')).map((l) => [...l].length))).toBeLessThanOrEqual(80);
  });
});

describe('astana changes, given what it cannot use', () => {
  it('refuses an unknown version, listing the released ones, with exit 2', async () => {
    const { code, err, out } = await run(['changes', '--since', '9.9.9']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(`astana: unknown version '9.9.9' (released: ${releasedVersions(bundledData).join(', ')})\n`);
  });

  it('says data without releases has none to compare, with exit 2', async () => {
    const { code, err } = await run(['changes', '--data', 'test/fixtures/mini']);
    expect(code).toBe(2);
    expect(err).toContain('no release of this data is recorded');
  });

  it('names a damaged release record as invalid data, exit 3, never a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'astana-releases-'));
    cpSync(bundledData, dir, { recursive: true });
    const file = join(dir, 'releases', `${first}.json`);
    writeFileSync(file, readFileSync(file, 'utf8').slice(0, 5000));
    const { code, err } = await run(['changes', '--since', first, '--data', dir]);
    expect(code).toBe(3);
    expect(err).toMatch(new RegExp(`^astana: invalid data: .*releases/${first.replace(/\./g, '\\.')}\\.json.*not JSON`));
    expect(err.split('\n')).toHaveLength(2);
  });
});
