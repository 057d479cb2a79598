import type { RoundSummary } from '../../query/rounds-list.js';
import type { RenderContext } from '../context.js';
import { table } from '../table.js';

/** A count of recorded topics is the whole count only where the agenda was coded in full. */
const topicCount = (r: RoundSummary): string =>
  r.coverage.agenda === 'complete' ? String(r.topics.length) : r.coverage.agenda === 'none' ? 'unknown' : `${r.topics.length}+`;

export function roundsListTable(rows: readonly RoundSummary[], ctx: RenderContext): string {
  if (rows.length === 0) return 'No rounds match.\n';
  const legend = rows.some((r) => r.coverage.agenda === 'partial') ? "Agenda topics: '12+' means at least 12 (the agenda is only partly coded).\n" : '';
  return (
    table(
      ctx,
      ['Round', 'Start', 'End', 'City', 'Delegations', 'Agenda topics'],
      rows.map((r) => [r.round, r.start, r.end, r.city, r.parties.length, topicCount(r)]),
      { compact: true },
    ) + legend
  );
}
