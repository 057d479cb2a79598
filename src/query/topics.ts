import type { Dataset } from '../model/dataset.js';
import type { Topic } from '../model/types.js';
import { knowsAll } from './coverage.js';
import { resolveTopic } from './resolve.js';
import { sourceRefs, type SourceRef } from './source-refs.js';
import { meetingRef, sortEntries, usageOf, type MeetingRef, type Usage } from './usage.js';

export interface TopicSummary extends Usage {
  readonly id: string;
  readonly label: string;
  readonly description: string;
}

export interface TopicAppearance extends MeetingRef {
  readonly summary: string;
  readonly sources: SourceRef[];
}

export interface TopicDetail extends TopicSummary {
  /** Every agenda item on the topic, at every kind of meeting, in date order. */
  readonly appearances: TopicAppearance[];
  /** Meetings whose agenda was coded in full and does not have the topic. */
  readonly notOnAgendaAt: string[];
  /** Meetings without the topic in the data whose agenda coverage is not complete: it may have been there. */
  readonly unknownAt: string[];
}

function summary(data: Dataset, topic: Topic): TopicSummary {
  const meetings = data.meetings.filter((m) => m.body.agenda.some((a) => a.topic === topic.id));
  return { id: topic.id, label: topic.label, description: topic.description, ...usageOf(meetings) };
}

/** `--sort count` puts the topics that come up most first. */
export function listTopics(data: Dataset, options: { sort?: string } = {}): TopicSummary[] {
  return sortEntries(data, [...data.topics.values()].map((t) => summary(data, t)), options.sort, (t) => t.label);
}

export function showTopic(data: Dataset, arg: string): TopicDetail {
  const topic = resolveTopic(data, arg);
  const appearances = data.meetings.flatMap((m) =>
    m.body.agenda.filter((a) => a.topic === topic.id).map((a) => ({ ...meetingRef(m), summary: a.summary, sources: sourceRefs(m.body, a.sources) })),
  );
  const without = data.meetings.filter((m) => !m.body.agenda.some((a) => a.topic === topic.id));
  return {
    ...summary(data, topic),
    appearances,
    notOnAgendaAt: without.filter((m) => knowsAll(m.body, 'agenda')).map((m) => m.id),
    unknownAt: without.filter((m) => !knowsAll(m.body, 'agenda')).map((m) => m.id),
  };
}

/** One agenda item on the topic, as the line formats print it. */
export interface TopicAppearanceRecord {
  readonly topic: string;
  readonly meeting: string;
  readonly start: string;
  readonly summary: string;
  /** The URLs of the sources. */
  readonly sources: string[];
}

export const topicRecords = (t: TopicDetail): TopicAppearanceRecord[] =>
  t.appearances.map((a) => ({ topic: t.id, meeting: a.meeting, start: a.start, summary: a.summary, sources: a.sources.map((s) => s.url) }));
