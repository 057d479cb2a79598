import { agendaDiff } from './agenda-diff.js';
import { agendaHistoryCommand } from './agenda-history.js';
import { attendanceCommand } from './attendance.js';
import { changesCommand } from './changes.js';
import { cite } from './cite.js';
import { completion } from './completion.js';
import { diff } from './diff.js';
import { exportCommand } from './export.js';
import { mcpCommand } from './mcp.js';
import { meetingsList } from './meetings-list.js';
import { meetingsShow } from './meetings-show.js';
import { reportCommand } from './report.js';
import type { CommandModule } from './module.js';
import { resolutionsList } from './resolutions-list.js';
import { resolutionsShow } from './resolutions-show.js';
import { roundsList } from './rounds-list.js';
import { roundsShow } from './rounds-show.js';
import { partiesList } from './parties-list.js';
import { partiesShow } from './parties-show.js';
import { peopleList } from './people-list.js';
import { peopleShow } from './people-show.js';
import { schema } from './schema.js';
import { sourcesCommand } from './sources.js';
import { topicsList } from './topics-list.js';
import { topicsShow } from './topics-show.js';
import { searchCommand } from './search.js';
import { stats } from './stats.js';
import { validate } from './validate.js';

/** Every command, by its words on the command line. A name not wired up here does not exist. */
export const commands = {
  'rounds list': roundsList,
  'rounds show': roundsShow,
  'meetings list': meetingsList,
  'meetings show': meetingsShow,
  'agenda diff': agendaDiff,
  'agenda history': agendaHistoryCommand,
  diff,
  attendance: attendanceCommand,
  'resolutions list': resolutionsList,
  'resolutions show': resolutionsShow,
  'parties list': partiesList,
  'parties show': partiesShow,
  'people list': peopleList,
  'people show': peopleShow,
  'topics list': topicsList,
  'topics show': topicsShow,
  sources: sourcesCommand,
  search: searchCommand,
  stats,
  changes: changesCommand,
  cite,
  export: exportCommand,
  report: reportCommand,
  mcp: mcpCommand,
  validate,
  schema,
  completion,
} satisfies Record<string, CommandModule>;

/** Descriptions of the command groups (the first word of a two-word command). */
export const groups: Record<string, string> = {
  rounds: 'List and show the numbered rounds',
  meetings: 'All meetings of the format: rounds, summits and ministerial meetings',
  agenda: 'Agenda topics across rounds',
  resolutions: 'UN resolutions cited at the rounds',
  parties: 'The states, sides and organisations that take part',
  people: 'The people who headed delegations',
  topics: 'The agenda topics',
};
