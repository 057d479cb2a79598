import { delegationRoles } from '../../model/dataset.js';
import type { AttendanceMatrix, AttendanceRole } from '../../query/attendance.js';
import type { RenderContext } from '../context.js';
import { paragraph } from '../table.js';

const letters: Record<AttendanceRole, string> = { guarantor: 'G', party: 'P', observer: 'O', host: 'H', absent: 'A', outside: ' ', unknown: '\u00b7' };
/** A known role that --role leaves out: drawn, so that it is not mistaken for unknown. */
const filteredOut = '-';

/**
 * A party × round matrix of one-character cells, with the round numbers written downwards
 * (tens above units) so 22 rounds take 44 columns. Rounds that do not fit the width go into
 * further blocks. Every round has its column whatever the filters, and an unknown cell is
 * always drawn as unknown. The JSON stays in long form, one record per party and round.
 */
export function attendanceTable(m: AttendanceMatrix, ctx: RenderContext): string {
  if (m.parties.length === 0) return `No party has a record${m.role ? ` with the role ${m.role}` : ''}.\n`;
  const { rounds, parties } = m;
  const cell = new Map(m.cells.map((r) => [`${r.party}#${r.round}`, r.role]));
  const paint = (role: AttendanceRole): string => {
    if (role === 'unknown' || role === 'outside') return ctx.chalk.dim(letters[role]);
    if (m.role !== undefined && role !== m.role) return ctx.chalk.dim(filteredOut);
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
    const rows = parties.map((p) => `${p.padEnd(label)} ${block.map((n) => paint(cell.get(`${p}#${n}`) ?? 'unknown')).join(' ')}`);
    blocks.push([...header.map((h) => ctx.chalk.bold(h)), ...rows].join('\n'));
  }
  const shown = m.role === undefined || m.role === 'unknown' || m.role === 'outside' ? [] : [m.role];
  const roles = m.role === undefined ? ([...delegationRoles, 'absent'] as const) : shown;
  const outside = m.cells.some((c) => c.role === 'outside');
  const legend = [
    ...roles.map((r) => `${letters[r]} ${r}`),
    ...(outside ? ['(blank) not part of the format then'] : []),
    `${letters.unknown} unknown (no record either way)`,
    ...(m.role === undefined ? [] : [`${filteredOut} known, another role than ${m.role}`]),
  ].join('  ');
  return `${blocks.join('\n\n')}\n${paragraph(ctx, legend)}`;
}
