import type { RenderContext } from '../context.js';
import { table } from '../table.js';

export interface ExportSummary {
  readonly files: { path: string; table?: string; rows?: number }[];
}

/** What export wrote: each file, and for a table its row count. */
export function exportTable(s: ExportSummary, ctx: RenderContext): string {
  return table(ctx, ['File', 'Rows'], s.files.map((f) => [f.path, f.rows ?? '']), { compact: true });
}
