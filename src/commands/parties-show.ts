import type { Command } from 'commander';
import { partyRecords, showParty } from '../query/parties.js';
import { columns } from '../render/columns.js';
import { partyShowTable } from '../render/tables/parties.js';
import type { CommandModule } from './module.js';

export const partiesShow: CommandModule = {
  output: { type: 'PartyDetail', records: 'PartyRecord' },
  description: 'Show a party: kind, aliases, every meeting attended with its role, and the heads of its delegation over time',
  examples: ['astana parties show iran', 'astana parties show Turkey', "astana parties show 'Syrian opposition' --format json"],
  register(cmd: Command, env) {
    cmd.argument('<party>', 'id, name or alias (iran, Türkiye, Turkey)').action(async (arg: string, _opts: unknown, command: Command) => {
      // Line formats print one record per meeting of the data: what a spreadsheet wants.
      const data = await env.dataset(command);
      await env.emit(command, showParty(data, arg), { table: partyShowTable, records: (p) => partyRecords(p, data), columns: columns.PartyRecord });
    });
  },
};
