import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import type { SqlJsStatic } from 'sql.js';

/**
 * The little of SQLite the export needs. sql.js (SQLite compiled to WebAssembly) implements it
 * today: no native build, nothing downloaded at install. Once Node 20 is no longer supported,
 * node:sqlite can implement the same interface (bytes() by reading back a database it built in a
 * temporary file) and nothing else changes.
 */
export interface SqlDatabase {
  exec(sql: string): void;
  /** Inserts rows through one prepared statement. */
  insert(table: string, columns: readonly string[], rows: readonly (readonly SqlValue[])[]): void;
  query(sql: string, params?: readonly SqlValue[]): Record<string, SqlValue>[];
  /** The database file's bytes. */
  bytes(): Uint8Array;
  close(): void;
}

export type SqlValue = string | number | null;

let engine: Promise<SqlJsStatic> | undefined;

/** An empty database, or one read from a file's bytes. */
export async function openDatabase(bytes?: Uint8Array): Promise<SqlDatabase> {
  // A one-off export gains nothing from V8 recompiling SQLite's WebAssembly in optimised form
  // in the background, and on a busy machine the process waits for it before exiting.
  if (engine === undefined) setFlagsFromString('--liftoff-only');
  // sql.js is CommonJS and finds its .wasm beside itself, so it stays outside the bundle.
  engine ??= (createRequire(import.meta.url)('sql.js') as (config?: object) => Promise<SqlJsStatic>)();
  const SQL = await engine;
  const db = new SQL.Database(bytes);
  const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;
  return {
    exec: (sql) => void db.exec(sql),
    insert(table, columns, rows) {
      const statement = db.prepare(`INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      try {
        for (const row of rows) statement.run([...row]);
      } finally {
        statement.free();
      }
    },
    query(sql, params = []) {
      const statement = db.prepare(sql, [...params]);
      const out: Record<string, SqlValue>[] = [];
      try {
        while (statement.step()) out.push(statement.getAsObject() as Record<string, SqlValue>);
      } finally {
        statement.free();
      }
      return out;
    },
    bytes: () => db.export(),
    close: () => db.close(),
  };
}
