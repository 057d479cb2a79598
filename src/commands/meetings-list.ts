import type { Command } from 'commander';
import { listMeetings, meetingKinds } from '../query/meetings.js';
import { meetingsListTable } from '../render/tables/meetings.js';
import type { CommandModule } from './module.js';
import { columns } from '../render/columns.js';

export const meetingsList: CommandModule = {
  description: 'List every Astana-format meeting: rounds, presidential summits and ministerial meetings, in date order',
  examples: ['astana meetings list', 'astana meetings list --kind summit --format json'],
  register(cmd: Command, env) {
    cmd.option('--kind <kind>', `only this kind (${meetingKinds.join(', ')})`).action(async (opts: { kind?: string }, command: Command) => {
      await env.emit(command, listMeetings(await env.dataset(command), opts), { table: meetingsListTable, columns: columns.MeetingSummary });
    });
  },
};
