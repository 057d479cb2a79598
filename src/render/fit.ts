import stringWidth from 'string-width';
import { narrowWidth } from './narrow-width.js';

// eslint-disable-next-line no-control-regex
const ansi = /\u001b\[[0-9;]*m/g;
const width = (text: string): number => narrowWidth(text) ?? stringWidth(text.replace(ansi, ''));

/** An id too long for its column may break after its hyphens: `syrian-national-` / `dialogue-congress`. */
const hyphenParts = (word: string): string[] => word.match(/[^-]*-+|[^-]+$/g) ?? [word];

interface Cell {
  /** Each line's words, as widths; an overlong word is wrapped at its hyphens, then broken. */
  readonly lines: readonly (readonly { readonly width: number; readonly parts: readonly number[] }[])[];
}

function measure(text: string): Cell {
  return {
    lines: text.split('\n').map((line) =>
      line
        .split(/\s+/)
        .filter((w) => w !== '')
        .map((w) => ({ width: width(w), parts: w.includes('\u001b') ? [width(w)] : hyphenParts(w).map(width) })),
    ),
  };
}

/** How many lines `cell` takes in `room` columns, wrapped as `wrapCell` wraps it. */
function lineCount(cell: Cell, room: number): number {
  let total = 0;
  for (const words of cell.lines) {
    let lines = 1;
    let used = 0;
    for (const word of words) {
      if (word.width <= room) {
        if (used === 0) used = word.width;
        else if (used + 1 + word.width <= room) used += 1 + word.width;
        else [lines, used] = [lines + 1, word.width];
        continue;
      }
      // An overlong word starts a line of its own, its hyphen parts packed, each part broken if it must be.
      if (used > 0) lines += 1;
      used = 0;
      for (const part of word.parts) {
        if (used + part <= room) used += part;
        else if (part <= room) [lines, used] = [lines + 1, part];
        else {
          const chunks = Math.ceil(part / room);
          lines += (used > 0 ? 1 : 0) + chunks - 1;
          used = part - (chunks - 1) * room;
        }
      }
    }
    total += lines;
  }
  return total;
}

/**
 * Breaks each word wider than `room` after its hyphens, as lines of their own, so that the
 * wrapper, which breaks only at spaces (or anywhere, when forced), breaks an id where it reads.
 */
export function breakAtHyphens(text: string, room: number): string {
  return text
    .split('\n')
    .map((line) =>
      line.replace(/\S+/g, (word) => {
        if (word.includes('\u001b') || !word.includes('-') || width(word) <= room) return word;
        const lines: string[] = [];
        for (const part of hyphenParts(word)) {
          const last = lines.length - 1;
          if (last >= 0 && width(lines[last]!) + width(part) <= room) lines[last] += part;
          else lines.push(part);
        }
        return lines.join('\n');
      }),
    )
    .join('\n');
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** Water-filling: raise the narrowest columns (from `start`) towards `wanted` until `budget` is spent. */
function share(wanted: readonly number[], budget: number, start: readonly number[] = wanted.map(() => 3)): number[] {
  const widths = [...start];
  let left = budget - sum(widths);
  while (left > 0) {
    const open = widths.map((_, i) => i).filter((i) => widths[i]! < wanted[i]!);
    if (open.length === 0) break;
    const i = open.sort((a, b) => widths[a]! - widths[b]! || a - b)[0]!;
    widths[i]! += 1;
    left -= 1;
  }
  return widths;
}

/**
 * Column widths (with padding) whose sum, with borders, is at most `columns`, chosen by content:
 * - every column first gets its longest word, so that ids, numbers and [n] marks are never
 *   broken; where even that does not fit, its longest hyphen-separated part, so that an id
 *   breaks after a hyphen; only past that is a word broken;
 * - the width left goes where it saves the most wrapped lines, a column at a time, so a column
 *   of short marks is not given the room a column of text needs;
 * - no column is wider than its content, so no cell wraps while a column has room to spare.
 */
export function fit(rows: readonly (readonly string[])[], columns: number): number[] {
  const count = rows[0]!.length;
  const cells = rows.map((row) => Array.from({ length: count }, (_, c) => measure(row[c] ?? '')));
  const column = (c: number): Cell[] => cells.map((row) => row[c]!);
  const most = (c: number, of: (w: { width: number; parts: readonly number[] }) => number): number => Math.max(0, ...column(c).flatMap((cell) => cell.lines.flatMap((line) => line.map(of))));
  const natural = Array.from({ length: count }, (_, c) => 2 + Math.max(0, ...column(c).flatMap((cell) => cell.lines.map((line) => sum(line.map((w) => w.width)) + Math.max(0, line.length - 1)))));
  const word = natural.map((n, c) => Math.min(n, 2 + most(c, (w) => w.width)));
  const part = word.map((n, c) => Math.min(n, 2 + most(c, (w) => Math.max(...w.parts))));
  const budget = Math.max(columns - (count + 1), count * 3);
  const floor = sum(word) <= budget ? word : sum(part) <= budget ? share(word, budget, part) : share(part, budget);
  return grow(floor, natural, budget, cells);
}

/**
 * Spends what is left of `budget` where a few more columns of width save the most: lines of
 * table first, then wrapped lines of cells (so that a cell stops wrapping even in a row another
 * cell keeps tall).
 */
function grow(start: readonly number[], natural: readonly number[], budget: number, cells: readonly (readonly Cell[])[]): number[] {
  const widths = [...start];
  const memo = new Map<number, number[]>();
  const counts = (c: number, w: number): number[] => {
    const key = c * 4096 + w;
    let found = memo.get(key);
    if (found === undefined) memo.set(key, (found = cells.map((row) => lineCount(row[c]!, Math.max(1, w - 2)))));
    return found;
  };
  let left = budget - sum(widths);
  while (left > 0) {
    const current = widths.map((w, c) => counts(c, w));
    let best: { c: number; k: number; rate: number } | undefined;
    for (let c = 0; c < widths.length; c++) {
      const rest = cells.map((_, r) => Math.max(0, ...current.filter((_, i) => i !== c).map((lines) => lines[r]!)));
      const cost = (lines: readonly number[]): number => sum(lines.map((n, r) => Math.max(n, rest[r]!) * 1000 + n));
      const now = cost(current[c]!);
      for (let k = 1; k <= Math.min(left, natural[c]! - widths[c]!); k++) {
        const rate = (now - cost(counts(c, widths[c]! + k))) / k;
        if (rate <= 0) continue;
        if (best === undefined || rate > best.rate) best = { c, k, rate };
        break;
      }
    }
    if (best === undefined) break;
    widths[best.c]! += best.k;
    left -= best.k;
  }
  // Nothing wraps less for more width: what is left brings each column nearer its content, narrowest first.
  return settle(share(natural, budget, widths), start, natural, counts);
}

/**
 * Moves width, a column at a time, from a column that does not need it (one less would wrap none
 * of its cells more) to one whose cells would wrap less with it, until no such move is left: no
 * cell wraps while another column has room to spare.
 */
function settle(start: readonly number[], floor: readonly number[], natural: readonly number[], counts: (c: number, w: number) => number[]): number[] {
  const widths = [...start];
  const lines = (c: number, w: number): number => sum(counts(c, w));
  for (let moves = 0; moves < 4096; moves++) {
    const free = (w: number, c: number): boolean => w > floor[c]! && lines(c, w - 1) === lines(c, w);
    const spare = widths.findIndex(free);
    const needs = widths.map((w, c) => (w < natural[c]! ? lines(c, w) - lines(c, w + 1) : 0));
    const j = needs.indexOf(Math.max(...needs));
    if (spare < 0 || needs[j]! <= 0 || spare === j) {
      // Another spare column may still serve: look past the first.
      const other = widths.findIndex((w, c) => c !== j && free(w, c));
      if (other < 0 || needs[j]! <= 0) break;
      widths[other]! -= 1;
      widths[j]! += 1;
      continue;
    }
    widths[spare]! -= 1;
    widths[j]! += 1;
  }
  return widths;
}
