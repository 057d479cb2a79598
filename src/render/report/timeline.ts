import type { ReportMeeting } from '../../query/report.js';
import { dateRange, esc, meetingLabel } from './html.js';

const width = 960;
const left = 104;
const right = 16;
const lanes = { round: 50, summit: 112, ministerial: 168 } as const;
const laneNames = { round: 'Rounds', summit: 'Summits', ministerial: 'Ministerials' } as const;
const axis = 204;
/** Where a mark's number may go, nearest first: above and below the lane, then a line further out. */
const slots = [-11, 19, -21, 29] as const;
/** The width of a number's text (9.5px digits), with a pixel either side. */
const labelWidth = (n: number): number => String(n).length * 5.6 + 2;

const dayNumber = (date: string): number => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

/** Each kind has its own shape as well as its own lane, so print and colour blindness lose nothing. */
function shape(kind: ReportMeeting['kind'], x: number, y: number, cls: string): string {
  if (kind === 'round') return `<circle class="${cls}" cx="${x}" cy="${y}" r="6"/>`;
  if (kind === 'summit') return `<rect class="${cls}" x="${x - 6}" y="${y - 6}" width="12" height="12"/>`;
  return `<path class="${cls}" d="M${x} ${y - 8}L${x + 8} ${y}L${x} ${y + 8}L${x - 8} ${y}Z"/>`;
}

/**
 * Every meeting on one time axis, a lane per kind, coloured by city: one mark per meeting, each
 * a link to the meeting's facts further down the page.
 */
export function timelineSvg(meetings: readonly ReportMeeting[], cityClass: (m: ReportMeeting) => string): string {
  const first = Number(meetings[0]!.start.slice(0, 4));
  const last = Number(meetings.at(-1)!.end.slice(0, 4)) + 1;
  const t0 = dayNumber(`${first}-01-01`);
  const span = dayNumber(`${last}-01-01`) - t0;
  const x = (date: string): number => Math.round((left + ((dayNumber(date) - t0) / span) * (width - left - right)) * 10) / 10;
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i).map((y) => {
    const at = x(`${y}-01-01`);
    return `<line class="sep" x1="${at}" x2="${at}" y1="20" y2="${axis - 12}"/>${y < last ? `<text class="year" x="${at + 4}" y="${axis}">${y}</text>` : ''}`;
  });
  const laneLabels = Object.entries(lanes).map(([kind, y]) => `<text class="row" x="${left - 12}" y="${y + 4}">${laneNames[kind as keyof typeof lanes]}</text>`);
  // Each number takes the nearest slot where it overlaps no number already placed in its lane, so
  // meetings days apart keep legible labels.
  const taken = new Map<string, [number, number][]>();
  const place = (kind: string, cx: number, n: number): number => {
    const [from, to] = [cx - labelWidth(n) / 2, cx + labelWidth(n) / 2];
    const free = (slot: number): boolean => !(taken.get(`${kind}${slot}`) ?? []).some(([a, b]) => from < b && a < to);
    const slot = slots.find(free) ?? slots[0];
    taken.set(`${kind}${slot}`, [...(taken.get(`${kind}${slot}`) ?? []), [from, to]]);
    return slot;
  };
  const marks = meetings.map((m) => {
    const cx = x(m.start);
    const cy = lanes[m.kind];
    const label = `${meetingLabel(m)}, ${dateRange(m.start, m.end)}, ${m.city}`;
    const number = `<text class="num" x="${cx}" y="${cy + place(m.kind, cx, m.number)}">${m.number}</text>`;
    // The <title> names the link for screen readers and shows as a tooltip.
    return `<a class="mark" href="#${m.id}"><title>${esc(label)}</title>${shape(m.kind, cx, cy, cityClass(m))}${number}</a>`;
  });
  return [
    `<svg id="timeline-chart" class="timeline" viewBox="0 0 ${width} ${axis + 8}" width="${width}" height="${axis + 8}" role="group" aria-labelledby="timeline-chart-t timeline-chart-d">`,
    '<title id="timeline-chart-t">Timeline of the meetings</title>',
    `<desc id="timeline-chart-d">${meetings.length} meetings from ${first} to ${last - 1}: a circle per round, a square per summit, a diamond per ministerial meeting, coloured by city. Each mark links to the meeting's facts.</desc>`,
    ...years,
    ...laneLabels,
    ...marks,
    '</svg>',
  ].join('\n');
}
