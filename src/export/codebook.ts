import { tableSchema } from './datapackage.js';
import type { PackageMetadata } from './metadata.js';
import { tables, type TableDef, type TableName } from './resources.js';
import type { FieldDescriptor } from './table-schema.js';

/** A Markdown table cell: one line, and a pipe would end the cell. */
const cell = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/\|/g, '\\|');
const code = (text: string): string => `\`${text}\``;
const keyOf = (def: TableDef): string => def.primaryKey.map(code).join(' + ');

function fieldRow(f: FieldDescriptor): string {
  const type = f.format === undefined ? f.type : `${f.type} (${f.format})`;
  const values = f.constraints?.enum ? ` Values: ${f.constraints.enum.map(code).join(', ')}.` : '';
  return `| ${code(f.name)} | ${type} | ${f.constraints?.required ? 'yes' : ''} | ${cell(`${f.description ?? ''}${values}`.trim())} |`;
}

function tableSection(def: TableDef, rows: number): string[] {
  const fields = tableSchema(def).fields as FieldDescriptor[];
  const references = def.foreignKeys.map((k) => `${k.fields.map(code).join(' + ')} → ${k.reference.fields.map((f) => code(`${k.reference.resource}.${f}`)).join(' + ')}`);
  return [
    `### ${def.name}`,
    '',
    `**${def.title}** (${code(`${def.name}.csv`)}): one row per ${def.row}. Key: ${keyOf(def)}. ${rows} ${rows === 1 ? 'row' : 'rows'}.`,
    '',
    def.description,
    '',
    ...(references.length > 0 ? [`References: ${references.join('; ')}.`, ''] : []),
    '| field | type | required | description |',
    '|---|---|---|---|',
    ...fields.map(fieldRow),
    '',
  ];
}

function citation(meta: PackageMetadata): string {
  const by = meta.maintainers.map((m) => m.name).join(', ');
  const year = meta.released?.slice(0, 4);
  const when = meta.released === undefined ? '' : `, released ${meta.released}`;
  return `${by === '' ? '' : `${by}${year === undefined ? '' : ` (${year})`}. `}*${meta.title}*. Version ${meta.version}${when}. Data set.`;
}

/** The ids other datasets give the process the meetings belong to, where dataset.yaml gives them. */
function joins(meta: PackageMetadata): string[] {
  const p = meta.process;
  if (p === undefined) return [];
  const ids = [
    ...(p.paxProcess === undefined ? [] : [`PA-X peace process ${p.paxProcess}${p.paxProcessName === undefined ? '' : ` (${p.paxProcessName})`}`]),
    ...(p.ucdpConflict === undefined ? [] : [`UCDP conflict ${p.ucdpConflict}`]),
  ];
  if (ids.length === 0) return [];
  return ['## Other datasets', '', `The format's process in other datasets: ${ids.join('; ')}.${p.note === undefined ? '' : ` ${p.note}`} The ids of parties and meetings are in \`crosswalk\`.`, ''];
}

/**
 * The package's README.md: a codebook generated from the table definitions that datapackage.json
 * comes from, so the two cannot disagree. `rows` counts each table's rows.
 */
export function codebook(meta: PackageMetadata, rows: Readonly<Record<TableName, number>>): string {
  const released = meta.released === undefined ? ' (the data has no dataset.yaml, so no release date)' : `, released ${meta.released}`;
  const { licence } = meta;
  const lines = [
    `# ${meta.title}`,
    '',
    `Version ${meta.version}${released}.`,
    '',
    meta.description,
    '',
    'This directory is a [Frictionless tabular data package](https://specs.frictionlessdata.io/tabular-data-package/) written by `astana export --to`. `datapackage.json` gives every table\'s schema (field types, primary and foreign keys) and every file\'s size in bytes and SHA-256 hash. This codebook is generated from the same table definitions.',
    '',
    '## Files',
    '',
    '| file | one row per | key | rows |',
    '|---|---|---|---|',
    ...tables.map((def) => `| [${code(`${def.name}.csv`)}](#${def.name}) | ${cell(def.row)} | ${keyOf(def)} | ${rows[def.name]} |`),
    '',
    'Each CSV file is UTF-8 without a byte-order mark, comma-separated with RFC 4180 quoting and CRLF line ends, and starts with a header row of the field names. Booleans are `true` or `false`, dates `YYYY-MM-DD`.',
    '',
    '## What a missing row or a blank cell means',
    '',
    '- A blank cell is a value the data does not give: unknown, or, as the field says, not applicable to the row (the `absent_reason` of a delegation that came) or disputed (`participation.head_person`, whose accounts are in `head_claims`). It never means none, zero or false.',
    '- A party with no row in `participation` for a meeting is *unknown* at that meeting, never absent. A recorded absence is a row with role `absent`.',
    '- A topic missing from `agenda_items` for a meeting is absent from its agenda only where `meetings.agenda_coverage` is `complete`; elsewhere it is unknown. Likewise a resolution missing from `resolution_citations`, by `meetings.resolutions_coverage`.',
    '- An id missing from `crosswalk` is unknown, not absent.',
    '- Every fact has its sources in `claim_sources`, which names the table and row (and for `meetings` the field) each source supports.',
    '',
    '## Spreadsheet formula guard',
    '',
    "Spreadsheets run a cell that begins with `=`, `+`, `-` or `@` as a formula, and a leading tab or carriage return can hide one. So in these CSV files a text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return has a leading `'`, which a spreadsheet shows as text; remove it to get the value as the sources give it. The SQLite file (`astana export --sqlite`) keeps the raw text.",
    '',
    '## Tables',
    '',
    ...tables.flatMap((def) => tableSection(def, rows[def.name])),
    ...joins(meta),
    '## Licence',
    '',
    licence === undefined
      ? 'The data states no licence (it has no dataset.yaml).'
      : `[${licence.name}](${licence.url}) (${code(licence.id)}). ${licence.scope}`,
    '',
    '## How to cite',
    '',
    citation(meta),
    '',
    '`astana cite --dataset` prints this citation as CSL-JSON and biblatex.',
    '',
  ];
  return lines.join('\n');
}
