import { createHash } from 'node:crypto';
import type { Dataset } from '../model/dataset.js';

/**
 * The content hash of the data (meetings and registries as validated, not the files' bytes, so
 * comments and formatting do not change it): 12 hex digits, enough to tell two exports apart.
 */
export function dataHash(data: Dataset): string {
  const content = {
    meetings: data.meetings.map((m) => [m.id, m.body]),
    parties: [...data.parties.values()],
    people: [...data.people.values()],
    topics: [...data.topics.values()],
    resolutions: [...data.resolutions.values()],
  };
  return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 12);
}

/** The latest date the data states (a meeting's end, a document's or a source's date): "as of" for exports; undefined for data without any. */
export function latestDate(data: Dataset): string | undefined {
  const dates = data.meetings.flatMap((m) => [m.body.dates.end, ...(m.body.documents ?? []).flatMap((d) => d.date ?? []), ...m.body.sources.flatMap((s) => s.date ?? [])]);
  return dates.reduce<string | undefined>((a, b) => (a === undefined || b > a ? b : a), undefined);
}
