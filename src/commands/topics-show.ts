import type { Command } from 'commander';
import { showTopic, topicRecords } from '../query/topics.js';
import { columns } from '../render/columns.js';
import { topicShowTable } from '../render/tables/topics.js';
import type { CommandModule } from './module.js';

export const topicsShow: CommandModule = {
  output: { type: 'TopicDetail', records: 'TopicAppearanceRecord' },
  description: 'Show a topic: label, description, and every meeting that had it on the agenda, with the summary and sources',
  examples: ['astana topics show idlib', 'astana topics show golan --format json'],
  register(cmd: Command, env) {
    cmd.argument('<topic>', "topic id (see 'astana topics list')").action(async (arg: string, _opts: unknown, command: Command) => {
      await env.emit(command, showTopic(await env.dataset(command), arg), { table: topicShowTable, records: topicRecords, columns: columns.TopicAppearanceRecord });
    });
  },
};
