import type { Dataset, MeetingBody } from '../model/dataset.js';
import { cityOf } from '../model/cities.js';
import { resolveCity, resolveParty, resolveTopic } from './resolve.js';

/** The filters `rounds list`, `meetings list` and `search` share. Dates are already YYYY-MM-DD. */
export interface MeetingFilters {
  /** Inclusive; a meeting overlapping the range matches. */
  readonly from?: string;
  readonly to?: string;
  /** A city's id, name, or any name it has had: matched by identity, not by spelling. */
  readonly city?: string;
  /** A party's id, name or alias: meetings where it had a delegation. */
  readonly party?: string;
  readonly topic?: string;
}

/**
 * A predicate for meetings. The arguments are resolved once, up front, so an unknown city,
 * party or topic fails with the nearest choices before anything is listed.
 */
export function meetingMatcher(data: Dataset, filters: MeetingFilters): (meeting: MeetingBody) => boolean {
  const party = filters.party === undefined ? undefined : resolveParty(data, filters.party).id;
  const topic = filters.topic === undefined ? undefined : resolveTopic(data, filters.topic).id;
  const city = filters.city === undefined ? undefined : resolveCity(data, filters.city).id;
  const { from, to } = filters;
  return (m) =>
    (from === undefined || m.dates.end >= from) &&
    (to === undefined || m.dates.start <= to) &&
    (city === undefined || cityOf(data.cities, m.city.name)?.id === city) &&
    (party === undefined || m.delegations.some((d) => d.party === party)) &&
    (topic === undefined || m.agenda.some((a) => a.topic === topic));
}
