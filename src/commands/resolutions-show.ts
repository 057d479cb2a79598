import type { Command } from 'commander';
import { showResolution } from '../query/resolutions.js';
import { resolutionShowTable } from '../render/tables/resolutions.js';
import type { CommandModule } from './module.js';

export const resolutionsShow: CommandModule = {
  description: 'Show which rounds cite a resolution, in what context, with quotes and sources',
  examples: ['astana resolutions show 2254', "astana resolutions show 'S/RES/497(1981)' --format json"],
  register(cmd: Command, env) {
    cmd.argument('<resolution>', 'number (2254), UN symbol (S/RES/2254(2015)) or id (unsc-2254)').action(async (arg: string, _opts: unknown, command: Command) => {
      await env.emit(command, showResolution(await env.dataset(command), arg), {
        table: resolutionShowTable,
        rows: (r) => [
          ...r.citations.map((c) => ({ meeting: `round-${c.round}`, context: c.context, quote: c.quote, sources: c.sources.map((s) => s.url) })),
          ...r.otherCitations.map((c) => ({ meeting: c.meeting, context: c.context, quote: c.quote, sources: c.sources.map((s) => s.url) })),
        ],
      });
    });
  },
};
