import { describe, expect, it } from 'vitest';
import { attendance, wideAttendance } from '../../src/query/attendance.js';
import { mini } from '../helpers/mini.js';

const data = await mini();

describe('attendance', () => {
  it('gives one record per party per round, absences included, in registry order', () => {
    expect(attendance(data).map((r) => [r.round, r.party, r.role])).toEqual([
      [1, 'russia', 'guarantor'],
      [1, 'turkey', 'guarantor'],
      [2, 'russia', 'guarantor'],
      [2, 'syria-opposition', 'absent'],
      [2, 'un', 'observer'],
    ]);
  });

  it('filters by party (alias accepted) and by role', () => {
    expect(attendance(data, { party: 'Turkey' }).map((r) => r.round)).toEqual([1]);
    expect(attendance(data, { role: 'absent' })).toEqual([{ round: 2, party: 'syria-opposition', role: 'absent', reason: 'boycott' }]);
  });

  it('rejects an unknown role, listing the roles', () => {
    expect(() => attendance(data, { role: 'attendee' })).toThrow('roles: guarantor, party, observer, host, absent');
  });
});

describe('wideAttendance', () => {
  it('gives one record per party, a column per round, unknown spelt out', () => {
    expect(wideAttendance(data)).toEqual([
      { party: 'russia', 'round-1': 'guarantor', 'round-2': 'guarantor' },
      { party: 'turkey', 'round-1': 'guarantor', 'round-2': 'unknown' },
      { party: 'syria-opposition', 'round-1': 'unknown', 'round-2': 'absent' },
      { party: 'un', 'round-1': 'unknown', 'round-2': 'observer' },
    ]);
  });

  it('leaves empty the cells --role filters out, which are known, not unknown', () => {
    expect(wideAttendance(data, { role: 'observer' })).toEqual([{ party: 'un', 'round-1': 'unknown', 'round-2': 'observer' }]);
    expect(wideAttendance(data, { party: 'russia', role: 'absent' })).toEqual([]);
  });
});
