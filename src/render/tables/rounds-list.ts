import type { RoundSummary } from '../../query/rounds-list.js';
import type { RenderContext } from '../context.js';
import { table } from '../table.js';

export function roundsListTable(rows: readonly RoundSummary[], ctx: RenderContext): string {
  if (rows.length === 0) return 'No rounds match.\n';
  return table(
    ctx,
    ['Round', 'Start', 'End', 'City', 'Delegations', 'Agenda topics'],
    rows.map((r) => [r.round, r.start, r.end, r.city, r.parties.length, r.topics.length]),
    { compact: true },
  );
}
