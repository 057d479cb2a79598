import type { Command } from 'commander';
import { datasetStats } from '../query/stats.js';
import { statsTable } from '../render/tables/stats.js';
import { kindOption } from './filters.js';
import type { CommandModule } from './module.js';
import { columns } from '../render/columns.js';

export const stats: CommandModule = {
  output: { type: 'DatasetStats', records: 'MeetingStats' },
  description: 'Coverage of the dataset: per meeting, which facts are known, unknown or disputed, and how many sources',
  examples: ['astana stats', 'astana stats --kind round', 'astana stats --format json'],
  register(cmd: Command, env) {
    kindOption(cmd, 'meetings').action(async (opts: { kind?: string }, command: Command) => {
      await env.emit(command, datasetStats(await env.dataset(command), { kind: opts.kind }), { table: statsTable, records: (s) => s.meetings, columns: columns.MeetingStats });
    });
  },
};
