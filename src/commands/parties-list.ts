import type { Command } from 'commander';
import { listParties } from '../query/parties.js';
import { listSorts } from '../query/usage.js';
import { partiesListTable } from '../render/tables/parties.js';
import type { CommandModule } from './module.js';
import { columns } from '../render/columns.js';

export const partiesList: CommandModule = {
  output: { type: 'PartySummary', list: true, records: 'PartySummary' },
  description: 'List the parties: states, sides and organisations, with the meetings each attended',
  examples: ['astana parties list', 'astana parties list --sort count', 'astana parties list --format json'],
  register(cmd: Command, env) {
    cmd.option('--sort <order>', `${listSorts.join(', ')} (registry: as data/parties.yaml lists them; count: most meetings first)`).action(async (opts: { sort?: string }, command: Command) => {
      await env.emit(command, listParties(await env.dataset(command), opts), { table: partiesListTable, columns: columns.PartySummary });
    });
  },
};
