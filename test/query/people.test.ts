import { describe, expect, it } from 'vitest';
import { listPeople, showPerson } from '../../src/query/people.js';
import { resolvePerson } from '../../src/query/resolve.js';
import { bundled } from '../helpers/dataset.js';
import { mini } from '../helpers/mini.js';

const data = await mini();

describe('people', () => {
  it('lists people with the parties they led and the meetings, disputed accounts included', () => {
    expect(listPeople(data).map((p) => [p.id, p.parties, p.rounds, p.otherMeetings])).toEqual([
      ['envoy-a', ['russia', 'un'], [1, 2], []],
      // In the order of their first meeting: the summit came before round 2.
      ['envoy-b', ['russia', 'un'], [2], ['summit-1']],
    ]);
    expect(listPeople(data, { party: 'Turkey' })).toEqual([]);
    expect(listPeople(data, { party: 'russia', sort: 'name' }).map((p) => p.id)).toEqual(['envoy-a', 'envoy-b']);
  });

  it('sorts by count, name, or the date of the first meeting headed', () => {
    const ids = (sort: string) => listPeople(data, { sort }).map((p) => p.id);
    // envoy-a heads rounds 1 and 2 (2020-01 and 2020-05); envoy-b the summit (2020-03) and round 2.
    expect(ids('first')).toEqual(['envoy-a', 'envoy-b']);
    expect(listPeople(data, { sort: 'count' }).map((p) => p.meetings)).toEqual([2, 2]);
    expect(ids('name')).toEqual(['envoy-a', 'envoy-b']);
  });

  it('shows every headship with title, party and sources, marking disputed ones', () => {
    expect(showPerson(data, 'envoy-b').headed).toEqual([
      { meeting: 'summit-1', kind: 'summit', number: 1, start: '2020-03-01', party: 'russia', partyName: 'Russia', title: 'President', note: undefined, disputed: false, sources: [{ id: 's1', url: 'https://example.org/summit', publisher: 'Example', title: 'Summit' }] },
      { meeting: 'round-2', kind: 'round', number: 2, start: '2020-05-01', party: 'un', partyName: 'United Nations', title: undefined, note: undefined, disputed: true, sources: [{ id: 's2', url: 'https://example.org/three', publisher: 'Example', title: 'Three' }] },
    ]);
  });

  it('finds a person by id, name, alias, or a surname that picks out one person', () => {
    expect(resolvePerson(data, 'ENVOY BEE').id).toBe('envoy-b');
    expect(resolvePerson(data, 'Envoy A').id).toBe('envoy-a');
    expect(() => resolvePerson(data, 'envoy')).toThrow("unknown person 'envoy' (did you mean envoy-a, envoy-b?;");
  });

  it('counts accounts that name the same person with other titles as one headship, not a dispute', async () => {
    const all = await bundled();
    const sameButTitles = all.meetings.flatMap((m) =>
      m.body.delegations.filter((d) => d.head && 'versions' in d.head && new Set(d.head.versions.map((v) => v.person)).size === 1).map((d) => ({ m, d })),
    );
    expect(sameButTitles.length).toBeGreaterThan(0);
    for (const { m, d } of sameButTitles) {
      const versions = (d.head as { versions: { person: string; title?: string }[] }).versions;
      const headed = showPerson(all, versions[0]!.person).headed.filter((h) => h.meeting === m.id);
      expect(headed, `${m.id} ${d.party}`).toHaveLength(1);
      expect(headed[0]!.disputed).toBe(false);
      for (const v of versions) if (v.title) expect(headed[0]!.title).toContain(v.title);
    }
  });
});

