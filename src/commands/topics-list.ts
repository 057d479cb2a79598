import type { Command } from 'commander';
import { listTopics } from '../query/topics.js';
import { listSorts } from '../query/usage.js';
import { topicsListTable } from '../render/tables/topics.js';
import type { CommandModule } from './module.js';
import { columns } from '../render/columns.js';

export const topicsList: CommandModule = {
  output: { type: 'TopicSummary', list: true, records: 'TopicSummary' },
  description: 'List the agenda topics: label, how many meetings had each on the agenda, first and last',
  examples: ['astana topics list', 'astana topics list --sort count', 'astana topics list --format json'],
  register(cmd: Command, env) {
    cmd.option('--sort <order>', `${listSorts.join(', ')} (count: the topics that come up most first)`).action(async (opts: { sort?: string }, command: Command) => {
      await env.emit(command, listTopics(await env.dataset(command), opts), { table: topicsListTable, columns: columns.TopicSummary });
    });
  },
};
