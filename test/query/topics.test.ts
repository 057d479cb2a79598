import { describe, expect, it } from 'vitest';
import { listTopics, showTopic } from '../../src/query/topics.js';
import { mini } from '../helpers/mini.js';

const data = await mini();

describe('topics', () => {
  it('lists label, description, how many meetings, first and last', () => {
    expect(listTopics(data).map((t) => [t.id, t.label, t.meetings, t.first, t.last])).toEqual([
      ['idlib', 'Idlib', 2, 'round-1', 'round-2'],
      ['demining', 'Demining', 1, 'round-1', 'round-1'],
      ['golan', 'Golan', 2, 'summit-1', 'round-2'],
    ]);
  });

  it('sorts by count, the topics that come up most first', () => {
    expect(listTopics(data, { sort: 'count' }).map((t) => t.id)).toEqual(['idlib', 'golan', 'demining']);
  });

  it('shows every agenda item on the topic at any kind of meeting', () => {
    expect(showTopic(data, 'golan').appearances.map((a) => [a.meeting, a.summary, a.sources.map((s) => s.id)])).toEqual([
      ['summit-1', 'Golan at the summit', ['s1']],
      ['round-2', 'Golan', ['s2']],
    ]);
    expect(() => showTopic(data, 'golann')).toThrow("unknown topic 'golann' (did you mean golan?;");
  });

  it('tells a meeting known not to have the topic from one whose agenda is only partly coded', () => {
    // Round 1's agenda is complete; round 2's and the summit's are partial.
    const demining = showTopic(data, 'demining');
    expect(demining.appearances.map((a) => a.meeting)).toEqual(['round-1']);
    expect([demining.notOnAgendaAt, demining.unknownAt]).toEqual([[], ['summit-1', 'round-2']]);
    expect(showTopic(data, 'golan').notOnAgendaAt).toEqual(['round-1']);
  });
});
