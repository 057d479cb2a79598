import type { MeetingDiff } from '../../query/meeting-diff.js';
import type { SourceRef } from '../../query/source-refs.js';
import type { RenderContext } from '../context.js';
import { SourceNumbers } from '../sources.js';
import { heading, paragraph } from '../table.js';

/** A unified-diff-like listing: + added, - removed, ~ changed, ? unconfirmed. */
export function meetingDiffTable(d: MeetingDiff, ctx: RenderContext): string {
  const { chalk } = ctx;
  const plus = (s: string): string => chalk.green(`+ ${s}`);
  const minus = (s: string): string => chalk.red(`- ${s}`);
  const tilde = (s: string): string => chalk.yellow(`~ ${s}`);
  const numbers = new SourceNumbers();
  // The [n] of the pages behind a line, at one meeting or at both; the list under the diff says which meeting each is from.
  const at = (meeting: string, sources: readonly SourceRef[] | undefined): string => numbers.after(meeting, sources);
  const both = (c: { from: readonly SourceRef[]; to: readonly SourceRef[] }): string => `${at(d.from, c.from)}${at(d.to, c.to)}`;
  const lines = [chalk.bold(`${d.from} → ${d.to}`)];
  if (d.dates) lines.push(tilde(`dates: ${d.dates.from} → ${d.dates.to}${both(d.dates.sources)}`));
  if (d.city) lines.push(tilde(`city: ${d.city.from} → ${d.city.to}${both(d.city.sources)}`));
  const section = (title: string, body: string[]): void => {
    if (body.length > 0) lines.push('', chalk.underline(title), ...body.map((l) => `  ${l}`));
  };
  const who = (x: { party: string; role: string; head: string | null }): string => `${x.party} (${x.role}${x.head ? `, ${x.head}` : ''})`;
  section('Delegations', [
    ...d.delegations.added.map((x) => plus(`${who(x)}${at(d.to, x.sources)}, recorded absent at ${d.from}${at(d.from, d.absent.sources[x.party])}`)),
    ...d.delegations.removed.map((x) => minus(`${who(x)}${at(d.from, x.sources)}, recorded absent at ${d.to}${at(d.to, d.absent.sources[x.party])}`)),
    ...d.delegations.changed.map((c) =>
      tilde(`${[c.party, c.role ? `role ${c.role.from} → ${c.role.to}` : '', c.head ? `head ${c.head.from ?? 'unknown'} → ${c.head.to ?? 'unknown'}` : ''].filter(Boolean).join(': ')}${both(c.sources)}`),
    ),
  ]);
  const topic = (t: string): string => `${t}${d.agenda.sources[t] ? both(d.agenda.sources[t]) : ''}`;
  section('Agenda', [...d.agenda.added.map((t) => plus(topic(t))), ...d.agenda.removed.map((t) => minus(topic(t)))]);
  section('UN resolutions', [
    ...d.resolutions.added.map((r) => plus(`${r.symbol} (${r.context})${at(d.to, r.sources)}`)),
    ...d.resolutions.removed.map((r) => minus(`${r.symbol} (${r.context})${at(d.from, r.sources)}`)),
    ...d.resolutions.changed.map((r) => tilde(`${r.symbol}: ${r.context.from} → ${r.context.to}${both(r.sources)}`)),
  ]);
  const unconfirmed = [
    ...d.delegations.unconfirmed.map((u) => ({ ...u, kind: 'delegation' })),
    ...d.agenda.unconfirmed.map((u) => ({ ...u, kind: 'topic' })),
    ...d.resolutions.unconfirmed.map((u) => ({ ...u, kind: 'resolution' })),
  ];
  section(
    'Unconfirmed: at one meeting only, where the other’s record is incomplete',
    unconfirmed.map((u) => `? ${u.kind} ${u.item}: only at ${u.recordedAt}${at(u.recordedAt, u.sources)}; ${u.why}`),
  );
  const tail = unconfirmed.length > 0 ? ` ${unconfirmed.length} unconfirmed.` : '';
  lines.push('', d.same ? `No supported differences in attendance, agenda or resolutions.${tail}` : `${d.agenda.kept.length} agenda topics in common.${tail}`);
  // Long lines wrap under their text, past the "  + " of the list.
  const body = lines.map((l) => (l === '' ? '\n' : paragraph(ctx, l, l.startsWith(' ') ? 2 : 0))).join('');
  return numbers.size > 0 ? `${body}\n${heading(ctx, 'Sources')}${numbers.list(ctx)}` : body;
}
