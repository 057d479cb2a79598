import type { PackageMetadata } from './metadata.js';

/** The SQLite file's `metadata` table: what datapackage.json says of the package, one key per row. */
export const metadataDdl = 'CREATE TABLE "metadata" ("key" TEXT PRIMARY KEY, "value" TEXT NOT NULL);';

/**
 * The rows of `metadata`, from the value datapackage.json is written from. Values are text; a
 * list (maintainers, keywords, sources) is a JSON array, which SQLite's json_each reads. A key
 * the data does not give has no row.
 */
export function metadataRows(meta: PackageMetadata): [string, string][] {
  const { licence, process } = meta;
  const rows: [string, string | number | undefined][] = [
    ['name', meta.name],
    ['title', meta.title],
    ['description', meta.description],
    ['version', meta.version],
    ['released', meta.released],
    ['created', meta.created],
    ['licence_id', licence?.id],
    ['licence_name', licence?.name],
    ['licence_url', licence?.url],
    ['licence_note', licence?.scope],
    ['maintainers', meta.maintainers.length === 0 ? undefined : JSON.stringify(meta.maintainers)],
    ['keywords', meta.keywords.length === 0 ? undefined : JSON.stringify(meta.keywords)],
    ['pax_process', process?.paxProcess],
    ['pax_process_name', process?.paxProcessName],
    ['ucdp_conflict', process?.ucdpConflict],
    ['process_note', process?.note],
    ['sources', meta.sources.length === 0 ? undefined : JSON.stringify(meta.sources)],
  ];
  return rows.flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]]));
}
