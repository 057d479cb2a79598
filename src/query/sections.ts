import { meetingSections, type MeetingSection } from './meeting-records.js';
import type { MeetingDetail } from './rounds-show.js';

/** The JSON keys each section of a meeting holds. */
const keys: Record<MeetingSection, readonly (keyof MeetingDetail)[]> = {
  meeting: ['start', 'end', 'dateSources', 'city', 'cityId', 'venue', 'citySources', 'ids'],
  coverage: ['coverage'],
  delegation: ['delegations'],
  absent: ['absent'],
  agenda: ['agenda'],
  resolution: ['resolutions'],
  document: ['documents'],
  next: ['next'],
  note: ['notes'],
  source: ['sources'],
};

/** The meeting with only the chosen sections' keys, and whatever identifies it (round, id, kind, number). */
export function selectSections<T extends MeetingDetail>(detail: T, sections: readonly MeetingSection[]): Partial<T> {
  if (sections.length === meetingSections.length) return detail;
  const dropped = new Set(meetingSections.filter((s) => !sections.includes(s)).flatMap((s) => keys[s]));
  return Object.fromEntries(Object.entries(detail).filter(([k]) => !dropped.has(k as keyof MeetingDetail))) as Partial<T>;
}
