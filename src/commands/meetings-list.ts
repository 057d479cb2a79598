import type { Command } from 'commander';
import { listMeetings } from '../query/meetings.js';
import { meetingsListTable } from '../render/tables/meetings.js';
import { kindOption, meetingFilters, meetingOptions, type MeetingFlags } from './filters.js';
import type { CommandModule } from './module.js';
import { columns } from '../render/columns.js';

export const meetingsList: CommandModule = {
  output: { type: 'MeetingSummary', list: true, records: 'MeetingSummary' },
  description: 'List every Astana-format meeting: rounds, presidential summits and ministerial meetings, in date order',
  examples: ['astana meetings list', 'astana meetings list --city sochi', 'astana meetings list --year 2018 --kind summit', 'astana meetings list --party iran --topic idlib --format json'],
  register(cmd: Command, env) {
    meetingOptions(kindOption(cmd, 'meetings'), 'meetings').action(async (opts: MeetingFlags & { kind?: string }, command: Command) => {
      const result = listMeetings(await env.dataset(command), { ...meetingFilters(opts), kind: opts.kind });
      await env.emit(command, result, { table: meetingsListTable, columns: columns.MeetingSummary });
    });
  },
};
