import type { Command } from 'commander';
import { headshipRecords, showPerson } from '../query/people.js';
import { columns } from '../render/columns.js';
import { personShowTable } from '../render/tables/people.js';
import type { CommandModule } from './module.js';

export const peopleShow: CommandModule = {
  output: { type: 'PersonDetail', records: 'HeadshipRecord' },
  description: 'Show a person: names and aliases, and every meeting at which they headed a delegation, with titles and sources',
  examples: ['astana people show khaji', "astana people show 'Ali Asghar Haji'", 'astana people show lavrentiev --format json'],
  register(cmd: Command, env) {
    cmd.argument('<person>', 'id, name, a spelling the sources use, or a surname that picks out one person').action(async (arg: string, _opts: unknown, command: Command) => {
      await env.emit(command, showPerson(await env.dataset(command), arg), { table: personShowTable, records: headshipRecords, columns: columns.HeadshipRecord });
    });
  },
};
