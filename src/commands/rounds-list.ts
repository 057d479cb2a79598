import type { Command } from 'commander';
import { listRounds } from '../query/rounds-list.js';
import { roundsListTable } from '../render/tables/rounds-list.js';
import { meetingFilters, meetingOptions, type MeetingFlags } from './filters.js';
import type { CommandModule } from './module.js';
import { columns } from '../render/columns.js';

export const roundsList: CommandModule = {
  output: { type: 'RoundSummary', list: true, records: 'RoundSummary' },
  description: 'List the rounds, oldest first, optionally filtered',
  examples: ['astana rounds list', 'astana rounds list --year 2019', 'astana rounds list --from 2023 --party un', 'astana rounds list --city nur-sultan', 'astana rounds list --topic idlib --format json'],
  register(cmd: Command, env) {
    meetingOptions(cmd, 'rounds').action(async (opts: MeetingFlags, command: Command) => {
      const result = listRounds(await env.dataset(command), meetingFilters(opts));
      await env.emit(command, result, { table: roundsListTable, columns: columns.RoundSummary });
    });
  },
};
