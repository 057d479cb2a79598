import { describe, expect, it } from 'vitest';
import { listParties, showParty } from '../../src/query/parties.js';
import { bundled } from '../helpers/dataset.js';
import { mini } from '../helpers/mini.js';

const data = await mini();

describe('parties', () => {
  it('lists every party in registry order with where it had a delegation', () => {
    expect(listParties(data).map((p) => [p.id, p.rounds, p.otherMeetings, p.meetings, p.first, p.last])).toEqual([
      ['russia', [1, 2], ['summit-1'], 3, 'round-1', 'round-2'],
      ['turkey', [1], [], 1, 'round-1', 'round-1'],
      ['iran', [], [], 0, undefined, undefined],
      ['syria-opposition', [], [], 0, undefined, undefined],
      ['un', [2], [], 1, 'round-2', 'round-2'],
    ]);
  });

  it('sorts by count (most first, ties in registry order) or by name', () => {
    expect(listParties(data, { sort: 'count' }).map((p) => p.id)).toEqual(['russia', 'turkey', 'un', 'iran', 'syria-opposition']);
    expect(listParties(data, { sort: 'name' }).map((p) => p.name)).toEqual(['Iran', 'Russia', 'Syrian armed opposition', 'Türkiye', 'United Nations']);
    expect(() => listParties(data, { sort: 'size' })).toThrow('sorts: registry, count, name');
  });

  it('shows every meeting attended with its role, head and sources, the absences, and the heads over time', () => {
    const russia = showParty(data, 'Russia');
    expect(russia.attended.map((a) => [a.meeting, a.role, a.head?.name])).toEqual([
      ['round-1', 'guarantor', 'Envoy A'],
      ['summit-1', 'guarantor', 'Envoy B'],
      ['round-2', 'guarantor', undefined],
    ]);
    expect(russia.attended[0]!.sources).toEqual([{ id: 's1', url: 'https://example.org/one', publisher: 'Example', title: 'One' }]);
    expect(russia.heads).toEqual([
      { person: 'envoy-a', name: 'Envoy A', meetings: ['round-1'], disputed: [] },
      { person: 'envoy-b', name: 'Envoy B', meetings: ['summit-1'], disputed: [] },
    ]);
    expect(showParty(data, 'syria-opposition').absent).toEqual([
      { meeting: 'round-2', kind: 'round', number: 2, start: '2020-05-01', reason: 'boycott', sources: [{ id: 's2', url: 'https://example.org/three', publisher: 'Example', title: 'Three' }] },
    ]);
  });

  it('calls unknown, not absent, the meetings that record neither a delegation nor an absence', () => {
    // The opposition is recorded absent at round 2, and nowhere else.
    expect(showParty(data, 'syria-opposition').unknownAt).toEqual(['round-1', 'summit-1']);
    expect(showParty(data, 'Russia').unknownAt).toEqual([]);
  });

  it('keeps every account of a disputed head, marked', () => {
    expect(showParty(data, 'UN').heads).toEqual([
      { person: 'envoy-a', name: 'Envoy A', meetings: ['round-2'], disputed: ['round-2'] },
      { person: 'envoy-b', name: 'Envoy B', meetings: ['round-2'], disputed: ['round-2'] },
    ]);
  });

  it('names the nearest parties for an unknown one', () => {
    expect(() => showParty(data, 'rusia')).toThrow("unknown party 'rusia' (did you mean russia?;");
  });

  it("cites, for each meeting attended, the pages of the delegation and those of its head", async () => {
    const all = await bundled();
    let heads = 0;
    for (const party of all.parties.keys()) {
      for (const a of showParty(all, party).attended) {
        const urls = new Set(a.sources.map((s) => s.url));
        const body = all.meetingById.get(a.meeting)!.body;
        for (const id of a.head?.sources ?? []) {
          heads += 1;
          expect(urls.has(body.sources.find((s) => s.id === id)!.url), `${party} ${a.meeting} ${id}`).toBe(true);
        }
      }
    }
    expect(heads).toBeGreaterThan(100);
  });
});

