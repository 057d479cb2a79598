import type { Dataset } from '../model/dataset.js';
import type { AgendaItem, Round } from '../model/types.js';
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

export interface AgendaDiff {
  readonly from: number;
  readonly to: number;
  readonly added: TopicChange[];
  readonly removed: TopicChange[];
  readonly kept: KeptTopic[];
}

function byTopic(round: Round): Map<string, AgendaItem[]> {
  const map = new Map<string, AgendaItem[]>();
  for (const item of round.agenda) map.set(item.topic, [...(map.get(item.topic) ?? []), item]);
  return map;
}

/** Topics added, removed and kept between two rounds, matched by topic id. */
export function diffAgenda(data: Dataset, a: string, b: string): AgendaDiff {
  const from = resolveRound(data, a);
  const to = resolveRound(data, b);
  const before = byTopic(from);
  const after = byTopic(to);
  const label = (id: string): string => data.topics.get(id)?.label ?? id;
  const summary = (items: AgendaItem[] | undefined): string => (items ?? []).map((i) => i.summary).join(' / ');
  const sorted = (ids: Iterable<string>): string[] => [...ids].sort((x, y) => label(x).localeCompare(label(y)));
  return {
    from: from.round,
    to: to.round,
    added: sorted([...after.keys()].filter((t) => !before.has(t))).map((t) => ({ topic: t, label: label(t), summary: summary(after.get(t)) })),
    removed: sorted([...before.keys()].filter((t) => !after.has(t))).map((t) => ({ topic: t, label: label(t), summary: summary(before.get(t)) })),
    kept: sorted([...before.keys()].filter((t) => after.has(t))).map((t) => ({ topic: t, label: label(t), before: summary(before.get(t)), after: summary(after.get(t)) })),
  };
}
