import type { AttendanceRole as Attendance } from '../../query/attendance.js';
import type { ReportMeeting, ReportModel, TopicState } from '../../query/report.js';
import { gridSvg } from './grid.js';
import { dateRange, esc, meetingLabel, shortLabel } from './html.js';
import { timelineSvg } from './timeline.js';

const roleLetters: Record<Attendance, string> = { guarantor: 'G', party: 'P', observer: 'O', host: 'H', absent: 'A', outside: '', unknown: '' };
const roleNames: Record<Attendance, string> = {
  guarantor: 'guarantor',
  party: 'party',
  observer: 'observer',
  host: 'host',
  absent: 'absent (recorded)',
  outside: 'not part of the format then (its sources date when it joined or left)',
  unknown: 'unknown: the data says nothing',
};
/** What the text table writes for a state with no letter. */
const tableMarks: Partial<Record<Attendance, string>> = { outside: '–', unknown: '·' };
const topicNames: Record<TopicState, string> = { recorded: 'on the agenda', absent: 'not on the agenda (coverage complete)', unknown: 'unknown: the agenda is not fully coded' };

/** A chart in a region that scrolls sideways on a narrow screen, and can be scrolled by keyboard. */
const scroller = (label: string, inner: string): string => `<div class="scroll" tabindex="0" role="region" aria-label="${esc(label)}">\n${inner}\n</div>`;
const swatch = (cls: string, letter = ''): string =>
  `<svg viewBox="0 0 14 14" aria-hidden="true"><rect class="cell ${cls}" width="14" height="14"/>${letter ? `<text class="l" x="7" y="11">${letter}</text>` : ''}</svg>`;
const legend = (items: readonly [string, string, string?][]): string => `<ul class="legend">${items.map(([cls, text, letter]) => `<li>${swatch(cls, letter)}${esc(text)}</li>`).join('')}</ul>`;
const link = (m: { id: string; kind: 'round' | 'summit' | 'ministerial'; number: number }): string => `<a href="#${m.id}">${meetingLabel(m)}</a>`;

/** Distinct colours stay few enough to tell apart: the most frequent cities get one each, the rest share grey. */
const cityColours = 7;

/** Each city's colour class, and the legend's entries: one per coloured city, then "other cities". */
function cityPalette(model: ReportModel): { cityClass: (m: ReportMeeting) => string; legend: [string, string][] } {
  const cities = new Map<string, { name: string; count: number }>();
  for (const m of model.meetings) {
    const id = m.cityId ?? m.city;
    cities.set(id, { name: model.cityNames[id] ?? m.city, count: (cities.get(id)?.count ?? 0) + 1 });
  }
  // By number of meetings, then by first meeting: a stable order for the same data.
  const ranked = [...cities].sort((a, b) => b[1].count - a[1].count);
  const classes = new Map(ranked.map(([id], i) => [id, i < cityColours ? `city-${i}` : 'city-other']));
  const others = ranked.slice(cityColours).map(([, c]) => c.name);
  const legend: [string, string][] = [...ranked.slice(0, cityColours).map(([id, c]): [string, string] => [classes.get(id)!, c.name]), ...(others.length > 0 ? [['city-other', `other: ${others.join(', ')}`] as [string, string]] : [])];
  return { cityClass: (m) => classes.get(m.cityId ?? m.city) ?? 'city-other', legend };
}

export function timelineSection(model: ReportModel): string {
  const { cityClass, legend } = cityPalette(model);
  const rows = model.meetings.map((m) => `<tr><td>${link(m)}</td><td>${dateRange(m.start, m.end)}</td><td>${esc(m.city)}</td></tr>`);
  return `<section id="timeline" aria-labelledby="timeline-h">
<h2 id="timeline-h">Timeline</h2>
<p class="lead">Every meeting by date: rounds ●, summits ■ and foreign ministers' meetings ◆, coloured by city. Select a mark for the meeting's facts.</p>
${scroller('Timeline, scrolls sideways', timelineSvg(model.meetings, cityClass))}
<ul class="legend">${legend.map(([cls, name]) => `<li><svg viewBox="0 0 14 14" aria-hidden="true"><circle class="${cls}" cx="7" cy="7" r="6"/></svg>${esc(name)}</li>`).join('')}</ul>
<details><summary>The meetings as a table</summary>${scroller('Meetings table', `<table><caption>Meetings by date</caption><thead><tr><th scope="col">Meeting</th><th scope="col">Dates</th><th scope="col">City</th></tr></thead><tbody>${rows.join('')}</tbody></table>`)}</details>
</section>`;
}

export function attendanceSection(model: ReportModel): string {
  const columns = model.meetings.map((m) => ({ label: shortLabel(m), year: m.start.slice(0, 4) }));
  const svg = gridSvg({
    id: 'attendance-chart',
    title: 'Attendance: party by meeting',
    description: `${model.attendance.length} parties by ${model.meetings.length} meetings. Each cell is the party's role at the meeting; a black cell marks a recorded absence; an empty outlined cell, a meeting before the party joined the format or after it left; a hatched cell means the data says nothing, which is not the same as absent.`,
    rows: model.attendance.map((p) => p.name),
    columns,
    cell: (r, c) => {
      const state = model.attendance[r]!.cells[c]!;
      return { state: `a-${state}`, letter: roleLetters[state] };
    },
  });
  const head = model.attendance.map((p) => `<th scope="col">${esc(p.name)}</th>`).join('');
  const rows = model.meetings.map((m, c) => `<tr><th scope="row">${link(m)}</th>${model.attendance.map((p) => `<td>${roleLetters[p.cells[c]!] || tableMarks[p.cells[c]!]}</td>`).join('')}</tr>`);
  const states = (Object.keys(roleLetters) as Attendance[]).map((s): [string, string, string] => [`a-${s}`, `${roleLetters[s] ? `${roleLetters[s]} ` : ''}${roleNames[s]}`, roleLetters[s]]);
  return `<section id="attendance" aria-labelledby="attendance-h">
<h2 id="attendance-h">Attendance</h2>
<p class="lead">Who took part in each meeting, and in what role. <strong>Absent</strong> is shown only where a source records an absence; where the data says nothing the cell is hatched: <strong>unknown</strong>.</p>
${svg}
${legend(states)}
<details><summary>Attendance as a table</summary>${scroller('Attendance table', `<table><caption>G guarantor, P party, O observer, H host, A absent (recorded), – not part of the format then, · unknown</caption><thead><tr><th scope="col">Meeting</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`)}</details>
</section>`;
}

export function topicsSection(model: ReportModel): string {
  const svg = gridSvg({
    id: 'topics-chart',
    title: 'Agenda topics by meeting',
    description: `${model.topics.length} topics by ${model.meetings.length} meetings. A filled cell: the topic is recorded on the meeting's agenda. An empty cell: not on the agenda, which the data can say only where the meeting's agenda is fully coded. A hatched cell: unknown.`,
    rows: model.topics.map((t) => t.label),
    columns: model.meetings.map((m) => ({ label: shortLabel(m), year: m.start.slice(0, 4) })),
    // Unknown cells are left out: the column's hatched background shows through.
    cell: (r, c) => (model.topics[r]!.cells[c] === 'unknown' ? undefined : { state: `t-${model.topics[r]!.cells[c]}` }),
    column: (c) => {
      const m = model.meetings[c]!;
      return m.knowsAll.agenda ? undefined : { state: 't-unknown', title: `${shortLabel(m)}: agenda coded ${m.coverage.agenda === 'none' ? 'not at all' : 'in part'}` };
    },
  });
  // Short labels (R21, S7), unlinked: the table names hundreds of meetings, and the timeline's table links each.
  const at = (cells: readonly TopicState[], state: TopicState): string[] => model.meetings.filter((_, i) => cells[i] === state).map(shortLabel);
  const rows = model.topics.map((t) => {
    const absent = at(t.cells, 'absent');
    const unknown = t.cells.filter((c) => c === 'unknown').length;
    return `<tr><th scope="row">${esc(t.label)}</th><td>${at(t.cells, 'recorded').join(' ')}</td><td>${absent.length > 0 ? absent.join(' ') : '<span class="unknown">none known</span>'}</td><td>${unknown}</td></tr>`;
  });
  return `<section id="topics" aria-labelledby="topics-h">
<h2 id="topics-h">Agenda topics</h2>
<p class="lead">Which topics each meeting's agenda is recorded with. A topic missing from a meeting whose agenda is not fully coded is <strong>unknown</strong> (hatched), not absent; it is shown as not on the agenda (empty) only where the whole final document was read.</p>
${svg}
${legend((['recorded', 'absent', 'unknown'] as const).map((s) => [`t-${s}`, topicNames[s]]))}
<details><summary>The topics as a table</summary>${scroller('Topics table', `<table><thead><tr><th scope="col">Topic</th><th scope="col">On the agenda at</th><th scope="col">Not on the agenda at</th><th scope="col">Unknown at (meetings)</th></tr></thead><tbody>${rows.join('')}</tbody></table>`)}</details>
</section>`;
}
