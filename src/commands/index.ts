import { agendaDiff } from './agenda-diff.js';
import { agendaHistoryCommand } from './agenda-history.js';
import { attendanceCommand } from './attendance.js';
import { cite } from './cite.js';
import { completion } from './completion.js';
import { diff } from './diff.js';
import { exportCommand } from './export.js';
import { meetingsList } from './meetings-list.js';
import { meetingsShow } from './meetings-show.js';
import { reportCommand } from './report.js';
import type { CommandModule } from './module.js';
import { resolutionsList } from './resolutions-list.js';
import { resolutionsShow } from './resolutions-show.js';
import { roundsList } from './rounds-list.js';
import { roundsShow } from './rounds-show.js';
import { schema } from './schema.js';
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
  stats,
  cite,
  export: exportCommand,
  report: reportCommand,
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
};
