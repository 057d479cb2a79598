import type { Diagnostic } from '../../data/diagnostic.js';
import type { RenderContext } from '../context.js';
import { diagnosticMessage, location } from '../diagnostics.js';

export interface DiagnosticJson {
  readonly code: string;
  readonly severity: Diagnostic['severity'];
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export function diagnosticsJson(diagnostics: readonly Diagnostic[], base: string): DiagnosticJson[] {
  return diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    file: location({ ...d, line: 0 }, base),
    line: d.line,
    column: d.column,
    message: diagnosticMessage(d),
  }));
}

/** One `file:line:col: severity: message [code]` line per problem, then a summary line. */
export function diagnosticReport(diagnostics: readonly Diagnostic[], base: string, ctx: RenderContext): string {
  const { chalk } = ctx;
  const lines = diagnostics.map((d) => {
    const severity = d.severity === 'error' ? chalk.red('error') : chalk.yellow('warning');
    return `${location(d, base)}: ${severity}: ${diagnosticMessage(d)} ${chalk.dim(`[${d.code}]`)}`;
  });
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const summary = errors + warnings === 0 ? chalk.green('no problems found') : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
  return [...lines, summary].join('\n') + '\n';
}
