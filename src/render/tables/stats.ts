import type { DatasetStats } from '../../query/stats.js';
import type { RenderContext } from '../context.js';
import { plural } from '../../text/plural.js';
import { paragraph, table } from '../table.js';

const heads = (h: { known: number; unknown: number; disputed: number }): string => `${h.known}/${h.unknown}/${h.disputed}`;
// Labels, not a list: the typed record fails to compile if the data gains a role.
const roleNames: Record<keyof DatasetStats['totals']['headsByRole'], string> = { guarantor: 'guarantors', party: 'Syrian parties', host: 'host', observer: 'observers' };
/** One decimal, rounded down, so that a share just short of a mark never reads as reaching it. */
const percent = (part: number, whole: number): string => `${whole === 0 ? 0 : Math.floor((1000 * part) / whole) / 10}%`;
const letter = { complete: 'c', partial: 'p', none: 'n' } as const;
/** round-21 → r21: the short ids every command accepts, so the table fits 80 columns. */
const short = (id: string): string => id.replace(/^(.)[a-z]*-/, '$1');

/** Coverage per meeting: what is known, unknown or disputed, and how many sources back it. */
export function statsTable(s: DatasetStats, ctx: RenderContext): string {
  const rows = s.meetings.map((m) => [short(m.id), m.sources, m.delegations, heads(m.heads), m.agenda, m.resolutions, `${letter[m.coverage.agenda]}/${letter[m.coverage.resolutions]}`, m.documents, m.next]);
  const t = s.totals;
  const cov = (c: Record<'complete' | 'partial' | 'none', number>): string => `${c.complete} complete, ${c.partial} partial, ${c.none} none`;
  const byRole = (Object.entries(t.headsByRole) as [keyof typeof roleNames, Record<'known' | 'unknown' | 'disputed', number>][]).map(
    ([role, h]) => `${roleNames[role]} ${h.unknown} of ${h.known + h.unknown + h.disputed}`,
  );
  const totals = [
    `Total: ${t.meetings} meetings, ${t.sources} sources (${t.datedSources} with their page's date, ${percent(t.datedSources, t.sources)}; ${plural(t.listingPages, 'listing page')}), ${t.delegations} delegations, ${t.claims} sourced claims.`,
    `Heads: ${t.heads.known} known${t.unnamedHeads > 0 ? ` (${t.unnamedHeads} only by their post, not by name)` : ''}, ${t.heads.unknown} unknown, ${t.heads.disputed} disputed. Unknown by role: ${byRole.join(', ')}.`,
    `Agenda items: ${t.agenda}. Resolution references: ${t.resolutions}. Documents: ${t.documents}.`,
    `Coverage of agendas: ${cov(t.coverage.agenda)}. Of resolutions: ${cov(t.coverage.resolutions)}.`,
    `Next meeting: ${t.next.known} known, ${t.next.unknown} unknown, ${t.next.disputed} disputed.`,
  ];
  const legend = [
    'Meeting: r round, s summit, m ministerial. Heads: known/unknown/disputed (sources name different people).',
    'Cov.: agenda/resolutions coded c completely (final document read in full), p partly, n not at all.',
    'Every fact counted here names at least one source.',
  ];
  const head = ['Meeting', 'Sources', 'Deleg.', 'Heads', 'Agenda', 'Res.', 'Cov.', 'Docs', 'Next'];
  return `${table(ctx, head, rows, { compact: true })}${[...totals, ...legend].map((l) => paragraph(ctx, l)).join('')}`;
}
