import { describe, expect, it } from 'vitest';
import { diffAgenda } from '../../src/query/agenda-diff.js';
import { mini } from '../helpers/mini.js';

// Round 1's agenda is coded in full; round 2's only partly.
const data = await mini();
const page = (id: string, url: string, title: string) => ({ id, url, publisher: 'Example', title });
const one = page('s1', 'https://example.org/one', 'One');
const two = page('s1', 'https://example.org/two', 'Two');
const three = page('s2', 'https://example.org/three', 'Three');

describe('diffAgenda', () => {
  it('reports an addition where the earlier agenda is complete, and no removal where the later one is partial', () => {
    expect(diffAgenda(data, '1', '2')).toEqual({
      from: 'round-1',
      to: 'round-2',
      added: [{ topic: 'golan', label: 'Golan', summary: 'Golan', sources: [three] }],
      removed: [],
      // Both rounds call a source s1: each summary cites its own meeting's page.
      kept: [{ topic: 'idlib', label: 'Idlib', before: 'Idlib first', after: 'Idlib again', beforeSources: [one], afterSources: [two] }],
      unconfirmed: [{ topic: 'demining', label: 'Demining', summary: 'Mines', sources: [one], recordedAt: 'round-1', notRecordedAt: 'round-2', why: "round-2's agenda is only partly coded" }],
    });
  });

  it('swapped, reports the removal the complete round supports and leaves the other unconfirmed', () => {
    const back = diffAgenda(data, '2', '1');
    expect(back.removed.map((t) => t.topic)).toEqual(['golan']);
    expect(back.added).toEqual([]);
    expect(back.unconfirmed.map((t) => [t.topic, t.recordedAt, t.notRecordedAt])).toEqual([['demining', 'round-1', 'round-2']]);
  });

  it('compares meetings of any kind, by id or short form', () => {
    const mixed = diffAgenda(data, 'summit-1', 'r2');
    expect([mixed.from, mixed.to]).toEqual(['summit-1', 'round-2']);
    expect(diffAgenda(data, 's1', 'summit-1').kept.length).toBe(data.meetingById.get('summit-1')!.body.agenda.length);
  });

  it('finds nothing added, removed or unconfirmed between a round and itself', () => {
    const same = diffAgenda(data, 'latest', '2');
    expect([same.added, same.removed, same.unconfirmed]).toEqual([[], [], []]);
    expect(same.kept).toHaveLength(2);
  });
});
