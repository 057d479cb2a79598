import { describe, expect, it } from 'vitest';
import { diffMeetings } from '../../src/query/meeting-diff.js';
import { mini } from '../helpers/mini.js';

const data = await mini();

describe('diffMeetings', () => {
  it('matches delegations by party, topics by id and resolutions by symbol', () => {
    const d = diffMeetings(data, '1', '2');
    expect(d).toMatchObject({ from: 'round-1', to: 'round-2', same: false, city: { from: 'Astana', to: 'Sochi' } });
    expect(d.delegations).toEqual({
      added: [{ party: 'un', role: 'observer', head: 'disputed: Envoy A / Envoy B' }],
      removed: [{ party: 'turkey', role: 'guarantor', head: null }],
      changed: [{ party: 'russia', role: undefined, head: { from: 'Envoy A', to: null } }],
    });
    expect(d.absent).toEqual({ added: ['syria-opposition'], removed: [] });
    expect(d.agenda).toEqual({ added: ['golan'], removed: ['demining'], kept: ['idlib'] });
    expect(d.resolutions).toEqual({
      added: [{ symbol: 'A/ES-10/L.27', context: 'joint-statement' }],
      removed: [],
      changed: [{ symbol: 'S/RES/2254(2015)', context: { from: 'joint-statement', to: 'agenda' } }],
    });
  });

  it('finds a meeting the same as itself, and accepts meeting ids', () => {
    expect(diffMeetings(data, 'round-2', 'latest').same).toBe(true);
    expect(diffMeetings(data, 's1', '1').from).toBe('summit-1');
  });
});
