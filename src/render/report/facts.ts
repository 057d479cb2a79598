import { deflateRawSync } from 'node:zlib';
import type { ReportMeeting, ReportModel } from '../../query/report.js';
import type { Head } from '../../query/heads.js';
import { dateRange, esc, meetingLabel } from './html.js';

/** Where a meeting's numbered source list is: the target of every [n] of the meeting. */
export const sourcesAnchor = (m: { id: string }): string => `${m.id}-sources`;

/**
 * The numbers of the meeting's sources, in order, as one link to the source list under it:
 * each URL is written once per meeting. Plain bracketed numbers, not superscripts: hundreds of
 * them, and each byte counts.
 */
function refs(m: ReportMeeting, ids: readonly string[]): string {
  const numbers = [...new Set(ids.map((id) => m.sources.findIndex((s) => s.id === id) + 1))].sort((a, b) => a - b);
  return numbers.length > 0 ? ` <a class="r" href="#${sourcesAnchor(m)}">[${numbers.join(',')}]</a>` : '';
}

/** A note after the fact it qualifies, with the sources that state it where they differ from the fact's. */
const note = (text: string | undefined, cited = ''): string => (text ? ` <span class="n">Note: ${bidi(text)}${cited}</span>` : '');

const unknown = '<span class="unknown">unknown</span>';

/** Text isolated from its surroundings where it holds right-to-left script, and only there. */
const bidi = (text: string): string => (/[\u0590-\u08ff\ufb1d-\ufefc]/.test(text) ? `<bdi>${esc(text)}</bdi>` : esc(text));

/** An empty list is "unknown" unless the coverage says the documents were read in full. */
const empty = (known: boolean): string => (known ? '<p>None: the meeting\'s documents were read in full.</p>' : `<p>${unknown}</p>`);

function head(m: ReportMeeting, h: Head | undefined): string {
  if (h === undefined) return unknown;
  const one = (v: { name?: string; title?: string; note?: string; sources: string[] }): string => `${v.name === undefined ? 'name unknown' : esc(v.name)}${v.title ? `, ${esc(v.title)}` : ''}${refs(m, v.sources)}${note(v.note)}`;
  if (h.disputed) return `<strong>disputed:</strong> ${(h.versions ?? []).map(one).join(' <em>or</em> ')}${note(h.note)}`;
  // Sources that agree on the person but not on the title: the person is known, each title kept.
  if (h.titles) return `${esc(h.name ?? '')} (titles differ: ${h.titles.map((t) => `${esc(t.title)}${refs(m, t.sources)}`).join('; ')})${note(h.note)}`;
  return one(h);
}

function meetingFacts(m: ReportMeeting): string {
  const parts: string[] = [];
  const where = m.venue ? `${esc(m.city)}, ${esc(m.venue)}` : esc(m.city);
  parts.push(`<article class="meeting ${m.kind}" id="${m.id}" aria-labelledby="${m.id}-h"><h3 id="${m.id}-h">${meetingLabel(m)} <small>${dateRange(m.start, m.end)} · ${where}</small></h3>`);
  parts.push(`<p class="note">Dates${refs(m, m.dateSources)}; city${refs(m, m.citySources)}. Coverage: agenda ${m.coverage.agenda}, resolutions ${m.coverage.resolutions}${m.coverage.basis.length > 0 ? `; documents read${refs(m, m.coverage.basis)}` : ''}.${m.coverage.note ? ` ${bidi(m.coverage.note)}` : ''}</p>`);
  parts.push('<h4>Delegations</h4>');
  parts.push(`<ul>${m.delegations.map((d) => `<li>${esc(d.name)}, ${d.role}${refs(m, d.sources)}; head: ${head(m, d.head)}${note(d.note, refs(m, d.sources))}</li>`).join('')}</ul>`);
  if (m.absent.length > 0) parts.push(`<h4>Absent</h4><ul>${m.absent.map((a) => `<li>${esc(a.name)}${a.reason ? `: ${esc(a.reason)}` : ''}${refs(m, a.sources)}</li>`).join('')}</ul>`);
  parts.push('<h4>Agenda</h4>');
  parts.push(m.agenda.length === 0 ? empty(m.knowsAll.agenda) : `<ul>${m.agenda.map((a) => `<li><b>${esc(a.label)}</b>: ${esc(a.summary)}${refs(m, a.sources)}</li>`).join('')}</ul>`);
  parts.push('<h4>UN resolutions</h4>');
  parts.push(
    m.resolutions.length === 0
      ? empty(m.knowsAll.resolutions)
      : `<ul>${m.resolutions.map((r) => `<li><a href="#${r.id}">${esc(r.symbol)}</a> (${r.context})${r.quote ? `: “${bidi(r.quote)}”` : ''}${refs(m, r.sources)}${note(r.note)}</li>`).join('')}</ul>`,
  );
  if (m.documents.length > 0) parts.push(`<h4>Documents adopted</h4><ul>${m.documents.map((d) => `<li>${bidi(d.title)} (${d.kind}${d.date ? `, ${d.date}` : ''})${refs(m, d.sources)}${note(d.note)}</li>`).join('')}</ul>`);
  parts.push('<h4>Next meeting agreed</h4>');
  const next = m.next;
  if (next === undefined) parts.push(`<p>${unknown}</p>`);
  else if (next.disputed) parts.push(`<p><strong>Disputed:</strong>${note(next.note)}</p><ul>${(next.versions ?? []).map((v) => `<li>${esc(v.summary)}${refs(m, v.sources)}</li>`).join('')}</ul>`);
  else parts.push(`<p>${esc(next.summary ?? '')}${refs(m, next.sources)}${note(next.note)}</p>`);
  if (m.notes.length > 0) parts.push(`<h4>Notes</h4><ul>${m.notes.map((n) => `<li>${esc(n.text)}${refs(m, n.sources)}</li>`).join('')}</ul>`);
  parts.push(
    `<h4 id="${sourcesAnchor(m)}">Sources</h4><ol class="sources">${m.sources
      .map((s) => `<li><a href="${esc(s.url)}">${bidi(s.title)}</a>, ${bidi(s.publisher)}${s.date ? `, ${s.date}` : ''}${note(s.note)}</li>`)
      .join('')}</ol></article>`,
  );
  return parts.join('\n');
}

/** Every meeting's facts, notes and sources as HTML articles, in date order. */
export const meetingArticles = (model: ReportModel): string => model.meetings.map(meetingFacts).join('\n');

/**
 * The meetings' articles travel deflated and in base64, unpacked by the page's script: written
 * out, every fact, note and source URL of 41 meetings is three times the size of the rest of
 * the page together, and compresses to a quarter.
 */
export function meetingsSection(model: ReportModel): string {
  const packed = deflateRawSync(meetingArticles(model), { level: 9 }).toString('base64');
  return `<section id="meetings" aria-labelledby="meetings-h">
<h2 id="meetings-h">Meetings</h2>
<p class="lead">Each meeting's facts; the numbers in brackets are those of the meeting's sources, listed under it, and each links to the list.</p>
<noscript><p class="note">The meetings' facts are packed into this page and need JavaScript to unpack; <code>astana meetings show ID</code> prints them too.</p></noscript>
<fieldset id="filter" hidden><legend>Show</legend>${(['round', 'summit', 'ministerial'] as const).map((k) => `<label><input type="checkbox" value="${k}" checked> ${{ round: 'rounds', summit: 'summits', ministerial: 'ministerial meetings' }[k]}</label>`).join(' ')}</fieldset>
<div id="meetings-body"></div>
<script type="application/octet-stream" id="meetings-data">${packed}</script>
</section>`;
}

export function resolutionsSection(model: ReportModel): string {
  const byId = new Map(model.meetings.map((m) => [m.id, m]));
  const name = (id: string): string => meetingLabel(byId.get(id)!);
  const rows = model.resolutions.map((r) => {
    const cited = r.citations.map((c) => `<a href="#${c.meeting}">${name(c.meeting)}</a> (${c.context})`);
    return `<tr id="${r.id}"><th scope="row"><a href="${esc(r.url)}">${esc(r.symbol)}</a></th><td>${esc(r.subject)}</td><td>${cited.join(', ') || '<span class="unknown">none recorded</span>'}</td><td>${r.notCitedAt.length}</td><td>${r.unknownAt.length}</td></tr>`;
  });
  return `<section id="resolutions" aria-labelledby="resolutions-h">
<h2 id="resolutions-h">UN resolutions</h2>
<p class="lead">The UN resolutions the meetings name. A meeting that does not cite a resolution is counted as not citing it only where its final document was read in full; elsewhere it is unknown.</p>
<div class="scroll" tabindex="0" role="region" aria-label="Resolutions table"><table><thead><tr><th scope="col">Resolution</th><th scope="col">Subject</th><th scope="col">Cited at</th><th scope="col">Not cited at (meetings)</th><th scope="col">Unknown at (meetings)</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>
</section>`;
}
