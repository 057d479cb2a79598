// The result and record types of every command's output: scripts/gen-output-schemas.mjs turns
// them into the JSON Schemas under schemas/output/, the contract scripts rely on.
export type { AgendaDiff, AgendaDiffRecord } from './query/agenda-diff.js';
export type { TopicHistory, TopicHistoryRecord } from './query/agenda-history.js';
export type { AttendanceRecord } from './query/attendance.js';
export type { CitedSource } from './query/cite.js';
export type { ExportedFile, ExportSummary } from './export/summary.js';
export type { DiffRecord, MeetingDiff } from './query/meeting-diff.js';
export type { MeetingRecord } from './query/meeting-records.js';
export type { MeetingShow, MeetingSummary } from './query/meetings.js';
export type { ResolutionDetail, ResolutionRecord, ResolutionSummary } from './query/resolutions.js';
export type { RoundDetail } from './query/rounds-show.js';
export type { RoundSummary } from './query/rounds-list.js';
export type { DatasetStats, MeetingStats } from './query/stats.js';
export type { DiagnosticJson } from './render/validate.js';
export type { SearchHit } from './query/search.js';
export type { SearchRecord } from './query/search-records.js';
export type { PartyDetail, PartyRecord, PartySummary } from './query/parties.js';
export type { HeadshipRecord, PersonDetail, PersonSummary } from './query/people.js';
export type { TopicAppearanceRecord, TopicDetail, TopicSummary } from './query/topics.js';
export type { SourceRecord, SourcesOutput } from './query/sources.js';
