// Generates the JSON output contract from the query result types, so the schemas under
// schemas/output/ are never written by hand beside the code. Each schema is self-contained (its
// definitions inside it), for any validator to compile alone. The records that ndjson, csv and
// tsv print have schemas of their own under schemas/output/records/, and their flattened column
// names go to src/render/columns.ts, so csv and tsv print the same header whatever the data.
// `npm run gen:schemas` rewrites them; test/cli/contract.test.ts fails when they are stale.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Each command's JSON contract, read from the command registry itself (src/commands/index.ts),
 * so that a command cannot be added without a schema: `rounds list` → schemas/output/rounds-list;
 * and the format version (src/render/format-version.ts). Both are TypeScript: esbuild bundles
 * them for this script, with their packages left outside.
 */
async function fromSources() {
  const contents = "export { commands } from './src/commands/index.ts';\nexport { formatVersion } from './src/render/format-version.ts';\n";
  const built = await build({ stdin: { contents, resolveDir: root, loader: 'ts' }, bundle: true, write: false, platform: 'node', format: 'esm', packages: 'external', logLevel: 'silent' });
  const dir = join(root, 'node_modules', '.cache', 'astana-gen');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `commands-${process.pid}.mjs`);
  writeFileSync(file, built.outputFiles[0].text);
  try {
    const { commands, formatVersion } = await import(pathToFileURL(file).href);
    const contracts = Object.entries(commands).flatMap(([command, module]) => (module.output ? [{ name: command.replace(' ', '-'), command, ...module.output }] : []));
    return { contracts, formatVersion };
  } finally {
    rmSync(file, { force: true });
  }
}

const generator = createGenerator({
  // Every type a contract names is exported from some module under these folders.
  path: `${root}src/{query,export,render}/**/*.ts`,
  tsconfig: `${root}tsconfig.json`,
  expose: 'export',
  topRef: false,
  jsDoc: 'extended',
  additionalProperties: false,
  skipTypeCheck: true,
  sortProps: false,
});

function schemaFor(type, { id, title, list, formatVersion }) {
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

export async function generate() {
  const files = {};
  const columns = {};
  const sections = {};
  const { contracts, formatVersion } = await fromSources();
  for (const c of contracts) {
    files[`schemas/output/${c.name}.schema.json`] = schemaFor(c.type, { id: `output/${c.name}.schema.json`, title: `astana ${c.command} --format json`, list: c.list, formatVersion });
    for (const records of [c.records, ...(c.otherRecords ?? [])]) {
      if (!records || records in columns) continue;
      const schema = schemaFor(records, { id: `output/records/${records}.schema.json`, title: `One ${records} record, as ndjson prints it (csv and tsv flatten it to dotted columns)`, formatVersion });
      files[`schemas/output/records/${records}.schema.json`] = schema;
      const { definitions = {}, ...body } = schema;
      columns[records] = columnsOf(body, definitions);
      // A union told apart by a `section` constant (MeetingRecord): each section's own columns,
      // so that csv and tsv of some sections print only theirs.
      const branches = body.anyOf ?? [];
      const section = (b) => b.properties?.section?.const;
      if (branches.length > 0 && branches.every((b) => typeof section(b) === 'string')) {
        sections[records] = Object.fromEntries(branches.map((b) => [section(b), columnsOf(b, definitions)]));
      }
    }
  }
  const banner = '// Generated by scripts/gen-output-schemas.mjs from the record types. Do not edit: run `npm run gen:schemas`.\n';
  const ts = `${banner}/** The csv and tsv columns of each record type, from its JSON Schema. */\nexport const columns = ${JSON.stringify(columns, null, 2)} as const;\n\n/** The columns of each section of a record type whose records are told apart by \`section\`. */\nexport const sectionColumns = ${JSON.stringify(sections, null, 2)} as const;\n`;
  return { files, ts };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { files, ts } = await generate();
  mkdirSync(`${root}schemas/output/records`, { recursive: true });
  for (const [path, schema] of Object.entries(files)) writeFileSync(`${root}${path}`, `${JSON.stringify(schema, null, 2)}\n`);
  writeFileSync(`${root}src/render/columns.ts`, ts);
}
