import type { DisputedNextMeeting, NextMeetingClaim } from '../model/types.js';

export interface NextVersion {
  readonly summary: string;
  readonly city?: string;
  readonly period?: string;
  readonly sources: string[];
}

/** The next meeting agreed; like heads, disputed accounts are all kept. */
export interface NextMeeting {
  readonly disputed: boolean;
  readonly summary?: string;
  readonly city?: string;
  readonly period?: string;
  readonly note?: string;
  readonly sources: string[];
  readonly versions?: NextVersion[];
}

export function nextOf(next: NextMeetingClaim | DisputedNextMeeting): NextMeeting {
  if ('versions' in next) {
    const versions = next.versions.map((v) => ({ summary: v.summary, city: v.city, period: v.period, sources: [...v.sources] }));
    return { disputed: true, note: next.note, sources: [...new Set(versions.flatMap((v) => v.sources))], versions };
  }
  return { disputed: false, summary: next.summary, city: next.city, period: next.period, sources: [...next.sources] };
}
