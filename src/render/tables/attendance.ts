import type { AttendanceRecord } from '../../query/attendance.js';
import type { RenderContext } from '../context.js';
import { table } from '../table.js';

const letters: Record<AttendanceRecord['role'], string> = { guarantor: 'G', party: 'P', observer: 'O', host: 'H', absent: 'A' };

/** A party × round matrix; the JSON stays in long form, one record per party and round. */
export function attendanceTable(records: readonly AttendanceRecord[], ctx: RenderContext): string {
  if (records.length === 0) return 'No attendance records match.\n';
  const rounds = [...new Set(records.map((r) => r.round))].sort((a, b) => a - b);
  const parties = [...new Set(records.map((r) => r.party))];
  const cell = new Map(records.map((r) => [`${r.party}#${r.round}`, r.role]));
  const paint = (role: AttendanceRecord['role'] | undefined): string => {
    if (role === undefined) return ctx.chalk.dim('·');
    return role === 'absent' ? ctx.chalk.red(letters[role]) : letters[role];
  };
  const rows = parties.map((p) => [p, ...rounds.map((n) => paint(cell.get(`${p}#${n}`)))]);
  const legend = 'G guarantor · P party · O observer · H host · A absent · \u00b7 unknown\n';
  return table(ctx, ['Party', ...rounds.map(String)], rows, { compact: true }) + legend;
}
