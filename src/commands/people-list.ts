import type { Command } from 'commander';
import { listPeople } from '../query/people.js';
import { listSorts } from '../query/usage.js';
import { peopleListTable } from '../render/tables/people.js';
import type { CommandModule } from './module.js';
import { columns } from '../render/columns.js';

export const peopleList: CommandModule = {
  output: { type: 'PersonSummary', list: true, records: 'PersonSummary' },
  description: 'List the people who headed delegations, with their parties and meetings',
  examples: ['astana people list', 'astana people list --party iran', 'astana people list --sort count --format json'],
  register(cmd: Command, env) {
    cmd
      .option('--party <id>', 'only people who headed this party’s delegation (id, name or alias)')
      .option('--sort <order>', `${listSorts.join(', ')} (count: most meetings first)`)
      .action(async (opts: { party?: string; sort?: string }, command: Command) => {
        await env.emit(command, listPeople(await env.dataset(command), opts), { table: peopleListTable, columns: columns.PersonSummary });
      });
  },
};
