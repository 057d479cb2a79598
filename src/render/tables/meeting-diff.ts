import type { MeetingDiff } from '../../query/meeting-diff.js';
import type { RenderContext } from '../context.js';
import { paragraph } from '../table.js';

/** A unified-diff-like listing: + added, - removed, ~ changed, ? unconfirmed. */
export function meetingDiffTable(d: MeetingDiff, ctx: RenderContext): string {
  const { chalk } = ctx;
  const plus = (s: string): string => chalk.green(`+ ${s}`);
  const minus = (s: string): string => chalk.red(`- ${s}`);
  const tilde = (s: string): string => chalk.yellow(`~ ${s}`);
  const lines = [chalk.bold(`${d.from} → ${d.to}`)];
  if (d.dates) lines.push(tilde(`dates: ${d.dates.from} → ${d.dates.to}`));
  if (d.city) lines.push(tilde(`city: ${d.city.from} → ${d.city.to}`));
  const section = (title: string, body: string[]): void => {
    if (body.length > 0) lines.push('', chalk.underline(title), ...body.map((l) => `  ${l}`));
  };
  const who = (x: { party: string; role: string; head: string | null }): string => `${x.party} (${x.role}${x.head ? `, ${x.head}` : ''})`;
  section('Delegations', [
    ...d.delegations.added.map((x) => plus(`${who(x)}, recorded absent at ${d.from}`)),
    ...d.delegations.removed.map((x) => minus(`${who(x)}, recorded absent at ${d.to}`)),
    ...d.delegations.changed.map((c) =>
      tilde([c.party, c.role ? `role ${c.role.from} → ${c.role.to}` : '', c.head ? `head ${c.head.from ?? 'unknown'} → ${c.head.to ?? 'unknown'}` : ''].filter(Boolean).join(': ')),
    ),
  ]);
  section('Agenda', [...d.agenda.added.map(plus), ...d.agenda.removed.map(minus)]);
  section('UN resolutions', [
    ...d.resolutions.added.map((r) => plus(`${r.symbol} (${r.context})`)),
    ...d.resolutions.removed.map((r) => minus(`${r.symbol} (${r.context})`)),
    ...d.resolutions.changed.map((r) => tilde(`${r.symbol}: ${r.context.from} → ${r.context.to}`)),
  ]);
  const unconfirmed = [
    ...d.delegations.unconfirmed.map((u) => ({ ...u, kind: 'delegation' })),
    ...d.agenda.unconfirmed.map((u) => ({ ...u, kind: 'topic' })),
    ...d.resolutions.unconfirmed.map((u) => ({ ...u, kind: 'resolution' })),
  ];
  section(
    'Unconfirmed: at one meeting only, where the other’s record is incomplete',
    unconfirmed.map((u) => `? ${u.kind} ${u.item}: only at ${u.recordedAt}; ${u.why}`),
  );
  const tail = unconfirmed.length > 0 ? ` ${unconfirmed.length} unconfirmed.` : '';
  lines.push('', d.same ? `No supported differences in attendance, agenda or resolutions.${tail}` : `${d.agenda.kept.length} agenda topics in common.${tail}`);
  // Long lines wrap under their text, past the "  + " of the list.
  return lines.map((l) => (l === '' ? '\n' : paragraph(ctx, l, l.startsWith(' ') ? 2 : 0))).join('');
}
