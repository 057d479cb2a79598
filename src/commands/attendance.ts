import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { attendanceMatrix, attendanceRecords, attendanceRoles, wideAttendance, type AttendanceOptions } from '../query/attendance.js';
import { attendanceTable } from '../render/tables/attendance.js';
import type { CommandModule } from './module.js';
import { columns } from '../render/columns.js';
import { recordFormats } from '../render/output.js';

// The wide form is records for the record formats; JSON keeps its documented long form.
const wideFormats = ['table', ...recordFormats];

export const attendanceCommand: CommandModule = {
  output: { type: 'AttendanceRecord', list: true, records: 'AttendanceRecord' },
  description: 'Who attended which round: a party × round matrix (JSON: one record per party and round)',
  examples: ['astana attendance', 'astana attendance --party usa', 'astana attendance --role observer --format json', 'astana attendance --role unknown', 'astana attendance --wide --format csv > attendance.csv'],
  register(cmd: Command, env) {
    cmd
      .option('--party <id>', 'only this party (id, name or alias)')
      .option('--role <role>', `only records of this role (${attendanceRoles.join(', ')})`)
      .option('--wide', 'for csv and tsv: one record per party, a column per round (as the table shows it)')
      .action(async (opts: AttendanceOptions & { wide?: boolean }, command: Command) => {
        if (opts.wide && !wideFormats.includes(env.format(command))) {
          throw new UsageError(`--wide is for ${wideFormats.join(', ')}; JSON and YAML keep one record per party and round`);
        }
        const matrix = attendanceMatrix(await env.dataset(command), opts);
        await env.emit(command, matrix, {
          table: attendanceTable,
          json: attendanceRecords,
          ...(opts.wide ? { records: wideAttendance } : { records: attendanceRecords, columns: columns.AttendanceRecord }),
        });
      });
  },
};
