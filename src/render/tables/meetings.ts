import type { MeetingSummary } from '../../query/meetings.js';
import type { RenderContext } from '../context.js';
import { table } from '../table.js';

export function meetingsListTable(rows: readonly MeetingSummary[], ctx: RenderContext): string {
  if (rows.length === 0) return 'No meetings match.\n';
  return table(
    ctx,
    ['Id', 'Kind', 'Start', 'End', 'City'],
    rows.map((m) => [m.id, m.kind, m.start, m.end, m.city]),
    { compact: true },
  );
}
