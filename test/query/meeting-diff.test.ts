import { describe, expect, it } from 'vitest';
import { attendance } from '../../src/query/attendance.js';
import { diffMeetings } from '../../src/query/meeting-diff.js';
import { bundled } from '../helpers/dataset.js';
import { mini } from '../helpers/mini.js';

// Round 1 is coded in full (agenda and resolutions); round 2 only partly. Round 2 records the
// opposition absent; neither round records an absence of Türkiye or the UN.
const data = await mini();
// Both rounds call a page s1: each fact cites its own round's.
const page = (id: string, url: string, title: string) => ({ id, url: `https://example.org/${url}`, publisher: 'Example', title });
const one = page('s1', 'one', 'One');
const two = page('s1', 'two', 'Two');
const three = page('s2', 'three', 'Three');

describe('diffMeetings', () => {
  it('reports only the changes both records support, and lists the rest as unconfirmed', () => {
    const d = diffMeetings(data, '1', '2');
    expect(d).toMatchObject({ from: 'round-1', to: 'round-2', same: false, city: { from: 'Astana', to: 'Sochi' } });
    expect(d.delegations).toEqual({
      added: [],
      removed: [],
      changed: [{ party: 'russia', role: undefined, head: { from: 'Envoy A', to: null }, sources: { from: [one], to: [two] } }],
      unconfirmed: [
        { item: 'turkey', recordedAt: 'round-1', why: 'round-2 records neither a delegation nor an absence for turkey', sources: [one] },
        // The delegation's page and those of both accounts of its head.
        { item: 'un', recordedAt: 'round-2', why: 'round-1 records neither a delegation nor an absence for un', sources: [two, three] },
      ],
    });
    expect(d.absent).toEqual({ added: [], removed: [], sources: {} });
    expect(d.city?.sources).toEqual({ from: [one], to: [two] });
    expect(d.agenda).toEqual({
      added: ['golan'],
      removed: [],
      kept: ['idlib'],
      unconfirmed: [{ item: 'demining', recordedAt: 'round-1', why: "round-2's agenda is only partly coded", sources: [one] }],
      sources: { golan: { from: [], to: [three] } },
    });
    expect(d.resolutions).toEqual({
      added: [{ symbol: 'A/ES-10/L.27', context: 'joint-statement', sources: [two] }],
      removed: [],
      changed: [{ symbol: 'S/RES/2254(2015)', context: { from: 'joint-statement', to: 'agenda' }, sources: { from: [one], to: [three] } }],
      unconfirmed: [],
    });
  });

  it('swapped, removes what the complete round lacks and never asserts an absence from the partial one', () => {
    const d = diffMeetings(data, '2', '1');
    expect(d.agenda).toMatchObject({ added: [], removed: ['golan'] });
    expect(d.resolutions.removed).toEqual([{ symbol: 'A/ES-10/L.27', context: 'joint-statement', sources: [two] }]);
    expect(d.agenda.unconfirmed.map((u) => u.item)).toEqual(['demining']);
  });

  it('finds a meeting the same as itself, and accepts meeting ids', () => {
    expect(diffMeetings(data, 'round-2', 'latest').same).toBe(true);
    expect(diffMeetings(data, 's1', '1').from).toBe('summit-1');
  });

  it('cites the pages of the absence where a delegation is gone, and of the delegation it had', async () => {
    // The United States had a delegation at round 8 and is recorded absent at round 9.
    const all = await bundled();
    const d = diffMeetings(all, '8', '9');
    expect(d.absent.added).toContain('usa');
    const absence = attendance(all, { party: 'usa' }).find((r) => r.round === 9)!;
    expect(d.absent.sources.usa!.map((s) => s.url)).toEqual(absence.sources);
    const before = attendance(all, { party: 'usa' }).find((r) => r.round === 8)!;
    // The delegation's own pages, with its head's where it has one.
    expect(d.delegations.removed.find((x) => x.party === 'usa')!.sources.map((s) => s.url)).toEqual(expect.arrayContaining(before.sources!));
  });
});
