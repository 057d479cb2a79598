// Generates the JSON output contract from the query result types, so the schemas under
// schemas/output/ are never written by hand beside the code. Each schema is self-contained (its
// definitions inside it), for any validator to compile alone. The records that ndjson, csv and
// tsv print have schemas of their own under schemas/output/records/, and their flattened column
// names go to src/render/columns.ts, so csv and tsv print the same header whatever the data.
// `npm run gen:schemas` rewrites them; test/cli/contract.test.ts fails when they are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Raised when a field is renamed, retyped or removed; adding a field keeps it. See README "JSON output". */
export const formatVersion = 3;

/** Each command's JSON result type and the type of the records its line formats print. */
export const commands = [
  { name: 'rounds-list', command: 'rounds list', type: 'RoundSummary', list: true, records: 'RoundSummary' },
  { name: 'rounds-show', command: 'rounds show', type: 'RoundDetail', records: 'MeetingRecord' },
  { name: 'meetings-list', command: 'meetings list', type: 'MeetingSummary', list: true, records: 'MeetingSummary' },
  { name: 'meetings-show', command: 'meetings show', type: 'MeetingShow', records: 'MeetingRecord' },
  { name: 'agenda-diff', command: 'agenda diff', type: 'AgendaDiff', records: 'AgendaDiffRecord' },
  { name: 'agenda-history', command: 'agenda history', type: 'TopicHistory', records: 'TopicHistoryRecord' },
  { name: 'diff', command: 'diff', type: 'MeetingDiff', records: 'DiffRecord' },
  { name: 'attendance', command: 'attendance', type: 'AttendanceRecord', list: true, records: 'AttendanceRecord' },
  { name: 'resolutions-list', command: 'resolutions list', type: 'ResolutionSummary', list: true, records: 'ResolutionSummary' },
  { name: 'resolutions-show', command: 'resolutions show', type: 'ResolutionDetail', records: 'ResolutionRecord' },
  { name: 'stats', command: 'stats', type: 'DatasetStats', records: 'MeetingStats' },
  { name: 'cite', command: 'cite', type: 'CitedSource', list: true, records: 'CitedSource' },
  { name: 'validate', command: 'validate', type: 'DiagnosticJson', list: true },
  { name: 'search', command: 'search', type: 'SearchHit', list: true, records: 'SearchRecord' },
  { name: 'parties-list', command: 'parties list', type: 'PartySummary', list: true, records: 'PartySummary' },
  { name: 'parties-show', command: 'parties show', type: 'PartyDetail', records: 'PartyRecord' },
  { name: 'people-list', command: 'people list', type: 'PersonSummary', list: true, records: 'PersonSummary' },
  { name: 'people-show', command: 'people show', type: 'PersonDetail', records: 'HeadshipRecord' },
  { name: 'topics-list', command: 'topics list', type: 'TopicSummary', list: true, records: 'TopicSummary' },
  { name: 'topics-show', command: 'topics show', type: 'TopicDetail', records: 'TopicAppearanceRecord' },
  { name: 'sources', command: 'sources', type: 'SourcesOutput', records: 'SourceRecord' },
  { name: 'export', command: 'export', type: 'ExportSummary', records: 'ExportedFile' },
];

const generator = createGenerator({
  path: `${root}src/output-types.ts`,
  tsconfig: `${root}tsconfig.json`,
  expose: 'export',
  topRef: false,
  jsDoc: 'extended',
  additionalProperties: false,
  skipTypeCheck: true,
  sortProps: false,
});

function schemaFor(type, { id, title, list }) {
  const { definitions = {}, ...body } = generator.createSchema(type);
  const shape = list ? { type: 'array', items: { $ref: `#/definitions/${type}` } } : body;
  // The root type stays in definitions too, so records and lists can refer to it by name.
  const defs = list ? { ...definitions, [type]: body } : definitions;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: id,
    title,
    'x-format-version': formatVersion,
    ...shape,
    ...(Object.keys(defs).length > 0 ? { definitions: defs } : {}),
  };
}

/** The csv/tsv columns of a record schema: nested objects as dotted names, lists as one column. */
function columnsOf(schema, defs, prefix = '', seen = new Set()) {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/definitions/', '');
    if (seen.has(name)) return prefix ? [prefix] : [];
    return columnsOf(defs[name], defs, prefix, new Set([...seen, name]));
  }
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return [...new Set(branches.flatMap((b) => columnsOf(b, defs, prefix, seen)))];
  if (schema.type === 'object' && schema.properties) {
    return Object.entries(schema.properties).flatMap(([key, value]) => columnsOf(value, defs, prefix ? `${prefix}.${key}` : key, seen));
  }
  return prefix ? [prefix] : [];
}

export function generate() {
  const files = {};
  const columns = {};
  for (const c of commands) {
    files[`schemas/output/${c.name}.schema.json`] = schemaFor(c.type, { id: `output/${c.name}.schema.json`, title: `astana ${c.command} --format json`, list: c.list });
    if (c.records && !(c.records in columns)) {
      const schema = schemaFor(c.records, { id: `output/records/${c.records}.schema.json`, title: `One ${c.records} record, as ndjson prints it (csv and tsv flatten it to dotted columns)` });
      files[`schemas/output/records/${c.records}.schema.json`] = schema;
      const { definitions = {}, ...body } = schema;
      columns[c.records] = columnsOf(body, definitions);
    }
  }
  const banner = '// Generated by scripts/gen-output-schemas.mjs from the record types. Do not edit: run `npm run gen:schemas`.\n';
  const ts = `${banner}/** The csv and tsv columns of each record type, from its JSON Schema. */\nexport const columns = ${JSON.stringify(columns, null, 2)} as const;\n`;
  return { files, ts };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { files, ts } = generate();
  mkdirSync(`${root}schemas/output/records`, { recursive: true });
  for (const [path, schema] of Object.entries(files)) writeFileSync(`${root}${path}`, `${JSON.stringify(schema, null, 2)}\n`);
  writeFileSync(`${root}src/render/columns.ts`, ts);
}
