import type { Dataset, Meeting } from '../model/dataset.js';
import type { Source } from '../model/types.js';
import { resolveMeetingOrRound } from './meetings.js';

/** A source as the data records it, with the meeting whose file lists it. */
export interface SourceRecord extends Source {
  readonly meeting: string;
}

/** What `sources` prints as JSON: the records, or with --check-duplicates, the URLs under two ids. */
export type SourcesOutput = SourceRecord[] | DuplicateSource[];

/** One URL listed under more than one id. */
export interface DuplicateSource {
  readonly url: string;
  readonly ids: { meeting: string; id: string }[];
}

const records = (m: Meeting): SourceRecord[] => m.body.sources.map((s) => ({ meeting: m.id, ...s }));

/** The sources of one meeting (a round number or a meeting id), or of every meeting in date order. */
export function listSources(data: Dataset, meeting?: string): SourceRecord[] {
  if (meeting !== undefined) return records(resolveMeetingOrRound(data, meeting));
  return data.meetings.flatMap(records);
}

// The same page, whatever the trailing slash or the case of the scheme and host.
const pageOf = (url: string): string => url.replace(/^[a-z]+:\/\/[^/]+/i, (origin) => origin.toLowerCase()).replace(/\/+$/, '');

/**
 * URLs cited under two or more ids, in one meeting or across meetings: each id is a separate
 * record of the same page, which should carry one title and date everywhere.
 */
export function duplicateSources(sources: readonly SourceRecord[]): DuplicateSource[] {
  const byPage = new Map<string, { url: string; ids: { meeting: string; id: string }[] }>();
  for (const s of sources) {
    const page = pageOf(s.url);
    const entry = byPage.get(page) ?? { url: s.url, ids: [] };
    if (!entry.ids.some((x) => x.id === s.id && x.meeting === s.meeting)) entry.ids.push({ meeting: s.meeting, id: s.id });
    byPage.set(page, entry);
  }
  return [...byPage.values()].filter((e) => new Set(e.ids.map((x) => x.id)).size > 1);
}

/** One id of a duplicated URL, as the line formats print it. */
export const duplicateRecords = (duplicates: readonly DuplicateSource[]): { url: string; meeting: string; id: string }[] => duplicates.flatMap((d) => d.ids.map((x) => ({ url: d.url, ...x })));
