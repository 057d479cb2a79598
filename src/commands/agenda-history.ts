import type { Command } from 'commander';
import { agendaHistory, topicHistoryRecords } from '../query/agenda-history.js';
import { agendaHistoryTable } from '../render/tables/agenda-history.js';
import type { CommandModule } from './module.js';
import { columns } from '../render/columns.js';

export const agendaHistoryCommand: CommandModule = {
  output: { type: 'TopicHistory', records: 'TopicHistoryRecord' },
  description: 'The rounds where a topic is on the agenda: first and last appearance, gaps, and where it is unknown',
  examples: ['astana agenda history idlib', 'astana agenda history constitutional-committee --format json'],
  register(cmd: Command, env) {
    cmd.argument('<topic>', "topic id or label (idlib, constitutional-committee); 'astana topics list' lists them").action(async (topic: string, _opts: unknown, command: Command) => {
      const data = await env.dataset(command);
      await env.emit(command, agendaHistory(data, topic), { table: agendaHistoryTable, records: (h) => topicHistoryRecords(h, data), columns: columns.TopicHistoryRecord });
    });
  },
};
