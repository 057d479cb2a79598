import type { Diagnostic } from '../data/diagnostic.js';
import { plural } from '../text/plural.js';
import type { RenderContext } from './context.js';
import { diagnosticMessage, location } from './diagnostics.js';
import { visible } from './escape.js';

export const validateFormats = ['stylish', 'json', 'github'] as const;

export interface ValidateReport {
  readonly diagnostics: readonly Diagnostic[];
  /** How many were left out by --max-problems. */
  readonly omitted: number;
  readonly texts: ReadonlyMap<string, string>;
  /** The data directory as the user should see it in paths. */
  readonly base: string;
  /** Checking stopped at --max-problems: how many more problems there are is not known. */
  readonly stopped?: boolean;
}

export interface DiagnosticJson {
  readonly code: string;
  readonly severity: Diagnostic['severity'];
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

const fileOf = (d: Diagnostic, base: string): string => location({ ...d, line: 0 }, base);

export function diagnosticsJson(report: ValidateReport): DiagnosticJson[] {
  return report.diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    file: fileOf(d, report.base),
    line: d.line,
    column: d.column,
    message: diagnosticMessage(d),
  }));
}

/** GitHub Actions workflow commands, so problems show up as annotations on the pull request. */
export function githubReport(report: ValidateReport): string {
  // Workflow-command values escape %, CR and LN; properties also escape : and ,.
  const data = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string): string => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return report.diagnostics
    .map((d) => {
      const position = d.line > 0 ? `,line=${d.line},col=${d.column}` : '';
      return `::${d.severity} file=${prop(fileOf(d, report.base))}${position},title=${prop(d.code)}::${data(diagnosticMessage(d))}\n`;
    })
    .join('');
}

/** Like eslint's stylish: grouped by file, a code frame under each problem, a summary line. */
export function stylishReport(report: ValidateReport, ctx: RenderContext): string {
  const { chalk } = ctx;
  const out: string[] = [];
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of report.diagnostics) {
    const list = byFile.get(d.file);
    if (list) list.push(d);
    else byFile.set(d.file, [d]);
  }
  for (const [file, list] of byFile) {
    out.push(chalk.underline(fileOf(list[0]!, report.base)));
    // One line index per file, not per problem: a file with thousands of problems stays linear.
    const text = report.texts.get(file);
    const lines = text === undefined ? undefined : text.split(/\r?\n/);
    for (const d of list) {
      const where = d.line > 0 ? `${d.line}:${d.column}` : '';
      const severity = d.severity === 'error' ? chalk.red('error  ') : chalk.yellow('warning');
      out.push(`  ${chalk.dim(where.padEnd(7))} ${severity}  ${diagnosticMessage(d)}  ${chalk.dim(d.code)}`);
      if (lines !== undefined && d.line > 0) out.push(codeFrame(lines, d.line, d.column, ctx));
    }
    out.push('');
  }
  const errors = report.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = report.diagnostics.length - errors;
  if (errors + warnings === 0 && report.omitted === 0) return `${chalk.green('✔')} no problems found\n`;
  const total = errors + warnings + report.omitted;
  const more = report.omitted > 0 ? `; ${report.omitted} more not shown (--max-problems)` : '';
  const mark = errors > 0 ? chalk.red('✖') : chalk.yellow('⚠');
  out.push(`${mark} ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}${more})`);
  if (report.stopped) out.push('Checking stopped there (--max-problems): later files and the rules across files were not checked.');
  return `${out.join('\n')}\n`;
}

/**
 * The offending line with one line of context above, and a caret under the column. The lines
 * are the file's own, so control characters in them are shown as escapes (a tab stays a tab).
 */
export function codeFrame(lines: readonly string[], line: number, column: number, ctx: RenderContext): string {
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.length, line);
  const width = String(last).length;
  const clip = (s: string): string => (s.length > 160 ? `${s.slice(0, 157)}...` : s);
  const rows: string[] = [];
  for (let n = first; n <= last; n++) {
    const marker = n === line ? ctx.chalk.red('>') : ' ';
    rows.push(`    ${marker} ${ctx.chalk.dim(`${String(n).padStart(width)} |`)} ${visible(clip(lines[n - 1] ?? ''), '\t')}`);
  }
  if (column > 0 && column <= 160) rows.push(`      ${' '.repeat(width)} ${ctx.chalk.dim('|')} ${' '.repeat(column - 1)}${ctx.chalk.red('^')}`);
  return rows.join('\n');
}
