import type { Dataset, MeetingBody } from '../model/dataset.js';
import { cityOf } from '../model/cities.js';
import type { AdoptedDocument, MeetingIds, Source } from '../model/types.js';
import { coverageOf, type CoverageView } from './coverage.js';
import { headOf, type Head } from './heads.js';
import { nextOf, type NextMeeting } from './next.js';
import { resolveRound } from './resolve.js';

/** Everything known about one meeting, whatever its kind. */
export interface MeetingDetail {
  readonly start: string;
  readonly end: string;
  /** The sources that give the dates. */
  readonly dateSources: string[];
  /** The city by its name at the time. */
  readonly city: string;
  /** The sources that give the city (and venue). */
  readonly citySources: string[];
  /** The city's id in data/cities.yaml. */
  readonly cityId?: string;
  readonly venue?: string;
  /** The meeting's ids in other datasets (PA-X), with the ids of the sources that give them. */
  readonly ids?: MeetingIds;
  readonly delegations: { party: string; name: string; role: string; head?: Head; note?: string; sources: string[] }[];
  readonly absent: { party: string; name: string; reason?: string; sources: string[] }[];
  readonly agenda: { topic: string; label: string; summary: string; sources: string[] }[];
  readonly resolutions: { id: string; symbol: string; number?: number; body: string; context: string; quote?: string; note?: string; sources: string[] }[];
  readonly documents: AdoptedDocument[];
  readonly next?: NextMeeting;
  /** How completely the agenda and resolution references were coded; an empty list means nothing only where complete. */
  readonly coverage: CoverageView;
  readonly notes: { text: string; sources: string[] }[];
  readonly sources: Source[];
}

export interface RoundDetail extends MeetingDetail {
  readonly round: number;
}

export function showRound(data: Dataset, arg: string): RoundDetail {
  const r = resolveRound(data, arg);
  return { round: r.round, ...meetingDetail(data, r) };
}

export function meetingDetail(data: Dataset, r: MeetingBody): MeetingDetail {
  const partyName = (id: string): string => data.parties.get(id)?.name ?? id;
  return {
    start: r.dates.start,
    end: r.dates.end,
    dateSources: [...r.dates.sources],
    city: r.city.name,
    citySources: [...r.city.sources],
    cityId: cityOf(data.cities, r.city.name)?.id,
    venue: r.city.venue,
    ...(r.ids ? { ids: { ...r.ids, sources: [...r.ids.sources] } } : {}),
    delegations: r.delegations.map((d) => ({
      party: d.party,
      name: partyName(d.party),
      role: d.role,
      head: headOf(data, d),
      note: d.note,
      sources: [...d.sources],
    })),
    absent: (r.absent ?? []).map((a) => ({ party: a.party, name: partyName(a.party), reason: a.reason, sources: [...a.sources] })),
    agenda: r.agenda.map((a) => ({ topic: a.topic, label: data.topics.get(a.topic)?.label ?? a.topic, summary: a.summary, sources: [...a.sources] })),
    resolutions: (r.resolutions ?? []).map((ref) => {
      const res = data.resolutions.get(ref.resolution)!;
      return { id: res.id, symbol: res.symbol, number: res.number, body: res.body, context: ref.context, quote: ref.quote, note: ref.note, sources: [...ref.sources] };
    }),
    documents: [...(r.documents ?? [])],
    next: r.next === undefined ? undefined : nextOf(r.next),
    coverage: coverageOf(r),
    notes: (r.notes ?? []).map((n) => ({ text: n.text, sources: [...n.sources] })),
    sources: [...r.sources],
  };
}
