import type { Command } from 'commander';
import { showRound } from '../query/rounds-show.js';
import { roundShowTable } from '../render/tables/rounds-show.js';
import type { CommandModule } from './module.js';

export const roundsShow: CommandModule = {
  description: 'Show one round: dates, city, delegations and heads, agenda, resolutions, sources',
  examples: ['astana rounds show 21', 'astana rounds show latest --format json'],
  register(cmd: Command, env) {
    cmd.argument('<round>', "round number, or 'latest'").action(async (round: string, _opts: unknown, command: Command) => {
      await env.emit(command, showRound(await env.dataset(command), round), roundShowTable);
    });
  },
};
