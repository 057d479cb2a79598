import type { Dataset } from '../model/dataset.js';
import { knowsAll } from './coverage.js';
import { resolveTopic } from './resolve.js';
import { sourceRefs, type SourceRef } from './source-refs.js';

export interface TopicHistory {
  readonly topic: string;
  readonly label: string;
  /** Rounds with the topic on the agenda, in order. */
  readonly rounds: number[];
  readonly first?: number;
  readonly last?: number;
  /**
   * Runs of rounds between first and last whose agenda is known in full and does not have the
   * topic. A round whose coverage is not complete never forms a gap: it is in `unknownAt`.
   */
  readonly gaps: { from: number; to: number }[];
  /** Rounds without the topic in the data whose agenda coverage is not complete: it may have been there. */
  readonly unknownAt: number[];
  /** Summits and ministerial meetings with the topic on the agenda. */
  readonly otherMeetings: string[];
  readonly appearances: { round: number; summary: string; sources: SourceRef[] }[];
}

export function agendaHistory(data: Dataset, arg: string): TopicHistory {
  const topic = resolveTopic(data, arg);
  const appearances = data.rounds.flatMap((r) =>
    r.agenda.filter((a) => a.topic === topic.id).map((a) => ({ round: r.round, summary: a.summary, sources: sourceRefs(r, a.sources) })),
  );
  const rounds = [...new Set(appearances.map((a) => a.round))];
  const present = new Set(rounds);
  const without = data.rounds.filter((r) => !present.has(r.round));
  const unknownAt = without.filter((r) => !knowsAll(r, 'agenda')).map((r) => r.round);
  const first = rounds[0];
  const last = rounds.at(-1);
  const gaps: { from: number; to: number }[] = [];
  if (first !== undefined && last !== undefined) {
    // Rounds in order; a run of known absences is broken by any round on or unknown for the topic.
    let open: { from: number; to: number } | undefined;
    for (const r of data.rounds.filter((r) => r.round > first && r.round < last)) {
      if (present.has(r.round) || !knowsAll(r, 'agenda')) {
        open = undefined;
        continue;
      }
      if (open) open.to = r.round;
      else gaps.push((open = { from: r.round, to: r.round }));
    }
  }
  const otherMeetings = data.meetings.filter((m) => m.kind !== 'round' && m.body.agenda.some((a) => a.topic === topic.id)).map((m) => m.id);
  return { topic: topic.id, label: topic.label, rounds, first, last, gaps, unknownAt, otherMeetings, appearances };
}

/** One line per meeting for the line formats: whether the topic is recorded there, known absent, or unknown. */
export interface TopicHistoryRecord {
  readonly topic: string;
  readonly meeting: string;
  readonly status: 'recorded' | 'absent' | 'unknown';
  readonly summary?: string;
  /** The URLs of the sources of a recorded item. */
  readonly sources?: string[];
}

export function topicHistoryRecords(h: TopicHistory, data: Dataset): TopicHistoryRecord[] {
  const unknown = new Set(h.unknownAt);
  const recorded = new Map<number, TopicHistory['appearances']>();
  for (const a of h.appearances) recorded.set(a.round, [...(recorded.get(a.round) ?? []), a]);
  return [
    ...data.rounds.flatMap((r): TopicHistoryRecord[] => {
      const meeting = `round-${r.round}`;
      const items = recorded.get(r.round);
      if (items) return items.map((a) => ({ topic: h.topic, meeting, status: 'recorded', summary: a.summary, sources: a.sources.map((s) => s.url) }));
      return [{ topic: h.topic, meeting, status: unknown.has(r.round) ? 'unknown' : 'absent' }];
    }),
    ...h.otherMeetings.map((meeting): TopicHistoryRecord => ({ topic: h.topic, meeting, status: 'recorded' })),
  ];
}
