import type { Command } from 'commander';
import { resolutionRecords, showResolution } from '../query/resolutions.js';
import { resolutionShowTable } from '../render/tables/resolutions.js';
import type { CommandModule } from './module.js';
import { columns } from '../render/columns.js';

export const resolutionsShow: CommandModule = {
  output: { type: 'ResolutionDetail', records: 'ResolutionRecord' },
  description: 'Show which meetings cite a resolution, in what context, with quotes and sources, and where it is unknown',
  examples: ['astana resolutions show 2254', "astana resolutions show 'S/RES/497(1981)' --format json"],
  register(cmd: Command, env) {
    cmd.argument('<resolution>', 'number (2254), UN symbol (S/RES/2254(2015)) or id (unsc-2254)').action(async (arg: string, _opts: unknown, command: Command) => {
      await env.emit(command, showResolution(await env.dataset(command), arg), { table: resolutionShowTable, records: resolutionRecords, columns: columns.ResolutionRecord });
    });
  },
};
