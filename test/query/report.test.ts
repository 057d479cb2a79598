import { describe, expect, it } from 'vitest';
import type { Round } from '../../src/model/types.js';
import { reportModel } from '../../src/query/report.js';
import { withCoverage } from '../helpers/coverage.js';
import { mini } from '../helpers/mini.js';

const complete: Round['coverage'] = { agenda: 'complete', resolutions: 'complete', basis: ['s1'] };

describe('reportModel', () => {
  it('puts every meeting in date order, with its city id and coverage', async () => {
    const model = reportModel(await mini());
    expect(model.meetings.map((m) => [m.id, m.cityId, m.coverage.agenda])).toEqual([
      ['round-1', 'astana', 'partial'],
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
    const partial = reportModel(await mini());
    expect(partial.topics.find((t) => t.id === 'demining')?.cells).toEqual(['recorded', 'unknown', 'unknown']);
    const full = reportModel(withCoverage(await mini(), 'round-2', complete));
    expect(full.topics.find((t) => t.id === 'demining')?.cells).toEqual(['recorded', 'unknown', 'absent']);
    expect(full.topics.find((t) => t.id === 'idlib')?.cells).toEqual(['recorded', 'unknown', 'recorded']);
  });

  it('splits the meetings that do not cite a resolution into not citing (complete) and unknown', async () => {
    const partial = reportModel(await mini());
    const r2254 = partial.resolutions.find((r) => r.id === 'unsc-2254')!;
    expect(r2254.citations.map((c) => `${c.meeting}:${c.context}`)).toEqual(['round-1:joint-statement', 'summit-1:joint-statement', 'round-2:agenda']);
    const unga = partial.resolutions.find((r) => r.id === 'unga-x')!;
    expect([unga.notCitedAt, unga.unknownAt]).toEqual([[], ['round-1', 'summit-1']]);
    const full = reportModel(withCoverage(await mini(), 'round-1', complete)).resolutions.find((r) => r.id === 'unga-x')!;
    expect([full.notCitedAt, full.unknownAt]).toEqual([['round-1'], ['summit-1']]);
  });

  it('names the data version and the latest date the data states', async () => {
    const model = reportModel(await mini());
    expect(model.dataHash).toMatch(/^[0-9a-f]{12}$/);
    expect(model.asOf).toBe('2020-05-02');
    expect(reportModel(withCoverage(await mini(), 'round-1', complete)).dataHash).not.toBe(model.dataHash);
  });
});
