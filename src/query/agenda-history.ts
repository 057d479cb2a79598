import type { Dataset } from '../model/dataset.js';
import { resolveTopic } from './resolve.js';

export interface TopicHistory {
  readonly topic: string;
  readonly label: string;
  /** Rounds with the topic on the agenda, in order. */
  readonly rounds: number[];
  readonly first?: number;
  readonly last?: number;
  /** Runs of consecutive rounds between first and last without the topic. */
  readonly gaps: { from: number; to: number }[];
  /** Summits and ministerial meetings with the topic on the agenda. */
  readonly otherMeetings: string[];
  readonly appearances: { round: number; summary: string; sources: string[] }[];
}

export function agendaHistory(data: Dataset, arg: string): TopicHistory {
  const topic = resolveTopic(data, arg);
  const appearances = data.rounds.flatMap((r) =>
    r.agenda.filter((a) => a.topic === topic.id).map((a) => ({ round: r.round, summary: a.summary, sources: [...a.sources] })),
  );
  const rounds = [...new Set(appearances.map((a) => a.round))];
  const first = rounds[0];
  const last = rounds.at(-1);
  const gaps: { from: number; to: number }[] = [];
  if (first !== undefined && last !== undefined) {
    const present = new Set(rounds);
    const between = data.rounds.map((r) => r.round).filter((n) => n > first && n < last);
    between.forEach((n, i) => {
      if (present.has(n)) return;
      // A missing round right after the last missing one extends that gap.
      const open = gaps.at(-1);
      if (open && open.to === between[i - 1]) open.to = n;
      else gaps.push({ from: n, to: n });
    });
  }
  const otherMeetings = data.meetings.filter((m) => m.kind !== 'round' && m.body.agenda.some((a) => a.topic === topic.id)).map((m) => m.id);
  return { topic: topic.id, label: topic.label, rounds, first, last, gaps, otherMeetings, appearances };
}
