import { agendaDiff } from './agenda-diff.js';
import { attendanceCommand } from './attendance.js';
import type { CommandModule } from './module.js';
import { resolutionsList } from './resolutions-list.js';
import { resolutionsShow } from './resolutions-show.js';
import { roundsList } from './rounds-list.js';
import { roundsShow } from './rounds-show.js';
import { validate } from './validate.js';

/** Every command, by its words on the command line. A name not wired up here does not exist. */
export const commands = {
  'rounds list': roundsList,
  'rounds show': roundsShow,
  'agenda diff': agendaDiff,
  attendance: attendanceCommand,
  'resolutions list': resolutionsList,
  'resolutions show': resolutionsShow,
  validate,
} satisfies Record<string, CommandModule>;

export type CommandName = keyof typeof commands;

/** Descriptions of the command groups (the first word of a two-word command). */
export const groups: Record<string, string> = {
  rounds: 'List and show the numbered rounds',
  agenda: 'Compare agendas between rounds',
  resolutions: 'UN resolutions cited at the rounds',
};
