/** Text or an attribute value made safe for HTML and SVG. */
export function esc(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "24–25 January 2024", "30 November – 1 December 2017": written out by hand, the same in every locale. */
export function dateRange(start: string, end: string): string {
  const [y1, m1, d1] = start.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = end.split('-').map(Number) as [number, number, number];
  const day = (d: number, m: number, y?: number): string => `${d} ${months[m - 1]}${y === undefined ? '' : ` ${y}`}`;
  if (start === end) return day(d1, m1, y1);
  if (y1 !== y2) return `${day(d1, m1, y1)} – ${day(d2, m2, y2)}`;
  if (m1 !== m2) return `${day(d1, m1)} – ${day(d2, m2, y2)}`;
  return `${d1}–${day(d2, m2, y2)}`;
}

const kindLabels = { round: 'Round', summit: 'Summit', ministerial: 'Ministerial' } as const;

/** "Round 21", "Summit 7": a meeting's name for people. */
export function meetingLabel(m: { kind: keyof typeof kindLabels; number: number }): string {
  return `${kindLabels[m.kind]} ${m.number}`;
}

/** "R21", "S7", "M2": a column head where room is short. */
export function shortLabel(m: { kind: keyof typeof kindLabels; number: number }): string {
  return `${kindLabels[m.kind][0]}${m.number}`;
}
