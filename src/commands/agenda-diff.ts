import type { Command } from 'commander';
import { diffAgenda } from '../query/agenda-diff.js';
import { agendaDiffTable } from '../render/tables/agenda-diff.js';
import type { CommandModule } from './module.js';

export const agendaDiff: CommandModule = {
  description: 'Compare the agendas of two rounds: topics added, removed and kept',
  examples: ['astana agenda diff 20 21', 'astana agenda diff 19 latest --format json'],
  register(cmd: Command, env) {
    cmd
      .argument('<a>', "the earlier round (number or 'latest')")
      .argument('<b>', "the later round (number or 'latest')")
      .action(async (a: string, b: string, _opts: unknown, command: Command) => {
        await env.emit(command, diffAgenda(await env.dataset(command), a, b), agendaDiffTable);
      });
  },
};
