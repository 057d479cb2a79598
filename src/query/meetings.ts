import { NotFoundError, UsageError } from '../errors.js';
import { meetingKinds, type Dataset, type Meeting } from '../model/dataset.js';
import { cityOf } from '../model/cities.js';
import { suggest } from '../text/suggest.js';
import { meetingMatcher, type MeetingFilters } from './filters.js';
import { resolveRound } from './resolve.js';
import { meetingDetail, type MeetingDetail } from './rounds-show.js';

export interface MeetingSummary {
  readonly id: string;
  readonly kind: Meeting['kind'];
  readonly number: number;
  readonly start: string;
  readonly end: string;
  /** The city by its name at the time. */
  readonly city: string;
  /** The city's id in data/cities.yaml, the same whatever it was called. */
  readonly cityId?: string;
}

export interface MeetingsListOptions extends MeetingFilters {
  readonly kind?: string;
}

export interface MeetingShow extends MeetingDetail {
  readonly id: string;
  readonly kind: Meeting['kind'];
  readonly number: number;
}

export function parseKind(value: string): Meeting['kind'] {
  const kind = meetingKinds.find((k) => k === value.toLowerCase().replace(/s$/, ''));
  if (kind) return kind;
  throw new UsageError(`unknown kind '${value}' (kinds: ${meetingKinds.join(', ')})`);
}

/** Every meeting of the format, of every kind, in date order. */
export function listMeetings(data: Dataset, options: MeetingsListOptions = {}): MeetingSummary[] {
  const kind = options.kind === undefined ? undefined : parseKind(options.kind);
  const matches = meetingMatcher(data, options);
  return data.meetings
    .filter((m) => (kind === undefined || m.kind === kind) && matches(m.body))
    .map((m) => {
      const { dates, city } = m.body;
      return { id: m.id, kind: m.kind, number: m.number, start: dates.start, end: dates.end, city: city.name, cityId: cityOf(data.cities, city.name)?.id };
    });
}

/** Accepts an id such as `summit-7`, and the short forms `r21`, `s7`, `m2`. */
export function resolveMeeting(data: Dataset, arg: string): Meeting {
  const text = arg.trim().toLowerCase();
  const short = /^([rsm])(\d+)$/.exec(text);
  const id = short ? `${{ r: 'round', s: 'summit', m: 'ministerial' }[short[1] as 'r' | 's' | 'm']}-${Number(short[2])}` : text;
  const meeting = data.meetingById.get(id);
  if (meeting) return meeting;
  const hint = suggest(text, data.meetingById.keys());
  throw new NotFoundError('meeting', arg, hint.length > 0 ? hint : [], 'astana meetings list');
}

/** A round number or `latest` means a round; anything else is a meeting id (summit-7, m2). */
export function resolveMeetingOrRound(data: Dataset, arg: string): Meeting {
  const text = arg.trim();
  // An unknown number gets the nearest round numbers, not ids that merely contain it.
  if (/^\d+$/.test(text)) return resolveMeeting(data, `round-${resolveRound(data, text).round}`);
  if (text === 'latest') return resolveMeeting(data, `round-${data.rounds.at(-1)?.round}`);
  return resolveMeeting(data, text);
}

export function showMeeting(data: Dataset, arg: string): MeetingShow {
  const m = resolveMeetingOrRound(data, arg);
  return { id: m.id, kind: m.kind, number: m.number, ...meetingDetail(data, m.body) };
}
