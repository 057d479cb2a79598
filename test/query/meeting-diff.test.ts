import { describe, expect, it } from 'vitest';
import { diffMeetings } from '../../src/query/meeting-diff.js';
import { mini } from '../helpers/mini.js';

// Round 1 is coded in full (agenda and resolutions); round 2 only partly. Round 2 records the
// opposition absent; neither round records an absence of Türkiye or the UN.
const data = await mini();

describe('diffMeetings', () => {
  it('reports only the changes both records support, and lists the rest as unconfirmed', () => {
    const d = diffMeetings(data, '1', '2');
    expect(d).toMatchObject({ from: 'round-1', to: 'round-2', same: false, city: { from: 'Astana', to: 'Sochi' } });
    expect(d.delegations).toEqual({
      added: [],
      removed: [],
      changed: [{ party: 'russia', role: undefined, head: { from: 'Envoy A', to: null } }],
      unconfirmed: [
        { item: 'turkey', recordedAt: 'round-1', why: 'round-2 records neither a delegation nor an absence for turkey' },
        { item: 'un', recordedAt: 'round-2', why: 'round-1 records neither a delegation nor an absence for un' },
      ],
    });
    expect(d.absent).toEqual({ added: [], removed: [] });
    expect(d.agenda).toEqual({
      added: ['golan'],
      removed: [],
      kept: ['idlib'],
      unconfirmed: [{ item: 'demining', recordedAt: 'round-1', why: "round-2's agenda is only partly coded" }],
    });
    expect(d.resolutions).toEqual({
      added: [{ symbol: 'A/ES-10/L.27', context: 'joint-statement' }],
      removed: [],
      changed: [{ symbol: 'S/RES/2254(2015)', context: { from: 'joint-statement', to: 'agenda' } }],
      unconfirmed: [],
    });
  });

  it('swapped, removes what the complete round lacks and never asserts an absence from the partial one', () => {
    const d = diffMeetings(data, '2', '1');
    expect(d.agenda).toMatchObject({ added: [], removed: ['golan'] });
    expect(d.resolutions.removed).toEqual([{ symbol: 'A/ES-10/L.27', context: 'joint-statement' }]);
    expect(d.agenda.unconfirmed.map((u) => u.item)).toEqual(['demining']);
  });

  it('finds a meeting the same as itself, and accepts meeting ids', () => {
    expect(diffMeetings(data, 'round-2', 'latest').same).toBe(true);
    expect(diffMeetings(data, 's1', '1').from).toBe('summit-1');
  });
});
