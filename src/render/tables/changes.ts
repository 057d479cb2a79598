import { changeRows, type ChangeReport, type ChangeStat, type DataVersion } from '../../query/changes.js';
import type { Scalar } from '../../release/facts.js';
import type { RenderContext } from '../context.js';
import { heading, paragraph, span, table, type Row } from '../table.js';

const named = (v: DataVersion): string => (v.version === null ? 'the data as it is now (not yet released)' : `data ${v.version} (${v.released})`);
const title = (r: ChangeReport): string => `Changes from ${r.from.version === null ? 'nothing (the first release)' : named(r.from)} to ${named(r.to)}${r.meeting ? `, at ${r.meeting}` : ''}`;

/**
 * Every changed field of every changed fact, a row each, with the value it had and the value it
 * has; the pages cited are a field too, as [n] marks for the numbered URLs under the table, which
 * are printed whole so that they can be copied.
 */
export function changesTable(report: ChangeReport, ctx: RenderContext): string {
  if (report.changes.length === 0) return `${heading(ctx, title(report))}No facts changed.\n`;
  const urls: string[] = [];
  const mark = (url: string): string => {
    let n = urls.indexOf(url);
    if (n < 0) n = urls.push(url) - 1;
    return `[${n + 1}]`;
  };
  const shown = (field: string, value: Scalar | Scalar[]): string => {
    if (value === null || (Array.isArray(value) && value.length === 0)) return '–';
    if (field === 'sources' && Array.isArray(value)) return value.map((u) => mark(String(u))).sort((a, b) => Number(a.slice(1, -1)) - Number(b.slice(1, -1))).join(' ');
    return Array.isArray(value) ? value.join('; ') : String(value);
  };
  // Grouped by meeting or registry entry, each under a row of its own, so that the Fact column
  // holds only the place inside it and stays narrow enough never to break an id; a fact's change
  // and place are written on its first field's row only.
  const rows: Row[] = [];
  let owner: string | undefined;
  let fact: string | undefined;
  for (const r of changeRows(report)) {
    const at = (r.meeting ?? r.entry)!;
    if (at !== owner) rows.push(span(ctx.chalk.bold(at)));
    const first = r.key !== fact || at !== owner;
    [owner, fact] = [at, r.key];
    const place = r.key === at ? '(itself)' : placeOf(r.key.slice(at.length + 1), r.kind, mark);
    rows.push([first ? r.change : '', first ? place : '', r.field, shown(r.field, r.old), shown(r.field, r.new)]);
  }
  const list = urls.map((url, i) => `${`[${i + 1}]`.padEnd(String(urls.length).length + 3)}${url}\n`).join('');
  const total = report.stat.at(-1)!;
  const summary = `${total.added} facts added, ${total.removed} removed, ${total.changed} changed, ${total.sources} sourced anew. 'astana changes --stat' counts them per meeting and kind; --format json gives each fact whole, with its old and new sources.`;
  return `${heading(ctx, title(report))}${table(ctx, ['Change', 'Fact', 'Field', 'Was', 'Now'], rows)}${paragraph(ctx, summary)}${list}`;
}

/** Counts per meeting or registry entry, then per kind of fact, then in all. */
export function changeStatTable(report: ChangeReport, ctx: RenderContext): string {
  const counts = (s: ChangeStat): (string | number)[] => [s.added, s.removed, s.changed, s.sources];
  const head = ['Added', 'Removed', 'Changed', 'Sourced anew'];
  const owners = report.stat.filter((s) => s.group === 'meeting' || s.group === 'entry');
  const kinds = report.stat.filter((s) => s.group === 'kind');
  const total = report.stat.at(-1)!;
  if (owners.length === 0) return `${heading(ctx, title(report))}No facts changed.\n`;
  return [
    heading(ctx, title(report)),
    table(ctx, ['Meeting or entry', ...head], owners.map((s) => [s.name, ...counts(s)]), { compact: true }),
    table(ctx, ['Kind of fact', ...head], [...kinds.map((s) => [s.name, ...counts(s)]), ['total', ...counts(total)]], { compact: true }),
  ].join('');
}

/**
 * `delegations[jordan].head` as `delegations › jordan › head`: words a table can wrap between,
 * so that no id is broken; a page's URL, which would fill the column, as its [n] mark.
 */
function placeOf(path: string, kind: string, mark: (url: string) => string): string {
  const parts = [...path.matchAll(/([^.[\]]+)|\[([^\]]*)\]/g)].map((m) => (m[1] ?? (kind === 'sources' ? mark(m[2]!) : m[2]!)));
  return parts.join(' › ');
}
