import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/model/dataset.js';
import type { Round } from '../../src/model/types.js';
import { agendaHistory } from '../../src/query/agenda-history.js';

const src = ['s'] as [string];
const round = (n: number, topics: string[], agenda: 'complete' | 'partial' | 'none' = 'complete'): Round => ({
  round: n,
  dates: { start: `2020-01-${String(n).padStart(2, '0')}`, end: `2020-01-${String(n).padStart(2, '0')}`, sources: src },
  city: { name: 'Astana', sources: src },
  delegations: [],
  agenda: topics.map((t) => ({ topic: t, summary: `${t} at ${n}`, sources: src })),
  coverage: { agenda, resolutions: 'none', basis: src },
  sources: [{ id: 's', url: 'https://example.org', publisher: 'x', title: 'x', language: 'en' }],
});

const data = buildDataset({
  rounds: [round(1, ['a']), round(2, []), round(3, ['a']), round(4, []), round(5, []), round(6, ['a', 'b']), round(7, [])],
  parties: [],
  people: [],
  cities: [{ id: 'astana', name: 'Astana' }],
  topics: [
    { id: 'a', label: 'A', description: 'd' },
    { id: 'b', label: 'B', description: 'd' },
    { id: 'c', label: 'C', description: 'd' },
  ],
  resolutions: [],
});

describe('agendaHistory', () => {
  it('finds first, last and the runs of rounds missing in between', () => {
    expect(agendaHistory(data, 'a')).toMatchObject({ rounds: [1, 3, 6], first: 1, last: 6, gaps: [{ from: 2, to: 2 }, { from: 4, to: 5 }] });
  });

  it('has no gaps for a topic seen once, and no first or last for one never seen', () => {
    expect(agendaHistory(data, 'b')).toMatchObject({ rounds: [6], first: 6, last: 6, gaps: [] });
    const never = agendaHistory(data, 'c');
    expect([never.rounds, never.first, never.gaps]).toEqual([[], undefined, []]);
  });

  it('never forms a gap from a round whose agenda is not coded in full, and lists it as unknown', () => {
    const partial = buildDataset({
      rounds: [round(1, ['a']), round(2, [], 'partial'), round(3, []), round(4, [], 'none'), round(5, []), round(6, ['a']), round(7, [], 'partial')],
      parties: [],
      people: [],
      cities: [{ id: 'astana', name: 'Astana' }],
      topics: [{ id: 'a', label: 'A', description: 'd' }],
      resolutions: [],
    });
    const h = agendaHistory(partial, 'a');
    expect(h.gaps).toEqual([{ from: 3, to: 3 }, { from: 5, to: 5 }]);
    expect(h.unknownAt).toEqual([2, 4, 7]);
  });

  it('lists no unknown rounds where every agenda is complete', () => {
    expect(agendaHistory(data, 'a').unknownAt).toEqual([]);
  });

  it('keeps each appearance with its summary and sources', () => {
    expect(agendaHistory(data, 'a').appearances.map((x) => x.summary)).toEqual(['a at 1', 'a at 3', 'a at 6']);
  });
});
