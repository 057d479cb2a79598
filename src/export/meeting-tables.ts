import { meetingKinds } from '../model/dataset.js';
import { fk, type TableDefs } from './table-def.js';
import type { FieldDef } from './table-schema.js';

const C = 'common.schema.json#/definitions';
const S = 'summit.schema.json#/properties';
const M = `${C}/meeting/properties`;

const rowId = (example: string): FieldDef => ({ name: 'id', type: 'string', required: true, description: `This row's id, made of the meeting id and the item's place in the meeting's file, e.g. ${example}; claim_sources.row refers to it.` });
const meeting: FieldDef = { name: 'meeting', type: 'string', required: true, description: 'Id of the meeting (meetings.id).' };
const toMeeting = fk('meeting', 'meetings');

type MeetingTable = 'meetings' | 'participation' | 'head_claims' | 'agenda_items' | 'resolution_citations' | 'documents' | 'next_meetings' | 'notes' | 'sources' | 'claim_sources';

/** The tables of what happened at meetings, each fact with its sources in claim_sources. */
export const meetingTables: TableDefs<MeetingTable> = {
  meetings: {
    title: 'Meetings',
    row: 'meeting',
    description: 'Every meeting of the format: the numbered rounds, the presidential summits and the foreign ministers\' meetings, in date order.',
    fields: [
      { name: 'id', type: 'string', required: true, description: 'The meeting\'s id: round-21, summit-7, ministerial-2.' },
      { name: 'kind', type: 'string', required: true, enum: meetingKinds, description: 'round, summit or ministerial.' },
      { name: 'number', from: `${S}/summit`, description: 'The meeting\'s number within its kind, 1 for the first.' },
      { name: 'start', from: `${C}/dates/properties/start`, description: 'First day, YYYY-MM-DD.' },
      { name: 'end', from: `${C}/dates/properties/end`, description: 'Last day, YYYY-MM-DD.' },
      { name: 'city', from: `${M}/city/properties/name`, required: true, description: 'The city by the name it had at the time, as the sources give it.' },
      { name: 'city_id', type: 'string', required: true, description: 'The city\'s id (cities.id), the same whatever it was called at the time.' },
      { name: 'venue', from: `${M}/city/properties/venue`, description: 'Where in the city (a hotel, a palace), where a source names it.' },
      { name: 'agenda_coverage', from: `${C}/coverage/properties/agenda` },
      { name: 'resolutions_coverage', from: `${C}/coverage/properties/resolutions` },
      { name: 'coverage_note', from: `${C}/coverage/properties/note`, description: 'What the coverage columns rest on: which documents were read, and how much of them.' },
    ],
    primaryKey: ['id'],
    foreignKeys: [fk('city_id', 'cities')],
  },
  participation: {
    title: 'Participation',
    row: 'party the data records at a meeting: a delegation, or an absence',
    description: 'One row per party the data records at a meeting: a delegation with its role, or an absence (role "absent"). A party with no row is unknown, not absent.',
    fields: [
      rowId('round-21/turkey'),
      meeting,
      { name: 'party', from: `${C}/delegation/properties/party` },
      { name: 'role', from: `${C}/delegation/properties/role`, extraEnum: ['absent'], required: true, description: 'The part the party played at the meeting, or "absent" for a recorded absence.' },
      { name: 'head_person', from: `${C}/headClaim/properties/person`, required: false, description: 'Who led the delegation (people.id), where the sources agree on the person; empty when unknown or disputed.' },
      { name: 'head_title', from: `${C}/headClaim/properties/title`, required: false, description: 'The head\'s title, where the sources agree on it; or the post alone, where they give no name (head_person empty).' },
      { name: 'head_disputed', type: 'boolean', required: true, description: 'True when sources name different people as head; every account is in head_claims.' },
      { name: 'note', from: `${C}/delegation/properties/note`, description: 'What else the sources say of the delegation.' },
      { name: 'absent_reason', from: `${C}/absentee/properties/reason`, description: 'Why the party stayed away, for role "absent".' },
    ],
    primaryKey: ['id'],
    foreignKeys: [toMeeting, fk('party', 'parties'), fk('head_person', 'people')],
  },
  head_claims: {
    title: 'Head claims',
    row: 'account of who led a delegation',
    description: 'Every account of who led a delegation, each with its own sources: one row for an agreed head, several for a disputed one, one with an empty person for a head known only by the post.',
    fields: [
      rowId('round-22/turkey/head/1'),
      { name: 'participation', type: 'string', required: true, description: 'The delegation (participation.id).' },
      meeting,
      { name: 'person', from: `${C}/headClaim/properties/person`, required: false, description: 'Who led the delegation (people.id); empty where the sources give only the post.' },
      { name: 'title', from: `${C}/headClaim/properties/title` },
      { name: 'note', from: `${C}/headClaim/properties/note`, description: 'What the source says of the head, or how it was read.' },
    ],
    primaryKey: ['id'],
    foreignKeys: [fk('participation', 'participation'), toMeeting, fk('person', 'people')],
  },
  agenda_items: {
    title: 'Agenda items',
    row: "topic recorded on a meeting's agenda",
    description: 'Topics recorded on a meeting\'s agenda. A topic not recorded is unknown unless meetings.agenda_coverage is complete.',
    fields: [rowId('round-21/agenda/3'), meeting, { name: 'topic', from: `${C}/agendaItem/properties/topic` }, { name: 'summary', from: `${C}/agendaItem/properties/summary`, description: 'What was said of the topic, in a line.' }],
    primaryKey: ['id'],
    foreignKeys: [toMeeting, fk('topic', 'topics')],
  },
  resolution_citations: {
    title: 'Resolution citations',
    row: 'UN resolution named at a meeting',
    description: 'UN resolutions named at a meeting. One not recorded is unknown unless meetings.resolutions_coverage is complete.',
    fields: [
      rowId('round-21/resolutions/1'),
      meeting,
      { name: 'resolution', from: `${C}/resolutionRef/properties/resolution` },
      { name: 'context', from: `${C}/resolutionRef/properties/context` },
      { name: 'quote', from: `${C}/resolutionRef/properties/quote`, description: 'The words of the statement, as the source gives them.' },
      { name: 'note', from: `${C}/resolutionRef/properties/note`, description: 'How the source names or cites the resolution, where worth saying.' },
    ],
    primaryKey: ['id'],
    foreignKeys: [toMeeting, fk('resolution', 'resolutions')],
  },
  documents: {
    title: 'Documents',
    row: 'document a meeting adopted',
    description: 'Documents a meeting adopted.',
    fields: [
      rowId('round-21/documents/1'),
      meeting,
      { name: 'title', from: `${C}/document/properties/title`, description: 'The document\'s title, as published or as the sources describe it.' },
      { name: 'kind', from: `${C}/document/properties/kind`, description: 'What sort of document it is.' },
      { name: 'date', from: `${C}/document/properties/date` },
      { name: 'note', from: `${C}/document/properties/note`, description: 'Who endorsed it, where it was published, what is uncertain.' },
    ],
    primaryKey: ['id'],
    foreignKeys: [toMeeting],
  },
  next_meetings: {
    title: 'Next meetings',
    row: 'account of the next meeting agreed at a meeting',
    description: 'The next meeting the participants agreed on, as each source reports it: several rows for a meeting when sources disagree.',
    fields: [
      rowId('round-22/next/1'),
      meeting,
      { name: 'summary', from: `${C}/nextClaim/properties/summary`, description: 'What was agreed about the next meeting, in a line.' },
      { name: 'city', from: `${C}/nextClaim/properties/city`, description: 'Where it was to be held, as the source names it.' },
      { name: 'period', from: `${C}/nextClaim/properties/period` },
      { name: 'disputed', type: 'boolean', required: true, description: 'True when sources disagree; every version has its own row.' },
    ],
    primaryKey: ['id'],
    foreignKeys: [toMeeting],
  },
  notes: {
    title: 'Notes',
    row: 'sourced note about a meeting',
    description: 'Sourced facts about a meeting that fit no other table.',
    fields: [rowId('round-21/notes/1'), meeting, { name: 'text', from: `${C}/note/properties/text`, description: 'The fact, in a sentence or two.' }],
    primaryKey: ['id'],
    foreignKeys: [toMeeting],
  },
  sources: {
    title: 'Sources',
    row: 'public page a meeting cites',
    description: 'The public pages each meeting cites. Source ids are unique within a meeting.',
    fields: [
      meeting,
      { name: 'id', from: `${C}/source/properties/id` },
      { name: 'url', from: `${C}/source/properties/url` },
      { name: 'publisher', from: `${C}/source/properties/publisher`, description: 'Who published the page.' },
      { name: 'title', from: `${C}/source/properties/title`, description: 'The page\'s title; in square brackets, a description supplied by the dataset.' },
      { name: 'date', from: `${C}/source/properties/date`, description: 'Publication date, where the page states one.' },
      { name: 'language', from: `${C}/source/properties/language` },
      { name: 'note', from: `${C}/source/properties/note`, description: 'What to know about the page: a date read from its address, a translation.' },
    ],
    primaryKey: ['meeting', 'id'],
    foreignKeys: [toMeeting],
  },
  claim_sources: {
    title: 'Claim sources',
    row: 'fact and a source that supports it',
    description: 'Which row of which table each source supports: one row per fact and source.',
    fields: [
      { name: 'table', type: 'string', required: true, description: 'The table that holds the fact.' },
      { name: 'row', type: 'string', required: true, description: 'The id of the row in that table.' },
      { name: 'field', type: 'string', required: true, description: 'What the source supports: "row" for the whole row; for meetings "dates", "city" or "coverage" (the documents read for the coverage).' },
      meeting,
      { name: 'source', type: 'string', required: true, description: 'The source\'s id within the meeting (sources.id).' },
    ],
    primaryKey: ['table', 'row', 'field', 'source'],
    foreignKeys: [toMeeting, fk(['meeting', 'source'], 'sources', ['meeting', 'id'])],
  },
};
