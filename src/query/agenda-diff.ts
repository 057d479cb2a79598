import type { Dataset, Meeting } from '../model/dataset.js';
import type { AgendaItem } from '../model/types.js';
import { knowsAll, unknownBecause } from './coverage.js';
import { resolveMeetingOrRound } from './meetings.js';
import { sourceRefs, urlsOf, type SourceRef } from './source-refs.js';

export interface TopicChange {
  readonly topic: string;
  readonly label: string;
  /** The agenda item's summary in the round where it appears (joined when a round has several). */
  readonly summary: string;
  /** The pages that state it there. */
  readonly sources: SourceRef[];
}

export interface KeptTopic {
  readonly topic: string;
  readonly label: string;
  readonly before: string;
  readonly after: string;
  /** The pages that state each summary, at the earlier and at the later meeting. */
  readonly beforeSources: SourceRef[];
  readonly afterSources: SourceRef[];
}

/** A topic recorded at one meeting only, where the other meeting's agenda is not fully coded. */
export interface UnconfirmedTopic extends TopicChange {
  /** The meeting id where it is recorded, such as round-20. */
  readonly recordedAt: string;
  readonly notRecordedAt: string;
  readonly why: string;
}

export interface AgendaDiff {
  /** Meeting ids: round-20, summit-6, ministerial-2. */
  readonly from: string;
  readonly to: string;
  readonly added: TopicChange[];
  readonly removed: TopicChange[];
  readonly kept: KeptTopic[];
  /** Neither added nor removed as far as the data can tell: the other round may have had it. */
  readonly unconfirmed: UnconfirmedTopic[];
}

function byTopic(meeting: Meeting): Map<string, AgendaItem[]> {
  const map = new Map<string, AgendaItem[]>();
  for (const item of meeting.body.agenda) map.set(item.topic, [...(map.get(item.topic) ?? []), item]);
  return map;
}

/**
 * Topics added, removed and kept between two meetings of any kind, matched by topic id. A topic
 * counts as removed only when the later meeting's agenda coverage is complete (and as added only
 * when the earlier one's is); otherwise the data cannot tell, and it is listed as unconfirmed.
 */
export function diffAgenda(data: Dataset, a: string, b: string): AgendaDiff {
  const from = resolveMeetingOrRound(data, a);
  const to = resolveMeetingOrRound(data, b);
  const before = byTopic(from);
  const after = byTopic(to);
  const label = (id: string): string => data.topics.get(id)?.label ?? id;
  const summary = (items: AgendaItem[] | undefined): string => (items ?? []).map((i) => i.summary).join(' / ');
  const sorted = (ids: Iterable<string>): string[] => [...ids].sort((x, y) => label(x).localeCompare(label(y)));
  const cited = (m: Meeting, items: AgendaItem[] | undefined): SourceRef[] => sourceRefs(m.body, [...new Set((items ?? []).flatMap((i) => i.sources))]);
  const change = (t: string, items: Map<string, AgendaItem[]>, m: Meeting): TopicChange => ({ topic: t, label: label(t), summary: summary(items.get(t)), sources: cited(m, items.get(t)) });
  const onlyBefore = sorted([...before.keys()].filter((t) => !after.has(t)));
  const onlyAfter = sorted([...after.keys()].filter((t) => !before.has(t)));
  const unconfirmed = (ids: string[], recorded: Meeting, missing: Meeting, items: Map<string, AgendaItem[]>): UnconfirmedTopic[] =>
    ids.map((t) => ({ ...change(t, items, recorded), recordedAt: recorded.id, notRecordedAt: missing.id, why: unknownBecause(missing.id, missing.body, 'agenda') }));
  const removable = knowsAll(to.body, 'agenda');
  const addable = knowsAll(from.body, 'agenda');
  return {
    from: from.id,
    to: to.id,
    added: addable ? onlyAfter.map((t) => change(t, after, to)) : [],
    removed: removable ? onlyBefore.map((t) => change(t, before, from)) : [],
    kept: sorted([...before.keys()].filter((t) => after.has(t))).map((t) => ({
      topic: t,
      label: label(t),
      before: summary(before.get(t)),
      after: summary(after.get(t)),
      beforeSources: cited(from, before.get(t)),
      afterSources: cited(to, after.get(t)),
    })),
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
  /** The URLs of the pages that state the summary before and after. */
  readonly beforeSources: string[];
  readonly afterSources: string[];
}

export const agendaDiffRecords = (d: AgendaDiff): AgendaDiffRecord[] => [
  ...d.added.map((t) => ({ change: 'added' as const, topic: t.topic, label: t.label, before: '', after: t.summary, beforeSources: [], afterSources: urlsOf(t.sources) })),
  ...d.removed.map((t) => ({ change: 'removed' as const, topic: t.topic, label: t.label, before: t.summary, after: '', beforeSources: urlsOf(t.sources), afterSources: [] })),
  ...d.kept.map((t) => ({ change: 'kept' as const, topic: t.topic, label: t.label, before: t.before, after: t.after, beforeSources: urlsOf(t.beforeSources), afterSources: urlsOf(t.afterSources) })),
  ...d.unconfirmed.map((t) => ({
    change: 'unconfirmed' as const,
    topic: t.topic,
    label: t.label,
    before: t.recordedAt === d.from ? t.summary : '',
    after: t.recordedAt === d.to ? t.summary : '',
    why: t.why,
    beforeSources: t.recordedAt === d.from ? urlsOf(t.sources) : [],
    afterSources: t.recordedAt === d.to ? urlsOf(t.sources) : [],
  })),
];
