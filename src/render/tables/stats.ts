import type { DatasetStats } from '../../query/stats.js';
import type { RenderContext } from '../context.js';
import { table } from '../table.js';

const heads = (h: { known: number; unknown: number; disputed: number }): string => `${h.known} / ${h.unknown} / ${h.disputed}`;
const letter = { complete: 'c', partial: 'p', none: 'n' } as const;

/** Coverage per meeting: what is known, unknown or disputed, and how many sources back it. */
export function statsTable(s: DatasetStats, ctx: RenderContext): string {
  const rows = s.meetings.map((m) => [m.id, m.sources, m.delegations, heads(m.heads), m.agenda, m.resolutions, `${letter[m.coverage.agenda]} / ${letter[m.coverage.resolutions]}`, m.documents, m.next]);
  const t = s.totals;
  const next = `${t.next.known} known, ${t.next.unknown} unknown, ${t.next.disputed} disputed`;
  const cov = (c: Record<'complete' | 'partial' | 'none', number>): string => `${c.complete}c ${c.partial}p ${c.none}n`;
  rows.push([ctx.chalk.bold(`total (${t.meetings})`), t.sources, t.delegations, heads(t.heads), t.agenda, t.resolutions, `${cov(t.coverage.agenda)} / ${cov(t.coverage.resolutions)}`, t.documents, next]);
  const legend = [
    'Heads: known / unknown / disputed (sources name different people).',
    'Coverage: agenda / resolutions; c complete (final document read in full), p partial, n none.',
    'Every fact counted here names at least one source.',
  ].join('\n');
  return `${table(ctx, ['Meeting', 'Sources', 'Delegations', 'Heads', 'Agenda items', 'Resolutions', 'Coverage', 'Documents', 'Next meeting'], rows, { compact: true })}${legend}\n`;
}
