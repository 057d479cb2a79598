import type { AttendanceRecord } from '../../query/attendance.js';
import type { RenderContext } from '../context.js';
import { paragraph } from '../table.js';

const letters: Record<AttendanceRecord['role'], string> = { guarantor: 'G', party: 'P', observer: 'O', host: 'H', absent: 'A' };

/**
 * A party × round matrix of one-character cells, with the round numbers written downwards
 * (tens above units) so 22 rounds take 44 columns. Rounds that do not fit the width go into
 * further blocks. The JSON stays in long form, one record per party and round.
 */
export function attendanceTable(records: readonly AttendanceRecord[], ctx: RenderContext): string {
  if (records.length === 0) return 'No attendance records match.\n';
  const rounds = [...new Set(records.map((r) => r.round))].sort((a, b) => a - b);
  const parties = [...new Set(records.map((r) => r.party))];
  const cell = new Map(records.map((r) => [`${r.party}#${r.round}`, r.role]));
  const paint = (role: AttendanceRecord['role'] | undefined): string => {
    if (role === undefined) return ctx.chalk.dim('·');
    return role === 'absent' ? ctx.chalk.red(letters[role]) : letters[role];
  };
  const label = Math.max('Round'.length, ...parties.map((p) => p.length));
  const perBlock = Math.max(1, Math.floor(((ctx.columns ?? 80) - label - 1) / 2));
  const digits = String(rounds.at(-1)).length;
  const blocks: string[] = [];
  for (let i = 0; i < rounds.length; i += perBlock) {
    const block = rounds.slice(i, i + perBlock);
    const header = Array.from({ length: digits }, (_, d) => {
      const place = 10 ** (digits - 1 - d);
      const title = d === digits - 1 ? 'Round' : '';
      return `${title.padEnd(label)} ${block.map((n) => (n >= place || place === 1 ? String(Math.floor(n / place) % 10) : ' ')).join(' ')}`.trimEnd();
    });
    const rows = parties.map((p) => `${p.padEnd(label)} ${block.map((n) => paint(cell.get(`${p}#${n}`))).join(' ')}`);
    blocks.push([...header.map((h) => ctx.chalk.bold(h)), ...rows].join('\n'));
  }
  const legend = 'G guarantor  P party  O observer  H host  A absent  \u00b7 unknown (no record either way)';
  return `${blocks.join('\n\n')}\n${paragraph(ctx, legend)}`;
}
