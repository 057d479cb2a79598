import type { Command } from 'commander';
import { listResolutions } from '../query/resolutions.js';
import { listSorts } from '../query/usage.js';
import { resolutionsListTable } from '../render/tables/resolutions.js';
import type { CommandModule } from './module.js';
import { columns } from '../render/columns.js';

export const resolutionsList: CommandModule = {
  output: { type: 'ResolutionSummary', list: true, records: 'ResolutionSummary' },
  description: 'List the UN resolutions named at the rounds, with the rounds that name each',
  examples: ['astana resolutions list', 'astana resolutions list --sort count', 'astana resolutions list --format json'],
  register(cmd: Command, env) {
    cmd.option('--sort <order>', `${listSorts.join(', ')} (registry: by body and number; count: most meetings first)`).action(async (opts: { sort?: string }, command: Command) => {
      await env.emit(command, listResolutions(await env.dataset(command), opts), { table: resolutionsListTable, columns: columns.ResolutionSummary });
    });
  },
};
