export type Severity = 'error' | 'warning';

/**
 * One problem found in the data. Diagnostics are data: the English comes from
 * render/diagnostics.ts, and tests assert codes, not prose.
 */
export interface Diagnostic {
  /** A stable rule id such as `schema/required` or `ref/unknown-party`. */
  readonly code: string;
  readonly severity: Severity;
  /** Path relative to the data directory, with forward slashes. */
  readonly file: string;
  /** 1-based; 0 when the problem concerns the file or directory as a whole. */
  readonly line: number;
  readonly column: number;
  readonly args: Readonly<Record<string, string | number>>;
  /**
   * Where in the parsed value the problem is, before it is mapped to a line and column (see
   * locate.ts). Present only between the checks and the locating pass.
   */
  readonly at?: { readonly segments: readonly (string | number)[]; readonly key?: string };
}

export function isError(d: Diagnostic): boolean {
  return d.severity === 'error';
}

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return byCodeUnit(a.file, b.file) || a.line - b.line || a.column - b.column || byCodeUnit(a.code, b.code);
}import { byCodeUnit } from '../text/compare.js';

