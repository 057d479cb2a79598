import type { Command } from 'commander';
import { attendance, attendanceRoles } from '../query/attendance.js';
import { attendanceTable } from '../render/tables/attendance.js';
import type { CommandModule } from './module.js';
import { columns } from '../render/columns.js';

export const attendanceCommand: CommandModule = {
  description: 'Who attended which round: a party × round matrix (JSON: one record per party and round)',
  examples: ['astana attendance', 'astana attendance --party usa', 'astana attendance --role observer --format json'],
  register(cmd: Command, env) {
    cmd
      .option('--party <id>', 'only this party (id, name or alias)')
      .option('--role <role>', `only this role (${attendanceRoles.join(', ')})`)
      .action(async (opts: { party?: string; role?: string }, command: Command) => {
        await env.emit(command, attendance(await env.dataset(command), opts), { table: attendanceTable, columns: columns.AttendanceRecord });
      });
  },
};
