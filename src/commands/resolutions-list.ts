import type { Command } from 'commander';
import { listResolutions } from '../query/resolutions.js';
import { resolutionsListTable } from '../render/tables/resolutions.js';
import type { CommandModule } from './module.js';
import { columns } from '../render/columns.js';

export const resolutionsList: CommandModule = {
  description: 'List the UN resolutions named at the rounds, with the rounds that name each',
  examples: ['astana resolutions list', 'astana resolutions list --format json'],
  register(cmd: Command, env) {
    cmd.action(async (_opts: unknown, command: Command) => {
      await env.emit(command, listResolutions(await env.dataset(command)), { table: resolutionsListTable, columns: columns.ResolutionSummary });
    });
  },
};
