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
});
