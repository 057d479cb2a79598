import type { Dataset, Meeting } from '../model/dataset.js';
import { knowsAll, unknownBecause } from './coverage.js';
import { headLabel } from './heads.js';
import { resolveMeetingOrRound } from './meetings.js';
import { meetingDetail, type MeetingDetail } from './rounds-show.js';

interface Change<T> {
  readonly from: T;
  readonly to: T;
}

export interface DelegationDiff {
  readonly party: string;
  readonly role?: Change<string>;
  readonly head?: Change<string | null>;
}

/** Something recorded at one meeting only, where the other's record cannot say it was missing. */
export interface Unconfirmed {
  /** A party, topic or resolution id. */
  readonly item: string;
  /** The meeting where it is recorded. */
  readonly recordedAt: string;
  readonly why: string;
}

type Attendee = { party: string; role: string; head: string | null };

/**
 * Two meetings compared item by item, each matched by identity (party, topic, resolution). A
 * change is reported only where both meetings' records support it: a delegation counts as gone
 * only where the other meeting records the party absent, and a topic or resolution only where
 * the other meeting's coverage of it is complete. Everything else is `unconfirmed`.
 */
export interface MeetingDiff {
  readonly from: string;
  readonly to: string;
  /** No supported difference in attendance, agenda or resolutions (unconfirmed items aside). */
  readonly same: boolean;
  readonly dates?: Change<string>;
  readonly city?: Change<string>;
  readonly delegations: { added: Attendee[]; removed: Attendee[]; changed: DelegationDiff[]; unconfirmed: Unconfirmed[] };
  /** Parties recorded absent at one meeting that had a delegation at the other. */
  readonly absent: { added: string[]; removed: string[] };
  readonly agenda: { added: string[]; removed: string[]; kept: string[]; unconfirmed: Unconfirmed[] };
  readonly resolutions: {
    added: { symbol: string; context: string }[];
    removed: { symbol: string; context: string }[];
    changed: { symbol: string; context: Change<string> }[];
    unconfirmed: Unconfirmed[];
  };
}

/**
 * Whether the records differ at all: a supported change, or an item recorded at one meeting only
 * that the other's coverage leaves open. Only identical records say "same" to a script.
 */
export const differs = (d: MeetingDiff): boolean => !d.same || d.delegations.unconfirmed.length + d.agenda.unconfirmed.length + d.resolutions.unconfirmed.length > 0;

export function diffMeetings(data: Dataset, a: string, b: string): MeetingDiff {
  const ma = resolveMeetingOrRound(data, a);
  const mb = resolveMeetingOrRound(data, b);
  const x = meetingDetail(data, ma.body);
  const y = meetingDetail(data, mb.body);
  const delegations = diffDelegations(ma, mb, x, y);
  const absent = {
    added: delegations.removed.map((d) => d.party),
    removed: delegations.added.map((d) => d.party),
  };
  const agenda = diffItems(ma, mb, 'agenda', x.agenda.map((t) => t.topic), y.agenda.map((t) => t.topic));
  const resolutions = diffResolutions(ma, mb, x, y);
  const dates = x.start === y.start && x.end === y.end ? undefined : { from: `${x.start}/${x.end}`, to: `${y.start}/${y.end}` };
  const city = x.city === y.city ? undefined : { from: x.city, to: y.city };
  const count = (...lists: readonly unknown[][]): number => lists.reduce((n, l) => n + l.length, 0);
  const same = count(delegations.added, delegations.removed, delegations.changed, agenda.added, agenda.removed, resolutions.added, resolutions.removed, resolutions.changed) === 0;
  return { from: ma.id, to: mb.id, same, dates, city, delegations, absent, agenda, resolutions };
}

/** Items at one meeting only: a change where the other meeting's record is complete, else unconfirmed. */
function diffItems(ma: Meeting, mb: Meeting, part: 'agenda' | 'resolutions', before: readonly string[], after: readonly string[]) {
  const a = new Set(before);
  const b = new Set(after);
  const onlyA = [...a].filter((v) => !b.has(v));
  const onlyB = [...b].filter((v) => !a.has(v));
  const unconfirmed = (items: string[], recorded: Meeting, missing: Meeting): Unconfirmed[] =>
    items.map((item) => ({ item, recordedAt: recorded.id, why: unknownBecause(missing.id, missing.body, part) }));
  const removable = knowsAll(mb.body, part);
  const addable = knowsAll(ma.body, part);
  return {
    added: addable ? onlyB : [],
    removed: removable ? onlyA : [],
    kept: [...a].filter((v) => b.has(v)),
    unconfirmed: [...(removable ? [] : unconfirmed(onlyA, ma, mb)), ...(addable ? [] : unconfirmed(onlyB, mb, ma))],
  };
}

function diffDelegations(ma: Meeting, mb: Meeting, x: MeetingDetail, y: MeetingDetail): MeetingDiff['delegations'] {
  const head = (d: MeetingDetail['delegations'][number]): string | null => (d.head ? headLabel(d.head) : null);
  // The same people in another order are the same answer.
  const sameHead = (d: MeetingDetail['delegations'][number], e: MeetingDetail['delegations'][number]): boolean => {
    const names = (del: typeof d): string => (del.head ? [...new Set((del.head.versions ?? [del.head]).map((v) => v.name))].sort().join('|') : '');
    return names(d) === names(e);
  };
  const before = new Map(x.delegations.map((d) => [d.party, d]));
  const after = new Map(y.delegations.map((d) => [d.party, d]));
  const absentBefore = new Set(x.absent.map((d) => d.party));
  const absentAfter = new Set(y.absent.map((d) => d.party));
  const summary = (d: MeetingDetail['delegations'][number]): Attendee => ({ party: d.party, role: d.role, head: head(d) });
  const changed: DelegationDiff[] = [];
  for (const [party, d] of before) {
    const e = after.get(party);
    if (!e) continue;
    const role = d.role === e.role ? undefined : { from: d.role, to: e.role };
    const heads = sameHead(d, e) ? undefined : { from: head(d), to: head(e) };
    if (role || heads) changed.push({ party, role, head: heads });
  }
  const onlyBefore = x.delegations.filter((d) => !after.has(d.party));
  const onlyAfter = y.delegations.filter((d) => !before.has(d.party));
  const why = (m: Meeting, party: string): string => `${m.id} records neither a delegation nor an absence for ${party}`;
  return {
    added: onlyAfter.filter((d) => absentBefore.has(d.party)).map(summary),
    removed: onlyBefore.filter((d) => absentAfter.has(d.party)).map(summary),
    changed,
    unconfirmed: [
      ...onlyBefore.filter((d) => !absentAfter.has(d.party)).map((d) => ({ item: d.party, recordedAt: ma.id, why: why(mb, d.party) })),
      ...onlyAfter.filter((d) => !absentBefore.has(d.party)).map((d) => ({ item: d.party, recordedAt: mb.id, why: why(ma, d.party) })),
    ],
  };
}

function diffResolutions(ma: Meeting, mb: Meeting, x: MeetingDetail, y: MeetingDetail): MeetingDiff['resolutions'] {
  // A resolution may be cited in several contexts at one meeting; compare the strongest.
  const rank = ['joint-statement', 'other', 'agenda'];
  const contexts = (m: MeetingDetail): Map<string, string> => {
    const map = new Map<string, string>();
    for (const r of m.resolutions) {
      const seen = map.get(r.symbol);
      if (seen === undefined || rank.indexOf(r.context) < rank.indexOf(seen)) map.set(r.symbol, r.context);
    }
    return map;
  };
  const a = contexts(x);
  const b = contexts(y);
  const items = diffItems(ma, mb, 'resolutions', [...a.keys()], [...b.keys()]);
  return {
    added: items.added.map((symbol) => ({ symbol, context: b.get(symbol)! })),
    removed: items.removed.map((symbol) => ({ symbol, context: a.get(symbol)! })),
    changed: [...a].filter(([s, c]) => b.has(s) && b.get(s) !== c).map(([symbol, c]) => ({ symbol, context: { from: c, to: b.get(symbol)! } })),
    unconfirmed: items.unconfirmed,
  };
}

/** One line per difference for the line formats. */
export interface DiffRecord {
  readonly section: 'delegation' | 'role' | 'head' | 'absent' | 'agenda' | 'resolution';
  readonly change: 'added' | 'removed' | 'changed' | 'unconfirmed';
  /** A party, topic or resolution. */
  readonly item: string;
  readonly before: string | null;
  readonly after: string | null;
  readonly why?: string;
}

const rec = (section: DiffRecord['section'], change: DiffRecord['change'], item: string, before: string | null, after: string | null, why?: string): DiffRecord =>
  why === undefined ? { section, change, item, before, after } : { section, change, item, before, after, why };

const attendee = (x: Attendee): string => `${x.role}${x.head ? `, ${x.head}` : ''}`;

export function diffRecords(d: MeetingDiff): DiffRecord[] {
  const unconfirmed = (section: DiffRecord['section'], list: readonly Unconfirmed[]): DiffRecord[] =>
    list.map((u) => rec(section, 'unconfirmed', u.item, u.recordedAt === d.from ? 'recorded' : null, u.recordedAt === d.to ? 'recorded' : null, u.why));
  return [
    ...d.delegations.added.map((x) => rec('delegation', 'added', x.party, null, attendee(x))),
    ...d.delegations.removed.map((x) => rec('delegation', 'removed', x.party, attendee(x), null)),
    ...d.delegations.changed.flatMap((c) => [
      ...(c.role ? [rec('role', 'changed', c.party, c.role.from, c.role.to)] : []),
      ...(c.head ? [rec('head', 'changed', c.party, c.head.from, c.head.to)] : []),
    ]),
    ...d.absent.added.map((p) => rec('absent', 'added', p, null, null)),
    ...d.absent.removed.map((p) => rec('absent', 'removed', p, null, null)),
    ...d.agenda.added.map((t) => rec('agenda', 'added', t, null, null)),
    ...d.agenda.removed.map((t) => rec('agenda', 'removed', t, null, null)),
    ...d.resolutions.added.map((r) => rec('resolution', 'added', r.symbol, null, r.context)),
    ...d.resolutions.removed.map((r) => rec('resolution', 'removed', r.symbol, r.context, null)),
    ...d.resolutions.changed.map((r) => rec('resolution', 'changed', r.symbol, r.context.from, r.context.to)),
    ...unconfirmed('delegation', d.delegations.unconfirmed),
    ...unconfirmed('agenda', d.agenda.unconfirmed),
    ...unconfirmed('resolution', d.resolutions.unconfirmed),
  ];
}
