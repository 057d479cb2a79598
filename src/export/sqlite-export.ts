import type { Dataset } from '../model/dataset.js';
import { searchDocuments } from '../search/documents.js';
import { packageMetadata, type PackageInfo } from './metadata.js';
import { metadataDdl, metadataRows } from './metadata-table.js';
import { tables, type TableDef } from './resources.js';
import type { Tables } from './rows.js';
import { openDatabase, type SqlValue } from './sqlite.js';
import { fieldDescriptor } from './table-schema.js';

const quote = (name: string): string => `"${name}"`;
const list = (names: readonly string[]): string => names.map(quote).join(', ');

/** CREATE TABLE for one exported table, with the same keys as its Table Schema. */
export function createTable(def: TableDef): string {
  const columns = def.fields.map(fieldDescriptor).map((f) => {
    const type = f.type === 'integer' || f.type === 'boolean' ? 'INTEGER' : 'TEXT';
    const notNull = f.constraints?.required ? ' NOT NULL' : '';
    const check = f.constraints?.enum ? ` CHECK (${quote(f.name)} IN (${f.constraints.enum.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')}))` : f.type === 'boolean' ? ` CHECK (${quote(f.name)} IN (0, 1))` : '';
    return `  ${quote(f.name)} ${type}${notNull}${check}`;
  });
  const keys = [
    `  PRIMARY KEY (${list(def.primaryKey)})`,
    ...def.foreignKeys.map((k) => `  FOREIGN KEY (${list(k.fields)}) REFERENCES ${quote(k.reference.resource)} (${list(k.reference.fields)})`),
  ];
  return `CREATE TABLE ${quote(def.name)} (\n${[...columns, ...keys].join(',\n')}\n);`;
}

// The texts `astana search` covers, with a full-text index Datasette finds by its content= table.
const textsDdl = `CREATE TABLE "texts" (
  "id" INTEGER PRIMARY KEY,
  "kind" TEXT NOT NULL,
  "meeting" TEXT REFERENCES "meetings" ("id"),
  "entry" TEXT,
  "path" TEXT NOT NULL,
  "text" TEXT NOT NULL
);
CREATE VIRTUAL TABLE "texts_fts" USING fts4("text", content="texts", tokenize=unicode61 "remove_diacritics=2");`;

const value = (v: unknown): SqlValue => (typeof v === 'boolean' ? Number(v) : (v as SqlValue) ?? null);

/** The tables in one SQLite file with their keys, the texts with an FTS4 index, and the package's metadata. */
export async function sqliteFile(data: Dataset, rows: Tables, info: PackageInfo): Promise<Uint8Array> {
  const db = await openDatabase();
  try {
    db.exec(`PRAGMA foreign_keys = OFF;\n${tables.map(createTable).join('\n')}\n${textsDdl}\n${metadataDdl}`);
    db.exec('BEGIN');
    for (const def of tables) {
      const columns = def.fields.map((f) => f.name);
      db.insert(def.name, columns, rows[def.name].map((r) => columns.map((c) => value(r[c]))));
    }
    db.insert('texts', ['id', 'kind', 'meeting', 'entry', 'path', 'text'], searchDocuments(data).map((t, i) => [i + 1, t.kind, t.meeting ?? null, t.entry ?? null, t.path, t.text]));
    db.exec(`INSERT INTO "texts_fts" ("docid", "text") SELECT "id", "text" FROM "texts";`);
    db.insert('metadata', ['key', 'value'], metadataRows(packageMetadata(data, info)));
    db.exec('COMMIT');
    // The keys are declared for readers; the export checks that they hold.
    const broken = db.query('PRAGMA foreign_key_check');
    if (broken.length > 0) throw new Error(`foreign key broken in the SQLite export: ${JSON.stringify(broken[0])}`);
    return db.bytes();
  } finally {
    db.close();
  }
}
