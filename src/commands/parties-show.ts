import type { Command } from 'commander';
import { headLabel } from '../query/heads.js';
import { showParty } from '../query/parties.js';
import { partyShowTable } from '../render/tables/parties.js';
import type { CommandModule } from './module.js';

export const partiesShow: CommandModule = {
  description: 'Show a party: kind, aliases, every meeting attended with its role, and the heads of its delegation over time',
  examples: ['astana parties show iran', 'astana parties show Turkey', "astana parties show 'Syrian opposition' --format json"],
  register(cmd: Command, env) {
    cmd.argument('<party>', 'id, name or alias (iran, Türkiye, Turkey)').action(async (arg: string, _opts: unknown, command: Command) => {
      await env.emit(command, showParty(await env.dataset(command), arg), {
        table: partyShowTable,
        // One record per meeting attended: what a spreadsheet of the party's record wants.
        rows: (p) => p.attended.map((a) => ({ party: p.id, meeting: a.meeting, start: a.start, role: a.role, head: headLabel(a.head), sources: a.sources.map((s) => s.url) })),
      });
    });
  },
};
