import { byCodeUnit } from '../text/compare.js';
import { UsageError } from '../errors.js';
import type { Dataset, Meeting } from '../model/dataset.js';

/** Where a registry entry (party, person, topic, resolution) appears: the same fields in every list. */
export interface Usage {
  /** Rounds, by number, in order. */
  readonly rounds: number[];
  /** Summits and ministerial meetings, by id, in date order. */
  readonly otherMeetings: string[];
  /** How many meetings of any kind. */
  readonly meetings: number;
  /** The earliest and the latest meeting, by id; absent when there is none. */
  readonly first?: string;
  readonly last?: string;
}

/** `meetings` in date order, as the dataset keeps them. */
export function usageOf(meetings: readonly Meeting[]): Usage {
  return {
    rounds: meetings.filter((m) => m.kind === 'round').map((m) => m.number),
    otherMeetings: meetings.filter((m) => m.kind !== 'round').map((m) => m.id),
    meetings: meetings.length,
    first: meetings[0]?.id,
    last: meetings.at(-1)?.id,
  };
}

/** A meeting as a line of a registry's detail: enough to find and date it. */
export interface MeetingRef {
  readonly meeting: string;
  readonly kind: Meeting['kind'];
  readonly number: number;
  readonly start: string;
}

export const meetingRef = (m: Meeting): MeetingRef => ({ meeting: m.id, kind: m.kind, number: m.number, start: m.body.dates.start });

export const listSorts = ['registry', 'count', 'name', 'first'] as const;
export type ListSort = (typeof listSorts)[number];

/**
 * Registry order (as the file lists them), by how many meetings (most first), by name, or by the
 * date of the first meeting (entries with none last). Ties keep registry order.
 */
export function sortEntries<T extends Usage>(data: Dataset, items: readonly T[], sort: string | undefined, name: (item: T) => string): T[] {
  const by = (sort ?? 'registry').toLowerCase();
  if (!listSorts.includes(by as ListSort)) throw new UsageError(`unknown sort '${sort}' (sorts: ${listSorts.join(', ')})`);
  if (by === 'count') return [...items].sort((a, b) => b.meetings - a.meetings);
  if (by === 'name') return [...items].sort((a, b) => byCodeUnit(name(a).toLowerCase(), name(b).toLowerCase()));
  if (by === 'first') {
    // data.meetings is in date order, so a meeting's place in it is its date's.
    const place = (item: T): number => (item.first === undefined ? Infinity : data.meetings.findIndex((m) => m.id === item.first));
    return [...items].sort((a, b) => place(a) - place(b));
  }
  return [...items];
}
