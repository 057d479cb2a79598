import type { Dataset } from '../model/dataset.js';
import { cityOf } from '../model/cities.js';
import { meetingMatcher, type MeetingFilters } from './filters.js';
import type { CoverageLevel } from './coverage.js';

export type RoundsListOptions = MeetingFilters;

export interface RoundSummary {
  readonly round: number;
  readonly start: string;
  readonly end: string;
  /** The host city by its name at the time. */
  readonly city: string;
  /** The city's id in data/cities.yaml, the same whatever it was called. */
  readonly cityId?: string;
  /** Ids of the parties with a delegation. */
  readonly parties: string[];
  /** Ids of the agenda topics recorded; the whole agenda only where `coverage.agenda` is complete. */
  readonly topics: string[];
  readonly coverage: { readonly agenda: CoverageLevel; readonly resolutions: CoverageLevel };
}

export function listRounds(data: Dataset, options: RoundsListOptions = {}): RoundSummary[] {
  const matches = meetingMatcher(data, options);
  return data.rounds.filter(matches).map((r) => ({
    round: r.round,
    start: r.dates.start,
    end: r.dates.end,
    city: r.city.name,
    cityId: cityOf(data.cities, r.city.name)?.id,
    parties: r.delegations.map((d) => d.party),
    topics: [...new Set(r.agenda.map((a) => a.topic))],
    coverage: { agenda: r.coverage.agenda, resolutions: r.coverage.resolutions },
  }));
}
