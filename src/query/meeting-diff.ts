import type { Dataset, Meeting } from '../model/dataset.js';
import { knowsAll, unknownBecause } from './coverage.js';
import { headKey, headLabel } from './heads.js';
import { resolveMeetingOrRound } from './meetings.js';
import { meetingDetail, type MeetingDetail } from './rounds-show.js';
import { sourceRefs, urlsOf, type SourceRef } from './source-refs.js';

interface Change<T> {
  readonly from: T;
  readonly to: T;
}

/** The pages that state a fact at each of the two meetings. */
type Cited = Change<SourceRef[]>;

export interface DelegationDiff {
  readonly party: string;
  readonly role?: Change<string>;
  /** null where no source names the head at that meeting: unknown, not none. */
  readonly head?: Change<string | null>;
  /** The delegation's and its head's sources, at each meeting. */
  readonly sources: Cited;
}

/** Something recorded at one meeting only, where the other's record cannot say it was missing. */
export interface Unconfirmed {
  /** A party, topic or resolution id. */
  readonly item: string;
  /** The meeting where it is recorded. */
  readonly recordedAt: string;
  readonly why: string;
  /** The pages that record it there. */
  readonly sources: SourceRef[];
}

/** A delegation at one meeting, with the pages that state it and its head there. */
type Attendee = { party: string; role: string; head: string | null; sources: SourceRef[] };

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
  readonly dates?: Change<string> & { readonly sources: Cited };
  readonly city?: Change<string> & { readonly sources: Cited };
  readonly delegations: { added: Attendee[]; removed: Attendee[]; changed: DelegationDiff[]; unconfirmed: Unconfirmed[] };
  /** Parties recorded absent at one meeting that had a delegation at the other, and the pages of each absence. */
  readonly absent: { added: string[]; removed: string[]; sources: Record<string, SourceRef[]> };
  readonly agenda: {
    added: string[];
    removed: string[];
    kept: string[];
    unconfirmed: Unconfirmed[];
    /** For each topic added or removed, the pages of its agenda item at the meeting that has it. */
    sources: Record<string, Cited>;
  };
  readonly resolutions: {
    added: { symbol: string; context: string; sources: SourceRef[] }[];
    removed: { symbol: string; context: string; sources: SourceRef[] }[];
    changed: { symbol: string; context: Change<string>; sources: Cited }[];
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
  const absenceAt = (m: Meeting, d: MeetingDetail) => (party: string): [string, SourceRef[]] => [party, cite(m, d.absent.find((a) => a.party === party)?.sources ?? [])];
  const absent = {
    added: delegations.removed.map((d) => d.party),
    removed: delegations.added.map((d) => d.party),
    sources: Object.fromEntries([...delegations.removed.map((d) => absenceAt(mb, y)(d.party)), ...delegations.added.map((d) => absenceAt(ma, x)(d.party))]),
  };
  const topicSources = (m: Meeting, d: MeetingDetail) => (topic: string): SourceRef[] => cite(m, d.agenda.filter((t) => t.topic === topic).flatMap((t) => t.sources));
  const [topicsA, topicsB] = [topicSources(ma, x), topicSources(mb, y)];
  const items = diffItems(ma, mb, 'agenda', x.agenda.map((t) => t.topic), y.agenda.map((t) => t.topic), topicsA, topicsB);
  const agenda = { ...items, sources: Object.fromEntries([...items.added, ...items.removed].map((t) => [t, { from: topicsA(t), to: topicsB(t) }])) };
  const resolutions = diffResolutions(ma, mb, x, y);
  const both = (a: readonly string[], b: readonly string[]): Cited => ({ from: cite(ma, a), to: cite(mb, b) });
  const dates = x.start === y.start && x.end === y.end ? undefined : { from: `${x.start}/${x.end}`, to: `${y.start}/${y.end}`, sources: both(x.dateSources, y.dateSources) };
  // The same city under another name (Nur-Sultan, Astana) is not a change of venue.
  const city = (x.cityId ?? x.city) === (y.cityId ?? y.city) ? undefined : { from: x.city, to: y.city, sources: both(x.citySources, y.citySources) };
  const count = (...lists: readonly unknown[][]): number => lists.reduce((n, l) => n + l.length, 0);
  const same = count(delegations.added, delegations.removed, delegations.changed, agenda.added, agenda.removed, resolutions.added, resolutions.removed, resolutions.changed) === 0;
  return { from: ma.id, to: mb.id, same, dates, city, delegations, absent, agenda, resolutions };
}

/** The pages a meeting lists under these ids, each once. */
const cite = (m: Meeting, ids: readonly string[]): SourceRef[] => sourceRefs(m.body, [...new Set(ids)]);

/** Items at one meeting only: a change where the other meeting's record is complete, else unconfirmed. */
function diffItems(ma: Meeting, mb: Meeting, part: 'agenda' | 'resolutions', before: readonly string[], after: readonly string[], citedA: (item: string) => SourceRef[], citedB: (item: string) => SourceRef[]) {
  const a = new Set(before);
  const b = new Set(after);
  const onlyA = [...a].filter((v) => !b.has(v));
  const onlyB = [...b].filter((v) => !a.has(v));
  const unconfirmed = (items: string[], recorded: Meeting, missing: Meeting, cited: (item: string) => SourceRef[]): Unconfirmed[] =>
    items.map((item) => ({ item, recordedAt: recorded.id, why: unknownBecause(missing.id, missing.body, part), sources: cited(item) }));
  const removable = knowsAll(mb.body, part);
  const addable = knowsAll(ma.body, part);
  return {
    added: addable ? onlyB : [],
    removed: removable ? onlyA : [],
    kept: [...a].filter((v) => b.has(v)),
    unconfirmed: [...(removable ? [] : unconfirmed(onlyA, ma, mb, citedA)), ...(addable ? [] : unconfirmed(onlyB, mb, ma, citedB))],
  };
}

function diffDelegations(ma: Meeting, mb: Meeting, x: MeetingDetail, y: MeetingDetail): MeetingDiff['delegations'] {
  const head = (d: MeetingDetail['delegations'][number]): string | null => (d.head ? headLabel(d.head) : null);
  // The same people in another order are the same answer.
  const sameHead = (d: MeetingDetail['delegations'][number], e: MeetingDetail['delegations'][number]): boolean => headKey(d.head) === headKey(e.head);
  const before = new Map(x.delegations.map((d) => [d.party, d]));
  const after = new Map(y.delegations.map((d) => [d.party, d]));
  const absentBefore = new Set(x.absent.map((d) => d.party));
  const absentAfter = new Set(y.absent.map((d) => d.party));
  const pages = (m: Meeting, d: MeetingDetail['delegations'][number]): SourceRef[] => cite(m, [...d.sources, ...(d.head?.sources ?? [])]);
  const summary = (m: Meeting) => (d: MeetingDetail['delegations'][number]): Attendee => ({ party: d.party, role: d.role, head: head(d), sources: pages(m, d) });
  const changed: DelegationDiff[] = [];
  for (const [party, d] of before) {
    const e = after.get(party);
    if (!e) continue;
    const role = d.role === e.role ? undefined : { from: d.role, to: e.role };
    const heads = sameHead(d, e) ? undefined : { from: head(d), to: head(e) };
    if (role || heads) changed.push({ party, role, head: heads, sources: { from: pages(ma, d), to: pages(mb, e) } });
  }
  const onlyBefore = x.delegations.filter((d) => !after.has(d.party));
  const onlyAfter = y.delegations.filter((d) => !before.has(d.party));
  const why = (m: Meeting, party: string): string => `${m.id} records neither a delegation nor an absence for ${party}`;
  return {
    added: onlyAfter.filter((d) => absentBefore.has(d.party)).map(summary(mb)),
    removed: onlyBefore.filter((d) => absentAfter.has(d.party)).map(summary(ma)),
    changed,
    unconfirmed: [
      ...onlyBefore.filter((d) => !absentAfter.has(d.party)).map((d) => ({ item: d.party, recordedAt: ma.id, why: why(mb, d.party), sources: pages(ma, d) })),
      ...onlyAfter.filter((d) => !absentBefore.has(d.party)).map((d) => ({ item: d.party, recordedAt: mb.id, why: why(ma, d.party), sources: pages(mb, d) })),
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
  // Every citation of the resolution at the meeting, whatever its context.
  const cited = (m: Meeting, d: MeetingDetail) => (symbol: string): SourceRef[] => cite(m, d.resolutions.filter((r) => r.symbol === symbol).flatMap((r) => r.sources));
  const [citedA, citedB] = [cited(ma, x), cited(mb, y)];
  const items = diffItems(ma, mb, 'resolutions', [...a.keys()], [...b.keys()], citedA, citedB);
  return {
    added: items.added.map((symbol) => ({ symbol, context: b.get(symbol)!, sources: citedB(symbol) })),
    removed: items.removed.map((symbol) => ({ symbol, context: a.get(symbol)!, sources: citedA(symbol) })),
    changed: [...a]
      .filter(([s, c]) => b.has(s) && b.get(s) !== c)
      .map(([symbol, c]) => ({ symbol, context: { from: c, to: b.get(symbol)! }, sources: { from: citedA(symbol), to: citedB(symbol) } })),
    unconfirmed: items.unconfirmed,
  };
}

/** One line per difference for the line formats. */
export interface DiffRecord {
  readonly section: 'dates' | 'city' | 'delegation' | 'role' | 'head' | 'absent' | 'agenda' | 'resolution';
  readonly change: 'added' | 'removed' | 'changed' | 'unconfirmed';
  /** A party, topic or resolution. */
  readonly item: string;
  readonly before: string | null;
  readonly after: string | null;
  readonly why?: string;
  /** The URLs of the pages that state it at the earlier and at the later meeting. */
  readonly beforeSources: string[];
  readonly afterSources: string[];
}

const rec = (section: DiffRecord['section'], change: DiffRecord['change'], item: string, before: string | null, after: string | null, cited: Partial<Cited>, why?: string): DiffRecord => ({
  section,
  change,
  item,
  before,
  after,
  ...(why === undefined ? {} : { why }),
  beforeSources: urlsOf(cited.from),
  afterSources: urlsOf(cited.to),
});

const attendee = (x: Attendee): string => `${x.role}${x.head ? `, ${x.head}` : ''}`;

export function diffRecords(d: MeetingDiff): DiffRecord[] {
  const unconfirmed = (section: DiffRecord['section'], list: readonly Unconfirmed[]): DiffRecord[] =>
    list.map((u) => rec(section, 'unconfirmed', u.item, u.recordedAt === d.from ? 'recorded' : null, u.recordedAt === d.to ? 'recorded' : null, u.recordedAt === d.from ? { from: u.sources } : { to: u.sources }, u.why));
  return [
    ...(d.dates ? [rec('dates', 'changed', 'dates', d.dates.from, d.dates.to, d.dates.sources)] : []),
    ...(d.city ? [rec('city', 'changed', 'city', d.city.from, d.city.to, d.city.sources)] : []),
    ...d.delegations.added.map((x) => rec('delegation', 'added', x.party, null, attendee(x), { to: x.sources })),
    ...d.delegations.removed.map((x) => rec('delegation', 'removed', x.party, attendee(x), null, { from: x.sources })),
    ...d.delegations.changed.flatMap((c) => [
      ...(c.role ? [rec('role', 'changed', c.party, c.role.from, c.role.to, c.sources)] : []),
      ...(c.head ? [rec('head', 'changed', c.party, c.head.from, c.head.to, c.sources)] : []),
    ]),
    ...d.absent.added.map((p) => rec('absent', 'added', p, null, null, { to: d.absent.sources[p] })),
    ...d.absent.removed.map((p) => rec('absent', 'removed', p, null, null, { from: d.absent.sources[p] })),
    ...d.agenda.added.map((t) => rec('agenda', 'added', t, null, null, d.agenda.sources[t] ?? {})),
    ...d.agenda.removed.map((t) => rec('agenda', 'removed', t, null, null, d.agenda.sources[t] ?? {})),
    ...d.resolutions.added.map((r) => rec('resolution', 'added', r.symbol, null, r.context, { to: r.sources })),
    ...d.resolutions.removed.map((r) => rec('resolution', 'removed', r.symbol, r.context, null, { from: r.sources })),
    ...d.resolutions.changed.map((r) => rec('resolution', 'changed', r.symbol, r.context.from, r.context.to, r.sources)),
    ...unconfirmed('delegation', d.delegations.unconfirmed),
    ...unconfirmed('agenda', d.agenda.unconfirmed),
    ...unconfirmed('resolution', d.resolutions.unconfirmed),
  ];
}
