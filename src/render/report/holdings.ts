import type { ReportModel } from '../../query/report.js';

const share = (part: number, whole: number): string => `${part} of ${whole}${whole > 0 ? ` (${Math.round((part / whole) * 100)}%)` : ''}`;

/** How complete the data is, from `stats`' totals: what a reader should know before trusting an absence. */
export function holdingsSection(model: ReportModel): string {
  const t = model.totals;
  const rows: [string, string][] = [
    ['Meetings', String(t.meetings)],
    ['Agendas coded in full', `${share(t.coverage.agenda.complete, t.meetings)}; in part ${t.coverage.agenda.partial}, not coded ${t.coverage.agenda.none}`],
    ['UN resolutions coded in full', `${share(t.coverage.resolutions.complete, t.meetings)}; in part ${t.coverage.resolutions.partial}, not coded ${t.coverage.resolutions.none}`],
    ['Heads of delegation', `${t.heads.known} known, ${t.heads.unknown} unknown, ${t.heads.disputed} disputed, of ${t.delegations} delegations`],
    ['Next meeting agreed', `${t.next.known} known, ${t.next.unknown} unknown, ${t.next.disputed} disputed`],
    ['Sources', `${t.sources}, of which ${share(t.datedSources, t.sources)} carry the page's own date`],
    ['Sourced claims', String(t.claims)],
  ];
  return `<section id="holdings" aria-labelledby="holdings-h">
<h2 id="holdings-h">What the data holds</h2>
<p class="lead">A meeting counts as coded in full only where its whole final document was read; elsewhere a topic or resolution it does not list is <em>unknown</em>, not absent.</p>
<table><tbody>${rows.map(([k, v]) => `<tr><th scope="row">${k}</th><td>${v}</td></tr>`).join('')}</tbody></table>
</section>`;
}
