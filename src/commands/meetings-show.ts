import type { Command } from 'commander';
import { showMeeting } from '../query/meetings.js';
import { meetingShowTable } from '../render/tables/rounds-show.js';
import type { CommandModule } from './module.js';
import { delegationRows } from './rounds-show.js';

export const meetingsShow: CommandModule = {
  description: 'Show one meeting of any kind in full',
  examples: ['astana meetings show summit-7', 'astana meetings show ministerial-2 --format json', 'astana meetings show r21'],
  register(cmd: Command, env) {
    cmd.argument('<id>', 'meeting id: round-21, summit-7, ministerial-2 (or r21, s7, m2)').action(async (id: string, _opts: unknown, command: Command) => {
      await env.emit(command, showMeeting(await env.dataset(command), id), { table: meetingShowTable, rows: (m) => delegationRows(m.id, m) });
    });
  },
};
