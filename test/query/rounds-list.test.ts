import { describe, expect, it } from 'vitest';
import { NotFoundError, UsageError } from '../../src/errors.js';
import { boundary } from '../../src/query/period.js';
import { listRounds } from '../../src/query/rounds-list.js';
import { mini } from '../helpers/mini.js';

const data = await mini();
const numbers = (options: Parameters<typeof listRounds>[1]): number[] => listRounds(data, options).map((r) => r.round);

describe('listRounds', () => {
  it('lists every round, oldest first, with its parties, topics and coverage', () => {
    expect(listRounds(data)).toEqual([
      { round: 1, start: '2020-01-10', end: '2020-01-11', city: 'Astana', cityId: 'astana', parties: ['russia', 'turkey'], topics: ['idlib', 'demining'], coverage: { agenda: 'complete', resolutions: 'complete' } },
      { round: 2, start: '2020-05-01', end: '2020-05-02', city: 'Sochi', cityId: 'sochi', parties: ['russia', 'un'], topics: ['idlib', 'golan'], coverage: { agenda: 'partial', resolutions: 'partial' } },
    ]);
  });

  it('filters by date range, inclusive, on overlap', () => {
    expect(numbers({ from: '2020-01-11' })).toEqual([1, 2]);
    expect(numbers({ from: '2020-01-12' })).toEqual([2]);
    expect(numbers({ to: '2020-05-01' })).toEqual([1, 2]);
    expect(numbers({ to: '2020-04-30' })).toEqual([1]);
  });

  it('filters by city, party and topic, accepting names and aliases', () => {
    expect(numbers({ city: 'sochi' })).toEqual([2]);
    expect(numbers({ party: 'Turkey' })).toEqual([1]);
    expect(numbers({ party: 'UN' })).toEqual([2]);
    expect(numbers({ topic: 'golan' })).toEqual([2]);
    expect(numbers({ party: 'russia', topic: 'demining' })).toEqual([1]);
  });

  it('rejects unknown filters with the nearest choices', () => {
    expect(() => listRounds(data, { party: 'rusia' })).toThrow(new NotFoundError('party', 'rusia', ['russia'], 'astana parties list'));
    expect(() => listRounds(data, { topic: 'idlip' })).toThrow(/unknown topic 'idlip' \(did you mean idlib\?; 'astana topics list' lists them all\)/);
    expect(() => listRounds(data, { city: 'Sotchi' })).toThrow(UsageError);
  });
});

describe('boundary', () => {
  it.each([
    ['2023', 'from', '2023-01-01'],
    ['2023', 'to', '2023-12-31'],
    ['2024-02', 'to', '2024-02-29'],
    ['2023-02', 'to', '2023-02-28'],
    ['2023-06-20', 'from', '2023-06-20'],
  ] as const)('%s as --%s is %s', (value, edge, expected) => {
    expect(boundary(value, edge, `--${edge}`)).toBe(expected);
  });

  it.each(['yesterday', '23', '2023/02/01'])('rejects %s, which is not in a date format', (value) => {
    expect(() => boundary(value, 'from', '--from')).toThrow(/--from must be a date/);
  });

  it.each(['2023-13', '2023-02-30', '2023-00'])('rejects %s, which has the format but is not a date', (value) => {
    expect(() => boundary(value, 'from', '--from')).toThrow(`--from: ${value} is not a date`);
  });
});
