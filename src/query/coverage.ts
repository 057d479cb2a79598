import type { MeetingBody } from '../model/dataset.js';
import type { Coverage } from '../model/types.js';

export type CoveragePart = 'agenda' | 'resolutions';
export type CoverageLevel = Coverage['agenda'];

/**
 * Whether the data can say that something is NOT on a meeting's agenda (or not cited there):
 * only when the whole final document was read and everything it names was recorded.
 */
export const knowsAll = (meeting: MeetingBody, part: CoveragePart): boolean => meeting.coverage[part] === 'complete';

/** The coverage as queries report it: the levels, and the ids of the documents read. */
export interface CoverageView {
  readonly agenda: CoverageLevel;
  readonly resolutions: CoverageLevel;
  readonly basis: string[];
  readonly note?: string;
}

export const coverageOf = (meeting: MeetingBody): CoverageView => ({
  agenda: meeting.coverage.agenda,
  resolutions: meeting.coverage.resolutions,
  basis: [...(meeting.coverage.basis ?? [])],
  ...(meeting.coverage.note ? { note: meeting.coverage.note } : {}),
});

const described: Record<CoverageLevel, string> = {
  complete: 'complete',
  partial: 'only partly coded',
  none: 'not coded',
};

/** Why an absence cannot be asserted: "round 21's agenda is only partly coded". */
export function unknownBecause(meetingName: string, meeting: MeetingBody, part: CoveragePart): string {
  const subject = part === 'agenda' ? `${meetingName}'s agenda is` : `${meetingName}'s resolution references are`;
  return `${subject} ${described[meeting.coverage[part]]}`;
}
