import { UsageError } from '../errors.js';
import { delegationRoles, type Dataset, type Meeting } from '../model/dataset.js';
import type { Delegation } from '../model/types.js';
import { headOf, type Head } from './heads.js';
import { resolveParty } from './resolve.js';
import { sourceRefs, urlsOf } from './source-refs.js';

/**
 * What the data says of a party at a meeting: a role, a recorded absence, `outside` where its
 * sources say the party was not yet (or no longer) part of the format, or `unknown` where the
 * data says nothing either way.
 */
export const attendanceRoles = [...delegationRoles, 'absent', 'outside', 'unknown'] as const;
// Written out, not `(typeof attendanceRoles)[number]`: the output schemas' generator cannot read the spread.
export type AttendanceRole = Delegation['role'] | 'absent' | 'outside' | 'unknown';

/** Whether a meeting falls before the party's first meeting in the format or after its last, as data/parties.yaml records them. */
export function outsideParticipation(data: Dataset, meeting: Meeting, party: string): boolean {
  const window = data.parties.get(party)?.participation;
  if (window === undefined) return false;
  const start = (id: string | undefined): string | undefined => (id === undefined ? undefined : data.meetingById.get(id)?.body.dates.start);
  const from = start(window.from);
  const until = start(window.until);
  const date = meeting.body.dates.start;
  return (from !== undefined && date < from) || (until !== undefined && date > until);
}

/** The one reading of a meeting's record for a party; `unknown` is never turned into absent. */
export function attendanceAt(data: Dataset, meeting: Meeting, party: string): AttendanceRole {
  const delegation = meeting.body.delegations.find((d) => d.party === party);
  if (delegation) return delegation.role;
  if ((meeting.body.absent ?? []).some((a) => a.party === party)) return 'absent';
  return outsideParticipation(data, meeting, party) ? 'outside' : 'unknown';
}

/**
 * One party at one round. Every party recorded at any round has a record for every round: where
 * the data says nothing, the record's role is `unknown`, so no pair is left out.
 */
export interface AttendanceRecord {
  readonly round: number;
  readonly party: string;
  readonly role: AttendanceRole;
  /** Left out where no source names the head: unknown, not none. */
  readonly head?: Head;
  readonly reason?: string;
  /**
   * The URLs of the pages behind the role: the delegation's and its head's, or the absence's, or for
   * `outside` those of the party's participation window; none where the role is `unknown`.
   */
  readonly sources?: string[];
}

export interface AttendanceOptions {
  readonly party?: string;
  readonly role?: string;
}

/** The whole matrix of the parties asked for, and which records the --role filter keeps. */
export interface AttendanceMatrix {
  /** Every round, in order: a filter never drops a column. */
  readonly rounds: readonly number[];
  /** The rows: the party asked for, or every party recorded at some round (with --role, one with a record of that role), in registry order. */
  readonly parties: readonly string[];
  /** Every cell of those rows, round by round. */
  readonly cells: readonly AttendanceRecord[];
  /** The role --role asked for; cells of another role are known but left out. */
  readonly role?: AttendanceRole;
}

export function attendanceMatrix(data: Dataset, options: AttendanceOptions = {}): AttendanceMatrix {
  const only = options.party === undefined ? undefined : resolveParty(data, options.party).id;
  const role = options.role === undefined ? undefined : parseRole(options.role);
  const rounds = data.meetings.filter((m) => m.kind === 'round').sort((a, b) => a.number - b.number);
  const cellsOf = (party: string): AttendanceRecord[] =>
    rounds.map((m) => {
      const record = { round: m.number, party, role: attendanceAt(data, m, party) };
      const d = m.body.delegations.find((x) => x.party === party);
      const absence = (m.body.absent ?? []).find((a) => a.party === party);
      const reason = absence?.reason;
      const urls = (ids: readonly string[], from: Parameters<typeof sourceRefs>[0]): string[] => urlsOf(sourceRefs(from, ids));
      const head = d?.head ? headOf(data, d) : undefined;
      const sources = d ? urls([...new Set([...d.sources, ...(head?.sources ?? [])])], m.body) : absence ? urls(absence.sources, m.body) : record.role === 'outside' ? urls(data.parties.get(party)?.participation?.sources ?? [], data.partySources) : [];
      return { ...record, ...(head ? { head } : {}), ...(reason ? { reason } : {}), ...(sources.length > 0 ? { sources } : {}) };
    });
  // Registry order (guarantors, Syrian sides, host, observers) reads better than alphabetical.
  const rows = [...data.parties.keys()]
    .filter((p) => only === undefined || p === only)
    .map((party) => ({ party, cells: cellsOf(party) }))
    .filter(({ cells }) => only !== undefined || cells.some((c) => c.role !== 'unknown' && c.role !== 'outside'))
    .filter(({ cells }) => role === undefined || cells.some((c) => c.role === role));
  const cells = rounds.flatMap((_, i) => rows.map((row) => row.cells[i]!));
  return { rounds: rounds.map((m) => m.number), parties: rows.map((r) => r.party), cells, ...(role ? { role } : {}) };
}

/** The records JSON and the long line formats print: every cell, or those of the --role asked for. Sorted by round, then registry order. */
export const attendanceRecords = (m: AttendanceMatrix): AttendanceRecord[] => m.cells.filter((c) => m.role === undefined || c.role === m.role);

export const attendance = (data: Dataset, options: AttendanceOptions = {}): AttendanceRecord[] => attendanceRecords(attendanceMatrix(data, options));

function parseRole(value: string): AttendanceRole {
  const role = attendanceRoles.find((r) => r === value.toLowerCase());
  if (role) return role;
  throw new UsageError(`unknown role '${value}' (roles: ${attendanceRoles.join(', ')})`);
}

/**
 * The matrix a spreadsheet wants: one record per party (registry order), a column per round
 * (`round-1` …) holding the role, `unknown` where the data says nothing either way, `outside`
 * where the party was not part of the format, and empty where the data has a role that --role
 * left out.
 */
export function wideAttendance(m: AttendanceMatrix): Record<string, string>[] {
  return m.parties.map((party) => ({
    party,
    ...Object.fromEntries(
      m.cells.filter((c) => c.party === party).map((c) => [`round-${c.round}`, m.role === undefined || c.role === m.role || c.role === 'unknown' || c.role === 'outside' ? c.role : '']),
    ),
  }));
}
