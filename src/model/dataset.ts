import { byCodeUnit } from '../text/compare.js';
import type { City, Delegation, MeetingFields, Metadata, Ministerial, Party, Person, Resolution, Round, Source, Summit, Topic } from './types.js';

export const meetingKinds = ['round', 'summit', 'ministerial'] as const;
/** The kinds of meeting, each in a folder of its own under data/. */
export type MeetingKind = (typeof meetingKinds)[number];
export const isMeetingKind = (kind: string): kind is MeetingKind => (meetingKinds as readonly string[]).includes(kind);

/** The roles a delegation can have, in the order tables list them: `satisfies` refuses a role the schema lacks. */
export const delegationRoles = ['guarantor', 'party', 'observer', 'host'] as const satisfies readonly Delegation['role'][];
// And a role the schema gains that the list lacks fails to compile here.
const everyRoleListed: [Exclude<Delegation['role'], (typeof delegationRoles)[number]>] extends [never] ? true : never = true;

/** What every kind of meeting has: the schemas give rounds, summits and ministerials these fields, stated once (common.schema.json). */
export type MeetingBody = MeetingFields;

/** A meeting of any kind, with a stable id such as `round-21`, `summit-7` or `ministerial-2`. */
export interface Meeting {
  readonly id: string;
  readonly kind: MeetingKind;
  readonly number: number;
  readonly body: MeetingBody;
}

/** The validated dataset, indexed for queries. Read-only once built. */
export interface Dataset {
  /** Sorted by round number. */
  readonly rounds: readonly Round[];
  readonly roundByNumber: ReadonlyMap<number, Round>;
  /** Every meeting of every kind, sorted by start date. */
  readonly meetings: readonly Meeting[];
  readonly meetingById: ReadonlyMap<string, Meeting>;
  readonly parties: ReadonlyMap<string, Party>;
  /** The pages data/parties.yaml cites for the parties' ids and participation, by id. */
  readonly partySources: ReadonlyMap<string, Source>;
  readonly people: ReadonlyMap<string, Person>;
  readonly topics: ReadonlyMap<string, Topic>;
  readonly resolutions: ReadonlyMap<string, Resolution>;
  /** Look a meeting's city up with `cityOf` (model/cities.ts): meetings give names, not ids. */
  readonly cities: ReadonlyMap<string, City>;
  /** What data/dataset.yaml says of the dataset: title, version, licence. Data of one's own may have none. */
  readonly metadata?: Metadata;
}

export interface RawData {
  readonly rounds: readonly Round[];
  readonly summits?: readonly Summit[];
  readonly ministerials?: readonly Ministerial[];
  readonly parties: readonly Party[];
  readonly partySources?: readonly Source[];
  readonly people: readonly Person[];
  readonly topics: readonly Topic[];
  readonly resolutions: readonly Resolution[];
  readonly cities: readonly City[];
  readonly metadata?: Metadata;
}

function index<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

export function meetingId(kind: MeetingKind, number: number): string {
  return `${kind}-${number}`;
}

export function buildDataset(raw: RawData): Dataset {
  const rounds = [...raw.rounds].sort((a, b) => a.round - b.round);
  const meeting = (kind: MeetingKind, number: number, body: MeetingBody): Meeting => ({ id: meetingId(kind, number), kind, number, body });
  const meetings = [
    ...rounds.map((r) => meeting('round', r.round, r)),
    ...(raw.summits ?? []).map((s) => meeting('summit', s.summit, s)),
    ...(raw.ministerials ?? []).map((m) => meeting('ministerial', m.ministerial, m)),
  ].sort((a, b) => byCodeUnit(a.body.dates.start, b.body.dates.start) || byCodeUnit(a.id, b.id));
  return Object.freeze({
    rounds,
    roundByNumber: new Map(rounds.map((r) => [r.round, r])),
    meetings,
    meetingById: new Map(meetings.map((m) => [m.id, m])),
    parties: index(raw.parties),
    partySources: index(raw.partySources ?? []),
    people: index(raw.people),
    topics: index(raw.topics),
    resolutions: index(raw.resolutions),
    cities: index(raw.cities),
    ...(raw.metadata === undefined ? {} : { metadata: raw.metadata }),
  });
}
