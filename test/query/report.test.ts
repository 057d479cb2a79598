import { describe, expect, it } from 'vitest';
import type { Round } from '../../src/model/types.js';
import { reportModel } from '../../src/query/report.js';
import { withCoverage } from '../helpers/coverage.js';
import { mini } from '../helpers/mini.js';

const complete: Round['coverage'] = { agenda: 'complete', resolutions: 'complete', basis: ['s1'] };
const partial: Round['coverage'] = { agenda: 'partial', resolutions: 'partial' };

describe('reportModel', () => {
  it('puts every meeting in date order, with its city id and coverage', async () => {
    const model = reportModel(await mini());
    expect(model.meetings.map((m) => [m.id, m.cityId, m.coverage.agenda])).toEqual([
      ['round-1', 'astana', 'complete'],
      ['summit-1', 'video-conference', 'partial'],
      ['round-2', 'sochi', 'partial'],
    ]);
  });

  it('shows a party as absent only where an absence is recorded, and as unknown where nothing is', async () => {
    const model = reportModel(await mini());
    const row = (id: string) => model.attendance.find((p) => p.id === id)?.cells;
    expect(row('russia')).toEqual(['guarantor', 'guarantor', 'guarantor']);
    expect(row('turkey')).toEqual(['guarantor', 'unknown', 'unknown']);
    expect(row('syria-opposition')).toEqual(['unknown', 'unknown', 'absent']);
    // Iran is in the registry but recorded nowhere: no row at all.
    expect(row('iran')).toBeUndefined();
  });

  it('shows a topic as absent only where the agenda coverage is complete', async () => {
    // In the fixture only round 1 is fully coded.
    const model = reportModel(await mini());
    expect(model.topics.find((t) => t.id === 'golan')?.cells).toEqual(['absent', 'recorded', 'recorded']);
    expect(model.topics.find((t) => t.id === 'demining')?.cells).toEqual(['recorded', 'unknown', 'unknown']);
    const full = reportModel(withCoverage(await mini(), 'round-2', complete));
    expect(full.topics.find((t) => t.id === 'demining')?.cells).toEqual(['recorded', 'unknown', 'absent']);
    expect(full.topics.find((t) => t.id === 'idlib')?.cells).toEqual(['recorded', 'unknown', 'recorded']);
    const none = reportModel(withCoverage(await mini(), 'round-1', partial));
    expect(none.topics.flatMap((t) => t.cells)).not.toContain('absent');
  });

  it('splits the meetings that do not cite a resolution into not citing (complete) and unknown', async () => {
    const model = reportModel(await mini());
    const r2254 = model.resolutions.find((r) => r.id === 'unsc-2254')!;
    expect(r2254.citations.map((c) => `${c.meeting}:${c.context}`)).toEqual(['round-1:joint-statement', 'summit-1:joint-statement', 'round-2:agenda']);
    const unga = model.resolutions.find((r) => r.id === 'unga-x')!;
    expect([unga.notCitedAt, unga.unknownAt]).toEqual([['round-1'], ['summit-1']]);
    const open = reportModel(withCoverage(await mini(), 'round-1', partial)).resolutions.find((r) => r.id === 'unga-x')!;
    expect([open.notCitedAt, open.unknownAt]).toEqual([[], ['round-1', 'summit-1']]);
  });

  it('names the data version and the latest date the data states', async () => {
    const model = reportModel(await mini());
    expect(model.dataHash).toMatch(/^[0-9a-f]{12}$/);
    expect(model.asOf).toBe('2020-05-02');
    expect(reportModel(withCoverage(await mini(), 'round-1', partial)).dataHash).not.toBe(model.dataHash);
  });
});
