// The data types come from the JSON Schemas (see scripts/gen-types.mjs); this module only names them.
export type {
  Round,
  Summit,
  Ministerial,
  Note,
  Coverage,
  Delegation,
  HeadClaim,
  HeadPost,
  DisputedHead,
  Absentee,
  AgendaItem,
  ResolutionRef,
  AdoptedDocument,
  NextMeetingClaim,
  DisputedNextMeeting,
  Source,
  PartiesFile,
  PeopleFile,
  TopicsFile,
  ResolutionsFile,
  CitiesFile,
  DatasetFile as Metadata,
  MeetingFields,
  MeetingIds,
  PartyIds,
  Participation,
} from './schema-types.js';

import type { CitiesFile, PartiesFile, PeopleFile, ResolutionsFile, TopicsFile } from './schema-types.js';

export type Party = PartiesFile['parties'][number];
export type Person = PeopleFile['people'][number];
export type Topic = TopicsFile['topics'][number];
export type Resolution = ResolutionsFile['resolutions'][number];
export type City = CitiesFile['cities'][number];
