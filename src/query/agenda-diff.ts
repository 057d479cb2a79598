import type { Dataset } from '../model/dataset.js';
import type { AgendaItem, Round } from '../model/types.js';
import { knowsAll, unknownBecause } from './coverage.js';
import { resolveRound } from './resolve.js';

export interface TopicChange {
  readonly topic: string;
  readonly label: string;
  /** The agenda item's summary in the round where it appears (joined when a round has several). */
  readonly summary: string;
}

export interface KeptTopic {
  readonly topic: string;
  readonly label: string;
  readonly before: string;
  readonly after: string;
}

/** A topic recorded at one round only, where the other round's agenda is not fully coded. */
export interface UnconfirmedTopic extends TopicChange {
  readonly recordedAt: number;
  readonly notRecordedAt: number;
  readonly why: string;
}

export interface AgendaDiff {
  readonly from: number;
  readonly to: number;
  readonly added: TopicChange[];
  readonly removed: TopicChange[];
  readonly kept: KeptTopic[];
  /** Neither added nor removed as far as the data can tell: the other round may have had it. */
  readonly unconfirmed: UnconfirmedTopic[];
}

function byTopic(round: Round): Map<string, AgendaItem[]> {
  const map = new Map<string, AgendaItem[]>();
  for (const item of round.agenda) map.set(item.topic, [...(map.get(item.topic) ?? []), item]);
  return map;
}

/**
 * Topics added, removed and kept between two rounds, matched by topic id. A topic counts as
 * removed only when the later round's agenda coverage is complete (and as added only when the
 * earlier round's is); otherwise the data cannot tell, and it is listed as unconfirmed.
 */
export function diffAgenda(data: Dataset, a: string, b: string): AgendaDiff {
  const from = resolveRound(data, a);
  const to = resolveRound(data, b);
  const before = byTopic(from);
  const after = byTopic(to);
  const label = (id: string): string => data.topics.get(id)?.label ?? id;
  const summary = (items: AgendaItem[] | undefined): string => (items ?? []).map((i) => i.summary).join(' / ');
  const sorted = (ids: Iterable<string>): string[] => [...ids].sort((x, y) => label(x).localeCompare(label(y)));
  const change = (t: string, items: Map<string, AgendaItem[]>): TopicChange => ({ topic: t, label: label(t), summary: summary(items.get(t)) });
  const onlyBefore = sorted([...before.keys()].filter((t) => !after.has(t)));
  const onlyAfter = sorted([...after.keys()].filter((t) => !before.has(t)));
  const unconfirmed = (ids: string[], recorded: Round, missing: Round, items: Map<string, AgendaItem[]>): UnconfirmedTopic[] =>
    ids.map((t) => ({ ...change(t, items), recordedAt: recorded.round, notRecordedAt: missing.round, why: unknownBecause(`round ${missing.round}`, missing, 'agenda') }));
  const removable = knowsAll(to, 'agenda');
  const addable = knowsAll(from, 'agenda');
  return {
    from: from.round,
    to: to.round,
    added: addable ? onlyAfter.map((t) => change(t, after)) : [],
    removed: removable ? onlyBefore.map((t) => change(t, before)) : [],
    kept: sorted([...before.keys()].filter((t) => after.has(t))).map((t) => ({ topic: t, label: label(t), before: summary(before.get(t)), after: summary(after.get(t)) })),
    unconfirmed: [...(removable ? [] : unconfirmed(onlyBefore, from, to, before)), ...(addable ? [] : unconfirmed(onlyAfter, to, from, after))],
  };
}

/** One line per topic for the line formats: its change, its summary before and after, and why it is unconfirmed. */
export interface AgendaDiffRecord {
  readonly change: 'added' | 'removed' | 'kept' | 'unconfirmed';
  readonly topic: string;
  readonly label: string;
  readonly before: string;
  readonly after: string;
  readonly why?: string;
}

export const agendaDiffRecords = (d: AgendaDiff): AgendaDiffRecord[] => [
  ...d.added.map((t) => ({ change: 'added' as const, topic: t.topic, label: t.label, before: '', after: t.summary })),
  ...d.removed.map((t) => ({ change: 'removed' as const, topic: t.topic, label: t.label, before: t.summary, after: '' })),
  ...d.kept.map((t) => ({ change: 'kept' as const, topic: t.topic, label: t.label, before: t.before, after: t.after })),
  ...d.unconfirmed.map((t) => ({
    change: 'unconfirmed' as const,
    topic: t.topic,
    label: t.label,
    before: t.recordedAt === d.from ? t.summary : '',
    after: t.recordedAt === d.to ? t.summary : '',
    why: t.why,
  })),
];
