import { describe, expect, it } from 'vitest';
import { datasetStats } from '../../src/query/stats.js';
import { mini } from '../helpers/mini.js';

const stats = datasetStats(await mini());

describe('datasetStats', () => {
  it('counts known, unknown and disputed heads per meeting', () => {
    expect(stats.meetings.map((m) => [m.id, m.heads])).toEqual([
      ['round-1', { known: 1, unknown: 1, disputed: 0 }],
      ['summit-1', { known: 1, unknown: 0, disputed: 0 }],
      ['round-2', { known: 0, unknown: 1, disputed: 1 }],
    ]);
  });

  it('marks the next meeting known, unknown or disputed, and counts sources', () => {
    expect(stats.meetings.map((m) => [m.id, m.next, m.sources])).toEqual([
      ['round-1', 'unknown', 1],
      ['summit-1', 'unknown', 1],
      ['round-2', 'disputed', 2],
    ]);
  });

  it('adds the meetings up into totals', () => {
    expect(stats.totals).toMatchObject({ meetings: 3, sources: 4, delegations: 5, agenda: 5, heads: { known: 2, unknown: 2, disputed: 1 }, next: { known: 0, unknown: 2, disputed: 1 } });
  });

  it('counts the heads again by the delegation role, so that observers are not hidden among guarantors', () => {
    const { headsByRole } = stats.totals;
    expect(headsByRole).toEqual({
      guarantor: { known: 2, unknown: 2, disputed: 0 },
      party: { known: 0, unknown: 0, disputed: 0 },
      host: { known: 0, unknown: 0, disputed: 0 },
      observer: { known: 0, unknown: 0, disputed: 1 },
    });
    const added = (status: 'known' | 'unknown' | 'disputed'): number => Object.values(headsByRole).reduce((n, h) => n + h[status], 0);
    expect([added('known'), added('unknown'), added('disputed')]).toEqual([stats.totals.heads.known, stats.totals.heads.unknown, stats.totals.heads.disputed]);
  });

  it('counts the sources that are listing pages rather than articles', async () => {
    expect(stats.totals.listingPages).toBe(0);
    const data = await mini();
    const tagged = {
      ...data,
      meetings: data.meetings.map((m, i) => (i === 0 ? { ...m, body: { ...m.body, sources: m.body.sources.map((x) => ({ ...x, url: 'https://example.org/tag/astana' })) as typeof m.body.sources } } : m)),
    };
    expect(datasetStats(tagged).totals.listingPages).toBe(data.meetings[0]!.body.sources.length);
  });

  it('keeps meetings of one kind, in totals as in rows', async () => {
    const data = await mini();
    const rounds = datasetStats(data, { kind: 'rounds' });
    expect(rounds.meetings.map((m) => m.id)).toEqual(['round-1', 'round-2']);
    expect(rounds.totals).toMatchObject({ meetings: 2, sources: 3, delegations: 4 });
    expect(() => datasetStats(data, { kind: 'summitt' })).toThrow(/unknown kind 'summitt' \(kinds: round, summit, ministerial\)/);
  });
});

