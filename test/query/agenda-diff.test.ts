import { describe, expect, it } from 'vitest';
import { diffAgenda } from '../../src/query/agenda-diff.js';
import { mini } from '../helpers/mini.js';

const data = await mini();

describe('diffAgenda', () => {
  it('matches topics by id: added, removed, kept', () => {
    expect(diffAgenda(data, '1', '2')).toEqual({
      from: 1,
      to: 2,
      added: [{ topic: 'golan', label: 'Golan', summary: 'Golan' }],
      removed: [{ topic: 'demining', label: 'Demining', summary: 'Mines' }],
      kept: [{ topic: 'idlib', label: 'Idlib', before: 'Idlib first', after: 'Idlib again' }],
    });
  });

  it('is the mirror image when the rounds are swapped', () => {
    const there = diffAgenda(data, '1', '2');
    const back = diffAgenda(data, '2', '1');
    expect(back.added.map((t) => t.topic)).toEqual(there.removed.map((t) => t.topic));
    expect(back.removed.map((t) => t.topic)).toEqual(there.added.map((t) => t.topic));
  });

  it('finds nothing added or removed between a round and itself', () => {
    const same = diffAgenda(data, 'latest', '2');
    expect([same.added, same.removed]).toEqual([[], []]);
    expect(same.kept).toHaveLength(2);
  });
});
