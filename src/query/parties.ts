import type { Dataset } from '../model/dataset.js';
import type { Party, PartyIds, Participation } from '../model/types.js';
import { outsideParticipation } from './attendance.js';
import { headOf, type Head } from './heads.js';
import { resolveParty } from './resolve.js';
import { sourceRefs, urlsOf, type SourceRef } from './source-refs.js';
import { meetingRef, sortEntries, usageOf, type MeetingRef, type Usage } from './usage.js';

export interface PartySummary extends Usage {
  readonly id: string;
  readonly name: string;
  readonly kind: Party['kind'];
  readonly aliases: string[];
}

export interface PartyAttendance extends MeetingRef {
  readonly role: string;
  /** Left out where no source names the head: unknown, not none. */
  readonly head?: Head;
  readonly note?: string;
  readonly sources: SourceRef[];
}

export interface PartyAbsence extends MeetingRef {
  readonly reason?: string;
  readonly sources: SourceRef[];
}

/** One person's time at the head of the party's delegation. */
export interface PartyHead {
  readonly person: string;
  readonly name: string;
  /** The meetings they headed, in date order. */
  readonly meetings: string[];
  /** Of those, the meetings where sources disagree on who was head (this person is one account). */
  readonly disputed: string[];
}

/** The party's ids in other datasets, with the pages that give them. */
export type PartyIdsView = Omit<PartyIds, 'sources'> & { readonly sources: SourceRef[] };

/** When the party was part of the format, where a source says when it joined or left. */
export type ParticipationView = Omit<Participation, 'sources'> & { readonly sources: SourceRef[] };

export interface PartyDetail extends PartySummary {
  readonly ids?: PartyIdsView;
  readonly participation?: ParticipationView;
  /** Every meeting where the party had a delegation, in date order. */
  readonly attended: PartyAttendance[];
  readonly absent: PartyAbsence[];
  /** The heads of its delegations over time, in order of their first meeting. */
  readonly heads: PartyHead[];
  /** Meetings that record neither a delegation of the party nor its absence: whether it attended is unknown. */
  readonly unknownAt: string[];
  /** Meetings before it joined the format or after it left, as `participation` says: it was not part of them. */
  readonly outsideAt: string[];
}

function summary(data: Dataset, party: Party): PartySummary {
  const meetings = data.meetings.filter((m) => m.body.delegations.some((d) => d.party === party.id));
  return { id: party.id, name: party.name, kind: party.kind, aliases: [...(party.aliases ?? [])], ...usageOf(meetings) };
}

export function listParties(data: Dataset, options: { sort?: string } = {}): PartySummary[] {
  return sortEntries(data, [...data.parties.values()].map((p) => summary(data, p)), options.sort, (p) => p.name);
}

export function showParty(data: Dataset, arg: string): PartyDetail {
  const party = resolveParty(data, arg);
  const attended: PartyAttendance[] = [];
  const absent: PartyAbsence[] = [];
  for (const m of data.meetings) {
    for (const d of m.body.delegations.filter((x) => x.party === party.id)) {
      const head = headOf(data, d);
      // The delegation's pages and its head's: a page may name the head without listing the delegation.
      attended.push({ ...meetingRef(m), role: d.role, head, note: d.note, sources: sourceRefs(m.body, [...new Set([...d.sources, ...(head?.sources ?? [])])]) });
    }
    for (const a of (m.body.absent ?? []).filter((x) => x.party === party.id)) absent.push({ ...meetingRef(m), reason: a.reason, sources: sourceRefs(m.body, a.sources) });
  }
  const recorded = new Set([...attended, ...absent].map((r) => r.meeting));
  const silent = data.meetings.filter((m) => !recorded.has(m.id));
  const outside = new Set(silent.filter((m) => outsideParticipation(data, m, party.id)).map((m) => m.id));
  const cited = <T extends { sources: string[] }>(x: T | undefined) => (x === undefined ? {} : { ...x, sources: sourceRefs(data.partySources, x.sources) });
  const ids = cited(party.ids);
  const participation = cited(party.participation);
  return {
    ...summary(data, party),
    ...(party.ids ? { ids: ids as PartyIdsView } : {}),
    ...(party.participation ? { participation: participation as ParticipationView } : {}),
    attended,
    absent,
    heads: headsOver(attended),
    unknownAt: silent.filter((m) => !outside.has(m.id)).map((m) => m.id),
    outsideAt: [...outside],
  };
}

function headsOver(attended: readonly PartyAttendance[]): PartyHead[] {
  const heads = new Map<string, { person: string; name: string; meetings: string[]; disputed: string[] }>();
  for (const a of attended) {
    const accounts = a.head === undefined ? [] : a.head.disputed ? (a.head.versions ?? []) : a.head.person !== undefined ? [{ person: a.head.person, name: a.head.name ?? a.head.person }] : [];
    for (const { person, name } of accounts) {
      const h = heads.get(person) ?? { person, name, meetings: [], disputed: [] };
      if (!h.meetings.includes(a.meeting)) h.meetings.push(a.meeting);
      if (a.head?.disputed && !h.disputed.includes(a.meeting)) h.disputed.push(a.meeting);
      heads.set(person, h);
    }
  }
  return [...heads.values()];
}

/** One meeting of a party's record, as the line formats print it: attended (with its role) or absent. */
/**
 * One meeting of the party's record, for ndjson, csv and tsv: every meeting of the data, with
 * `absent`, `unknown` (no record either way) or `outside` (not part of the format then) as its
 * role where it had no delegation, as `attendance` has them. What the party itself is (its name,
 * aliases, ids in other datasets and participation window) is repeated on every record, so that
 * a pipe keeps every fact the table shows and each line joins on its own.
 */
export interface PartyRecord {
  readonly party: string;
  readonly meeting: string;
  readonly start: string;
  readonly role: string;
  readonly head?: Head;
  readonly reason?: string;
  /** The URLs of the sources. */
  readonly sources: string[];
  readonly note?: string;
  readonly name: string;
  readonly kind: Party['kind'];
  readonly aliases: string[];
  /** With the URLs of the pages that give them. */
  readonly ids?: Omit<PartyIds, 'sources'> & { readonly sources: string[] };
  /** With the URLs of the pages that give it. */
  readonly participation?: Omit<Participation, 'sources'> & { readonly sources: string[] };
}

export function partyRecords(p: PartyDetail, data: Dataset): PartyRecord[] {
  const start = (id: string): string => data.meetingById.get(id)?.body.dates.start ?? '';
  const party = {
    name: p.name,
    kind: p.kind,
    aliases: p.aliases,
    ...(p.ids ? { ids: { ...p.ids, sources: urlsOf(p.ids.sources) } } : {}),
    ...(p.participation ? { participation: { ...p.participation, sources: urlsOf(p.participation.sources) } } : {}),
  };
  const silent = (ids: readonly string[], role: string) => ids.map((meeting) => ({ party: p.id, meeting, start: start(meeting), role, sources: [], ...party }));
  const order = new Map(data.meetings.map((m, i) => [m.id, i]));
  return [
    ...p.attended.map((a) => ({ party: p.id, meeting: a.meeting, start: a.start, role: a.role, ...(a.head ? { head: a.head } : {}), sources: urlsOf(a.sources), ...(a.note ? { note: a.note } : {}), ...party })),
    ...p.absent.map((a) => ({ party: p.id, meeting: a.meeting, start: a.start, role: 'absent', ...(a.reason ? { reason: a.reason } : {}), sources: urlsOf(a.sources), ...party })),
    ...silent(p.unknownAt, 'unknown'),
    ...silent(p.outsideAt, 'outside'),
  ].sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : (order.get(x.meeting) ?? 0) - (order.get(y.meeting) ?? 0)));
}
