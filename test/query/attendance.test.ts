import { describe, expect, it } from 'vitest';
import { attendance, attendanceMatrix, wideAttendance } from '../../src/query/attendance.js';
import { mini } from '../helpers/mini.js';

const data = await mini();

describe('attendance', () => {
  it('gives a record for every round of every party recorded somewhere, unknown where the data says nothing, in registry order', () => {
    expect(attendance(data).map((r) => [r.round, r.party, r.role])).toEqual([
      [1, 'russia', 'guarantor'],
      [1, 'turkey', 'guarantor'],
      [1, 'syria-opposition', 'unknown'],
      [1, 'un', 'unknown'],
      [2, 'russia', 'guarantor'],
      [2, 'turkey', 'unknown'],
      [2, 'syria-opposition', 'absent'],
      [2, 'un', 'observer'],
    ]);
  });

  it('filters by party (alias accepted) and by role, unknown included', () => {
    expect(attendance(data, { party: 'Turkey' }).map((r) => [r.round, r.role])).toEqual([
      [1, 'guarantor'],
      [2, 'unknown'],
    ]);
    expect(attendance(data, { role: 'absent' })).toEqual([{ round: 2, party: 'syria-opposition', role: 'absent', reason: 'boycott', sources: ['https://example.org/three'] }]);
    expect(attendance(data, { role: 'unknown' }).map((r) => `${r.party}@${r.round}`)).toEqual(['syria-opposition@1', 'un@1', 'turkey@2']);
  });

  it("cites each known role's pages, in its own meeting, and none where the role is unknown", () => {
    const at = (round: number, party: string) => attendance(data, { party }).find((r) => r.round === round)!;
    // Both rounds call a page s1; each record cites its own round's.
    expect(at(1, 'russia').sources).toEqual(['https://example.org/one']);
    expect(at(2, 'russia').sources).toEqual(data.meetingById.get('round-2')!.body.delegations.find((d) => d.party === 'russia')!.sources.map((id) => data.meetingById.get('round-2')!.body.sources.find((s) => s.id === id)!.url));
    expect(at(2, 'russia').sources![0]).toMatch(/^https:\/\/example\.org\//);
    expect(at(1, 'un')).not.toHaveProperty('sources');
  });

  it('keeps every round as a column whatever the filter', () => {
    for (const options of [{ party: 'un' }, { role: 'absent' }, { party: 'russia', role: 'observer' }]) {
      expect(attendanceMatrix(data, options).rounds).toEqual([1, 2]);
    }
    const m = attendanceMatrix(data, { role: 'observer' });
    expect(m.parties).toEqual(['un']);
    expect(m.cells.map((c) => c.role)).toEqual(['unknown', 'observer']);
  });

  it('rejects an unknown role, listing the roles', () => {
    expect(() => attendance(data, { role: 'attendee' })).toThrow('roles: guarantor, party, observer, host, absent, outside, unknown');
  });
});

describe('wideAttendance', () => {
  it('gives one record per party, a column per round, unknown spelt out', () => {
    expect(wideAttendance(attendanceMatrix(data))).toEqual([
      { party: 'russia', 'round-1': 'guarantor', 'round-2': 'guarantor' },
      { party: 'turkey', 'round-1': 'guarantor', 'round-2': 'unknown' },
      { party: 'syria-opposition', 'round-1': 'unknown', 'round-2': 'absent' },
      { party: 'un', 'round-1': 'unknown', 'round-2': 'observer' },
    ]);
  });

  it('leaves empty the cells --role filters out, which are known, not unknown', () => {
    expect(wideAttendance(attendanceMatrix(data, { role: 'observer' }))).toEqual([{ party: 'un', 'round-1': 'unknown', 'round-2': 'observer' }]);
    expect(wideAttendance(attendanceMatrix(data, { party: 'russia', role: 'absent' }))).toEqual([]);
    expect(wideAttendance(attendanceMatrix(data, { party: 'turkey', role: 'unknown' }))).toEqual([{ party: 'turkey', 'round-1': '', 'round-2': 'unknown' }]);
  });

  it('agrees with the long records cell for cell', () => {
    const long = attendance(data);
    const wide = wideAttendance(attendanceMatrix(data));
    for (const r of long) expect(wide.find((w) => w.party === r.party)![`round-${r.round}`]).toBe(r.role);
    expect(wide.flatMap((w) => Object.keys(w).filter((k) => k !== 'party')).length).toBe(long.length);
  });
});
