import { UsageError } from '../errors.js';
import type { Dataset } from '../model/dataset.js';
import { headOf, type Head } from './heads.js';
import { resolveParty } from './resolve.js';

export const attendanceRoles = ['guarantor', 'party', 'observer', 'host', 'absent'] as const;
export type AttendanceRole = (typeof attendanceRoles)[number];

export interface AttendanceRecord {
  readonly round: number;
  readonly party: string;
  readonly role: AttendanceRole;
  readonly head?: Head;
  readonly reason?: string;
}

export interface AttendanceOptions {
  readonly party?: string;
  readonly role?: string;
}

/**
 * One record per party per round for which the data says something: a delegation, or an
 * absence. A pair with no record is unknown, not absent. Sorted by round, then
 * by the party's place in data/parties.yaml.
 */
export function attendance(data: Dataset, options: AttendanceOptions = {}): AttendanceRecord[] {
  const party = options.party === undefined ? undefined : resolveParty(data, options.party).id;
  const role = options.role === undefined ? undefined : parseRole(options.role);
  // Registry order (guarantors, Syrian sides, host, observers) reads better than alphabetical.
  const order = new Map([...data.parties.keys()].map((id, i) => [id, i]));
  const rank = (id: string): number => order.get(id) ?? order.size;
  const records: AttendanceRecord[] = data.rounds.flatMap((r) => [
    ...r.delegations.map((d) => ({ round: r.round, party: d.party, role: d.role, head: headOf(data, d) })),
    ...(r.absent ?? []).map((a) => ({ round: r.round, party: a.party, role: 'absent' as const, reason: a.reason })),
  ]);
  return records
    .filter((rec) => party === undefined || rec.party === party)
    .filter((rec) => role === undefined || rec.role === role)
    .sort((x, y) => x.round - y.round || rank(x.party) - rank(y.party));
}

function parseRole(value: string): AttendanceRole {
  const role = attendanceRoles.find((r) => r === value.toLowerCase());
  if (role) return role;
  throw new UsageError(`unknown role '${value}' (roles: ${attendanceRoles.join(', ')})`);
}

/**
 * The matrix a spreadsheet wants: one record per party (registry order), a column per round
 * (`round-1` …) holding the role. A cell is `unknown` when the data says nothing either way,
 * and empty when the data has a record that --role left out.
 */
export function wideAttendance(data: Dataset, options: AttendanceOptions = {}): Record<string, string>[] {
  const all = attendance(data, { party: options.party });
  const kept = options.role === undefined ? all : attendance(data, options);
  const key = (party: string, round: number): string => `${party}#${round}`;
  const known = new Map(all.map((r) => [key(r.party, r.round), r.role]));
  const shown = new Set(kept.map((r) => key(r.party, r.round)));
  const order = [...data.parties.keys()];
  const parties = [...new Set(kept.map((r) => r.party))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return parties.map((party) => ({
    party,
    ...Object.fromEntries(
      data.rounds.map((r) => {
        const role = known.get(key(party, r.round));
        return [`round-${r.round}`, role === undefined ? 'unknown' : shown.has(key(party, r.round)) ? role : ''];
      }),
    ),
  }));
}
