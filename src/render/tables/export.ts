import type { ExportSummary } from '../../export/summary.js';
import type { RenderContext } from '../context.js';
import { table } from '../table.js';

/** What export wrote: each file, and for a table its row count. */
export function exportTable(s: ExportSummary, ctx: RenderContext): string {
  return table(ctx, ['File', 'Rows'], s.files.map((f) => [f.path, f.rows ?? '']), { compact: true });
}
