import { neutraliseFormula, visible } from './escape.js';

/** A flat record: what csv, tsv and ndjson print, one per line. */
export type Row = Record<string, string | number | boolean | null>;

/**
 * Flattens a record for line-oriented formats: nested objects become dotted keys (`head.name`),
 * lists of plain values are joined with `; `, anything deeper is written as JSON.
 */
export function flatten(record: unknown, prefix = ''): Row {
  const row: Row = {};
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    row[prefix || 'value'] = cell(record);
    return row;
  }
  for (const [key, value] of Object.entries(record)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value === undefined) continue;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) Object.assign(row, flatten(value, name));
    else row[name] = cell(value);
  }
  return row;
}

function cell(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    return value.every((v) => v === null || typeof v !== 'object') ? value.join('; ') : JSON.stringify(value);
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return value as string | number | boolean;
}

const text = (v: Row[string] | undefined): string => (v === null || v === undefined ? '' : String(v));

export interface LineOptions {
  /** Print cells that begin with = + - @ as they are, for programs that want the raw value (--keep-formulas). */
  readonly keepFormulas?: boolean;
}

/** A string cell made safe for a spreadsheet, unless asked otherwise; numbers and booleans are left alone. */
const cellText = (v: Row[string] | undefined, options: LineOptions): string =>
  typeof v === 'string' && !options.keepFormulas ? neutraliseFormula(v) : text(v);

/**
 * RFC 4180: quote fields with commas, quotes or line breaks; double the quotes. Line breaks and
 * tabs stay, inside quotes; other control characters are shown as escapes (\x1b).
 */
export function csv(rows: readonly Row[], columns: readonly string[], options: LineOptions = {}): string {
  const quote = (s: string): string => {
    const safe = visible(s, '\t\r\n');
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return [columns.map(quote).join(','), ...rows.map((r) => columns.map((c) => quote(cellText(r[c], options))).join(','))].map((l) => `${l}\r\n`).join('');
}

/**
 * Tab-separated, with backslashes, tabs and line breaks inside values escaped (\\, \t, \r, \n), so
 * one record is one line, and other control characters shown as escapes (\x1b).
 */
export function tsv(rows: readonly Row[], columns: readonly string[], options: LineOptions = {}): string {
  const escape = (s: string): string => visible(s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\r/g, '\\r').replace(/\n/g, '\\n'));
  return [columns.map(escape).join('\t'), ...rows.map((r) => columns.map((c) => escape(cellText(r[c], options))).join('\t'))].map((l) => `${l}\n`).join('');
}

