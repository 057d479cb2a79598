import { UsageError } from '../errors.js';
import type { Dataset } from '../model/dataset.js';
import type { CoverageLevel } from './coverage.js';
import { suggest } from '../suggest.js';
import { resolveParty, resolveTopic } from './resolve.js';

export interface RoundsListOptions {
  /** Inclusive; a round overlapping the range is listed. */
  readonly from?: string;
  readonly to?: string;
  readonly city?: string;
  readonly party?: string;
  readonly topic?: string;
}

export interface RoundSummary {
  readonly round: number;
  readonly start: string;
  readonly end: string;
  readonly city: string;
  /** Ids of the parties with a delegation. */
  readonly parties: string[];
  /** Ids of the agenda topics recorded; the whole agenda only where `coverage.agenda` is complete. */
  readonly topics: string[];
  readonly coverage: { readonly agenda: CoverageLevel; readonly resolutions: CoverageLevel };
}

export function listRounds(data: Dataset, options: RoundsListOptions = {}): RoundSummary[] {
  const party = options.party === undefined ? undefined : resolveParty(data, options.party).id;
  const topic = options.topic === undefined ? undefined : resolveTopic(data, options.topic).id;
  const city = options.city === undefined ? undefined : resolveCity(data, options.city);
  return data.rounds
    .filter((r) => options.from === undefined || r.dates.end >= options.from)
    .filter((r) => options.to === undefined || r.dates.start <= options.to)
    .filter((r) => city === undefined || r.city.name === city)
    .filter((r) => party === undefined || r.delegations.some((d) => d.party === party))
    .filter((r) => topic === undefined || r.agenda.some((a) => a.topic === topic))
    .map((r) => ({
      round: r.round,
      start: r.dates.start,
      end: r.dates.end,
      city: r.city.name,
      parties: r.delegations.map((d) => d.party),
      topics: [...new Set(r.agenda.map((a) => a.topic))],
      coverage: { agenda: r.coverage.agenda, resolutions: r.coverage.resolutions },
    }));
}

function resolveCity(data: Dataset, arg: string): string {
  const cities = [...new Set(data.rounds.map((r) => r.city.name))].sort();
  const found = cities.find((c) => c.toLowerCase() === arg.trim().toLowerCase());
  if (found) return found;
  const hint = suggest(arg, cities);
  throw new UsageError(`unknown city '${arg}' (${hint.length > 0 ? `did you mean ${hint.join(', ')}?` : `cities: ${cities.join(', ')}`})`);
}
