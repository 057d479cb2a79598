import type { Command } from 'commander';
import { period } from '../query/period.js';
import { listRounds } from '../query/rounds-list.js';
import { roundsListTable } from '../render/tables/rounds-list.js';
import type { CommandModule } from './module.js';
import { columns } from '../render/columns.js';

interface Options {
  from?: string;
  to?: string;
  city?: string;
  party?: string;
  topic?: string;
}

export const roundsList: CommandModule = {
  description: 'List the rounds, oldest first, optionally filtered',
  examples: ['astana rounds list', 'astana rounds list --from 2023 --party un', 'astana rounds list --topic idlib --format json'],
  register(cmd: Command, env) {
    cmd
      .option('--from <date>', 'rounds ending on or after this date (YYYY-MM-DD, YYYY-MM or YYYY)')
      .option('--to <date>', 'rounds starting on or before this date')
      .option('--city <name>', 'rounds held in this city, by its name at the time (Astana, Nur-Sultan, Sochi)')
      .option('--party <id>', 'rounds where this party had a delegation (id, name or alias)')
      .option('--topic <id>', 'rounds with this topic on the agenda')
      .action(async (opts: Options, command: Command) => {
        const data = await env.dataset(command);
        const result = listRounds(data, {
          ...period(opts.from, opts.to),
          city: opts.city,
          party: opts.party,
          topic: opts.topic,
        });
        await env.emit(command, result, { table: roundsListTable, columns: columns.RoundSummary });
      });
  },
};
