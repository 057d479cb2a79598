import { UsageError } from '../errors.js';
import { suggest } from '../text/suggest.js';
import type { RenderContext } from './context.js';
import { visibleStrings } from './escape.js';
import { renderJson } from './json.js';
import { csv, flatten, tsv } from './rows.js';
import { loadTable } from './table.js';

export const formats = ['table', 'json', 'ndjson', 'csv', 'tsv', 'yaml'] as const;
export type Format = (typeof formats)[number];

/** The formats that print the result's records, one per line, rather than the result as a whole. */
export const recordFormats = ['csv', 'tsv', 'ndjson'] as const satisfies readonly Format[];

/** What each format is for, as `astana help formats` lists them: a format without one does not compile. */
export const formatDescriptions: Record<Format, string> = {
  table: 'for people; the default on a terminal. Fits the terminal ($COLUMNS, else 80 columns): text wraps, nothing is cut; sources are a numbered list of whole URLs',
  tsv: 'tab-separated, one record per line, no colour, nothing cut; the default when piped',
  csv: 'RFC 4180',
  ndjson: 'one JSON object per line, nested as in json (jq .head.name works)',
  json: "the full result, as documented by 'astana schema <command>'",
  yaml: 'the full result, as YAML',
};

/** The formats for programs: all but the table. --fields applies to these. */
export const machineFormats = formats.filter((f) => f !== 'table');

/** How a command's result prints: as a table for people, as records for the line formats. */
export interface Output<T> {
  readonly table: (result: T, ctx: RenderContext) => string;
  /** The records csv, tsv and ndjson print; by default the result's items (or the result itself). */
  readonly records?: (result: T) => readonly unknown[];
  /**
   * The csv and tsv columns, from the record's JSON Schema: the same columns whatever the data,
   * printed as a header even when there are no records.
   */
  readonly columns?: readonly string[];
  /** What json and yaml print, when not the whole result (`rounds show --section` keeps some keys). */
  readonly json?: (result: T) => unknown;
}

export interface RenderOptions {
  readonly ctx: RenderContext;
  /** --fields: record columns for the line formats, top-level keys for json and yaml. */
  readonly fields?: readonly string[];
  /** --keep-formulas: csv and tsv print formula-like cells as they are. */
  readonly keepFormulas?: boolean;
}

type Renderer = <T>(result: T, output: Output<T>, options: RenderOptions) => string | Promise<string>;

const recordsOf = <T>(result: T, output: Output<T>): readonly unknown[] =>
  output.records ? output.records(result) : Array.isArray(result) ? result : [result];

/** Column names for csv and tsv: the declared ones, with any extra the records hold after them. */
function columnsFor(rows: readonly Record<string, unknown>[], declared: readonly string[] = []): string[] {
  const seen = new Set(declared);
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}

function lines(escape: typeof csv | typeof tsv): Renderer {
  return (result, output, { fields, keepFormulas }) => {
    const rows = recordsOf(result, output).map((r) => flatten(r));
    const available = columnsFor(rows, output.columns);
    return escape(rows, fields ? checkFields(fields, available) : available, { keepFormulas });
  };
}

/** One renderer per format, chosen once: a format that is not wired up here does not compile. */
export const renderers: Record<Format, Renderer> = {
  async table(result, output, { ctx, fields }) {
    if (fields) throw new UsageError('--fields applies to json, ndjson, csv, tsv and yaml output, not tables');
    await loadTable();
    // Escaped before the renderer styles it, so that no text from the data reaches the terminal raw.
    return output.table(visibleStrings(result), ctx);
  },
  json: (result, output, { fields }) => renderJson(shaped(result, output, fields)),
  async yaml(result, output, { fields }) {
    const { loadYaml } = await import('../data/yaml/module.js');
    return (await loadYaml()).stringify(shaped(result, output, fields), { lineWidth: 0 });
  },
  // Each record keeps its nested shape: `jq .head.name` works on every line.
  ndjson(result, output, { fields }) {
    const records = recordsOf(result, output);
    if (fields) checkFields(fields, topLevel(records, output.columns));
    return records.map((r) => `${JSON.stringify(fields ? keep(r, fields) : r)}\n`).join('');
  },
  csv: lines(csv),
  tsv: lines(tsv),
};

export function checkFields(fields: readonly string[], available: readonly string[]): string[] {
  const unknown = fields.filter((f) => !available.includes(f));
  if (unknown.length > 0) {
    const hint = suggest(unknown[0]!, available);
    throw new UsageError(`unknown field '${unknown[0]}'${hint.length > 0 ? ` (did you mean ${hint.join(', ')}?)` : ''}; fields: ${available.join(', ')}`);
  }
  return [...fields];
}

/** The top-level keys of records, including those the schema declares that these records lack. */
const topLevel = (records: readonly unknown[], columns: readonly string[] = []): string[] =>
  [...new Set([...columns.map((c) => c.split('.')[0]!), ...records.flatMap((r) => (r !== null && typeof r === 'object' ? Object.keys(r) : []))])];

const keep = (record: unknown, fields: readonly string[]): unknown =>
  Object.fromEntries(fields.filter((f) => Object.hasOwn(record as object, f)).map((f) => [f, (record as Record<string, unknown>)[f]]));

/** The json and yaml value: the command's projection of the result, then only --fields. */
function shaped<T>(result: T, output: Output<T>, fields: readonly string[] | undefined): unknown {
  const value = output.json ? output.json(result) : result;
  return fields ? pick(value, fields, output) : value;
}

/** --fields on json and yaml: keep those top-level keys of each record (or of the one object). */
function pick(result: unknown, fields: readonly string[], output: Output<never>): unknown {
  const records = Array.isArray(result) ? result : [result];
  // A list's items are its records: their declared columns name fields an empty list may lack.
  checkFields(fields, topLevel(records, Array.isArray(result) && !output.records ? output.columns : []));
  const picked = records.map((r) => keep(r, fields));
  return Array.isArray(result) ? picked : picked[0];
}

export function parseFields(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const fields = value.split(',').map((f) => f.trim()).filter((f) => f !== '');
  if (fields.length === 0) throw new UsageError('--fields needs at least one field name');
  return fields;
}
