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
      // Line formats print one record per meeting of the party's record: what a spreadsheet wants.
      await env.emit(command, showParty(await env.dataset(command), arg), { table: partyShowTable, records: partyRecords, columns: columns.PartyRecord });
    });
  },
};
