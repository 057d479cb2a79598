import type { Dataset } from '../model/dataset.js';
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

/** Two meetings compared item by item, each matched by identity (party, topic, resolution). */
export interface MeetingDiff {
  readonly from: string;
  readonly to: string;
  readonly same: boolean;
  readonly dates?: Change<string>;
  readonly city?: Change<string>;
  readonly delegations: { added: { party: string; role: string; head: string | null }[]; removed: { party: string; role: string; head: string | null }[]; changed: DelegationDiff[] };
  readonly absent: { added: string[]; removed: string[] };
  readonly agenda: { added: string[]; removed: string[]; kept: string[] };
  readonly resolutions: { added: { symbol: string; context: string }[]; removed: { symbol: string; context: string }[]; changed: { symbol: string; context: Change<string> }[] };
}

export function diffMeetings(data: Dataset, a: string, b: string): MeetingDiff {
  const ma = resolveMeetingOrRound(data, a);
  const mb = resolveMeetingOrRound(data, b);
  const x = meetingDetail(data, ma.body);
  const y = meetingDetail(data, mb.body);
  const delegations = diffDelegations(x, y);
  const absent = diffSets(x.absent.map((d) => d.party), y.absent.map((d) => d.party));
  const agenda = diffSets(x.agenda.map((t) => t.topic), y.agenda.map((t) => t.topic));
  const resolutions = diffResolutions(x, y);
  const dates = x.start === y.start && x.end === y.end ? undefined : { from: `${x.start}/${x.end}`, to: `${y.start}/${y.end}` };
  const city = x.city === y.city ? undefined : { from: x.city, to: y.city };
  const same =
    delegations.added.length + delegations.removed.length + delegations.changed.length + absent.added.length + absent.removed.length === 0 &&
    agenda.added.length + agenda.removed.length === 0 &&
    resolutions.added.length + resolutions.removed.length + resolutions.changed.length === 0;
  return { from: ma.id, to: mb.id, same, dates, city, delegations, absent: { added: absent.added, removed: absent.removed }, agenda, resolutions };
}

function diffSets(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[]; kept: string[] } {
  const a = new Set(before);
  const b = new Set(after);
  return { added: [...b].filter((v) => !a.has(v)), removed: [...a].filter((v) => !b.has(v)), kept: [...a].filter((v) => b.has(v)) };
}

function diffDelegations(x: MeetingDetail, y: MeetingDetail): MeetingDiff['delegations'] {
  const head = (d: MeetingDetail['delegations'][number]): string | null => (d.head ? headLabel(d.head) : null);
  // The same people in another order are the same answer.
  const sameHead = (d: MeetingDetail['delegations'][number], e: MeetingDetail['delegations'][number]): boolean => {
    const names = (del: typeof d): string => (del.head ? [...new Set((del.head.versions ?? [del.head]).map((v) => v.name))].sort().join('|') : '');
    return names(d) === names(e);
  };
  const before = new Map(x.delegations.map((d) => [d.party, d]));
  const after = new Map(y.delegations.map((d) => [d.party, d]));
  const summary = (d: MeetingDetail['delegations'][number]) => ({ party: d.party, role: d.role, head: head(d) });
  const changed: DelegationDiff[] = [];
  for (const [party, d] of before) {
    const e = after.get(party);
    if (!e) continue;
    const role = d.role === e.role ? undefined : { from: d.role, to: e.role };
    const heads = sameHead(d, e) ? undefined : { from: head(d), to: head(e) };
    if (role || heads) changed.push({ party, role, head: heads });
  }
  return {
    added: y.delegations.filter((d) => !before.has(d.party)).map(summary),
    removed: x.delegations.filter((d) => !after.has(d.party)).map(summary),
    changed,
  };
}

function diffResolutions(x: MeetingDetail, y: MeetingDetail): MeetingDiff['resolutions'] {
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
  return {
    added: [...b].filter(([s]) => !a.has(s)).map(([symbol, context]) => ({ symbol, context })),
    removed: [...a].filter(([s]) => !b.has(s)).map(([symbol, context]) => ({ symbol, context })),
    changed: [...a].filter(([s, c]) => b.has(s) && b.get(s) !== c).map(([symbol, c]) => ({ symbol, context: { from: c, to: b.get(symbol)! } })),
  };
}
