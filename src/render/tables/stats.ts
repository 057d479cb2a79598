import type { DatasetStats } from '../../query/stats.js';
import type { RenderContext } from '../context.js';
import { table } from '../table.js';

const heads = (h: { known: number; unknown: number; disputed: number }): string => `${h.known} / ${h.unknown} / ${h.disputed}`;

/** Coverage per meeting: what is known, unknown or disputed, and how many sources back it. */
export function statsTable(s: DatasetStats, ctx: RenderContext): string {
  const rows = s.meetings.map((m) => [m.id, m.sources, m.delegations, heads(m.heads), m.agenda, m.resolutions, m.documents, m.next]);
  const t = s.totals;
  const next = `${t.next.known} known, ${t.next.unknown} unknown, ${t.next.disputed} disputed`;
  rows.push([ctx.chalk.bold(`total (${t.meetings})`), t.sources, t.delegations, heads(t.heads), t.agenda, t.resolutions, t.documents, next]);
  const legend = 'Heads: known / unknown / disputed. Every fact counted here names at least one source.\n';
  return table(ctx, ['Meeting', 'Sources', 'Delegations', 'Heads', 'Agenda items', 'Resolutions', 'Documents', 'Next meeting'], rows, { compact: true }) + legend;
}
