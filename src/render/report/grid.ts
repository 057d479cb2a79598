import { esc } from './html.js';

export interface GridCell {
  /** CSS class of the state, e.g. `a-guarantor`, `t-unknown`. */
  readonly state: string;
  /** A letter drawn in the cell, so that colour is never the only cue. */
  readonly letter?: string;
}

export interface GridSpec {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly rows: readonly string[];
  /** Short column heads (R21, S7) and the year each column falls in. */
  readonly columns: readonly { label: string; year: string }[];
  /** A cell, or undefined to let the column's background show. */
  cell(row: number, column: number): GridCell | undefined;
  /** A state that fills a whole column behind its cells, such as "unknown" for a meeting not fully coded. */
  column?(column: number): { state: string; title: string } | undefined;
}

const pitch = 22;
const size = 20;
const charWidth = 6.6;

/**
 * A rows × columns grid of cells as SVG, drawn when the report is built: year and column heads
 * on top, one rect per cell, and the row labels in an SVG of their own on the left, which stays
 * put while the cells scroll sideways on a narrow screen; both are drawn at their own size, so
 * the labels stay legible. Hand-written, because a grid of equal squares needs no scales or
 * layout a chart library would add.
 */
export function gridSvg(spec: GridSpec): string {
  const labelWidth = Math.ceil(Math.max(...spec.rows.map((r) => r.length)) * charWidth) + 8;
  const left = 2;
  const top = 34;
  const width = left + spec.columns.length * pitch;
  const height = top + spec.rows.length * pitch;
  const starts = spec.columns.map((c, i) => ({ ...c, i })).filter((c, i, all) => i === 0 || all[i - 1]!.year !== c.year);
  // A year with a single column gets its short form ('20), so neighbouring labels do not overlap.
  const years = starts.map((c, k) => {
    const span = (starts[k + 1]?.i ?? spec.columns.length) - c.i;
    const x = left + c.i * pitch;
    return `<text class="year" x="${x}" y="11">${span > 1 ? c.year : `’${c.year.slice(2)}`}</text><line class="sep" x1="${x - 1}" x2="${x - 1}" y1="0" y2="${height}"/>`;
  });
  const heads = spec.columns.map((c, i) => `<text class="col" x="${left + i * pitch + size / 2}" y="28">${esc(c.label)}</text>`);
  // Each state is drawn once, in <defs>, with its letter; a cell is a <use> of it by a short id,
  // so the page stays small. The text table behind the chart says what each cell says.
  const states = new Map<string, { id: string; letter?: string }>();
  const idOf = (cell: GridCell): string => {
    if (!states.has(cell.state)) states.set(cell.state, { id: `${spec.id[0]}${states.size}`, letter: cell.letter });
    return states.get(cell.state)!.id;
  };
  const rows = spec.rows.map((label, r) => {
    const cells = spec.columns.map((_, c) => {
      const cell = spec.cell(r, c);
      return cell === undefined ? '' : `<use href="#${idOf(cell)}" x="${left + c * pitch}"/>`;
    });
    return `<g class="r" transform="translate(0 ${top + r * pitch})">${cells.join('')}</g>`;
  });
  const labels = spec.rows.map((label, r) => `<text class="row" x="${labelWidth - 6}" y="${top + r * pitch + 14}">${esc(label)}</text>`);
  const backgrounds = spec.columns.map((_, c) => {
    const column = spec.column?.(c);
    if (column === undefined) return '';
    return `<rect class="cell ${column.state}" x="${left + c * pitch}" y="${top}" width="${size}" height="${spec.rows.length * pitch - (pitch - size)}"><title>${esc(column.title)}</title></rect>`;
  });
  // Gaps between rows, drawn over the column backgrounds, so they read as cells too.
  const gaps = spec.column ? spec.rows.slice(1).map((_, r) => `<line class="gap" x1="${left}" x2="${width}" y1="${top + (r + 1) * pitch - 1}" y2="${top + (r + 1) * pitch - 1}"/>`) : [];
  const defs = `<defs>${[...states]
    .map(([state, { id, letter }]) => `<g id="${id}"><rect class="cell ${state}" width="${size}" height="${size}"/>${letter ? `<text class="l" x="${size / 2}" y="14">${esc(letter)}</text>` : ''}</g>`)
    .join('')}</defs>`;
  return [
    `<div class="gridwrap"><svg class="labels" viewBox="0 0 ${labelWidth} ${height}" width="${labelWidth}" height="${height}" aria-hidden="true">${labels.join('')}</svg>`,
    `<div class="scroll" tabindex="0" role="region" aria-label="${esc(spec.title)}, scrolls sideways">`,
    `<svg id="${spec.id}" class="grid" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${spec.id}-t ${spec.id}-d">`,
    `<title id="${spec.id}-t">${esc(spec.title)}</title><desc id="${spec.id}-d">${esc(spec.description)}</desc>`,
    defs,
    ...years,
    ...heads,
    ...backgrounds,
    ...gaps,
    ...rows,
    '</svg></div></div>',
  ].join('\n');
}
