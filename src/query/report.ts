import type { Dataset, Meeting } from '../model/dataset.js';
import type { City, Metadata } from '../model/types.js';
import { attendanceAt, type AttendanceRole } from './attendance.js';
import { knowsAll } from './coverage.js';
import { dataHash, latestDate } from './data-version.js';
import { meetingDetail, type MeetingDetail } from './rounds-show.js';
import { datasetStats, type DatasetStats } from './stats.js';

export interface ReportMeeting extends MeetingDetail {
  readonly id: string;
  readonly kind: Meeting['kind'];
  readonly number: number;
  /** Whether the meeting's coverage lets the data say what is NOT on its agenda, or not cited. */
  readonly knowsAll: { readonly agenda: boolean; readonly resolutions: boolean };
}

/** A topic at a meeting: `absent` only where the meeting's agenda coverage is complete. */
export type TopicState = 'recorded' | 'absent' | 'unknown';

export interface ReportModel {
  readonly dataHash: string;
  /** The latest date the data states. */
  readonly asOf?: string;
  /** Every meeting, in date order. */
  readonly meetings: readonly ReportMeeting[];
  /** The cities' names today, by id: one legend entry for Astana and Nur-Sultan. */
  readonly cityNames: Readonly<Record<string, string>>;
  /** The cities meetings were held in, each once, in the order of the first meeting there. */
  readonly cities: readonly City[];
  /** What data/dataset.yaml says of the dataset, for the page's metadata; data of one's own may have none. */
  readonly metadata?: Metadata;
  /** Parties recorded at any meeting, in registry order; `cells` follow `meetings`. */
  readonly attendance: readonly { id: string; name: string; cells: AttendanceRole[] }[];
  /** Topics recorded at any meeting, in registry order; `cells` follow `meetings`. */
  readonly topics: readonly { id: string; label: string; cells: TopicState[] }[];
  readonly resolutions: readonly ReportResolution[];
  /** How much the data holds: `stats`' totals. */
  readonly totals: DatasetStats['totals'];
}

export interface ReportResolution {
  readonly id: string;
  readonly symbol: string;
  readonly subject: string;
  readonly url: string;
  readonly citations: readonly { meeting: string; context: string }[];
  /** Meetings that do not cite it although their resolution coverage is complete. */
  readonly notCitedAt: readonly string[];
  /** Meetings that do not cite it, but whose coverage leaves it open. */
  readonly unknownAt: readonly string[];
}

/** Everything the HTML report shows, computed from the dataset alone. */
export function reportModel(data: Dataset): ReportModel {
  const meetings = data.meetings.map((m): ReportMeeting => ({
    id: m.id,
    kind: m.kind,
    number: m.number,
    knowsAll: { agenda: knowsAll(m.body, 'agenda'), resolutions: knowsAll(m.body, 'resolutions') },
    ...meetingDetail(data, m.body),
  }));
  return {
    dataHash: dataHash(data),
    asOf: latestDate(data),
    meetings,
    cityNames: Object.fromEntries([...data.cities.values()].map((c) => [c.id, c.name])),
    cities: [...new Set(meetings.flatMap((m) => (m.cityId === undefined ? [] : [m.cityId])))].map((id) => data.cities.get(id)!),
    ...(data.metadata === undefined ? {} : { metadata: data.metadata }),
    attendance: [...data.parties.values()]
      .map((p) => ({ id: p.id, name: p.name, cells: data.meetings.map((m) => attendanceAt(data, m, p.id)) }))
      .filter((row) => row.cells.some((c) => c !== 'unknown' && c !== 'outside')),
    topics: [...data.topics.values()]
      .map((t) => ({ id: t.id, label: t.label, cells: meetings.map((m) => topicAt(m, t.id)) }))
      .filter((row) => row.cells.includes('recorded')),
    resolutions: [...data.resolutions.values()].map((r) => {
      const citations = meetings.flatMap((m) => m.resolutions.filter((c) => c.id === r.id).map((c) => ({ meeting: m.id, context: c.context })));
      const silent = meetings.filter((m) => !citations.some((c) => c.meeting === m.id));
      return {
        id: r.id,
        symbol: r.symbol,
        subject: r.subject,
        url: r.url,
        citations,
        notCitedAt: silent.filter((m) => m.knowsAll.resolutions).map((m) => m.id),
        unknownAt: silent.filter((m) => !m.knowsAll.resolutions).map((m) => m.id),
      };
    }),
    totals: datasetStats(data).totals,
  };
}

function topicAt(m: ReportMeeting, topic: string): TopicState {
  if (m.agenda.some((a) => a.topic === topic)) return 'recorded';
  return m.knowsAll.agenda ? 'absent' : 'unknown';
}
