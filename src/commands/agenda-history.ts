import type { Command } from 'commander';
import { agendaHistory } from '../query/agenda-history.js';
import { agendaHistoryTable } from '../render/tables/agenda-history.js';
import type { CommandModule } from './module.js';

export const agendaHistoryCommand: CommandModule = {
  description: 'The rounds where a topic is on the agenda: first and last appearance, and the gaps',
  examples: ['astana agenda history idlib', 'astana agenda history constitutional-committee --format json'],
  register(cmd: Command, env) {
    cmd.argument('<topic>', "topic id from data/topics.yaml (see 'astana stats' or the README)").action(async (topic: string, _opts: unknown, command: Command) => {
      await env.emit(command, agendaHistory(await env.dataset(command), topic), { table: agendaHistoryTable, rows: (h) => h.appearances.map((a) => ({ topic: h.topic, ...a })) });
    });
  },
};
