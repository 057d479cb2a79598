import { meetingTables } from './meeting-tables.js';
import { registryTables } from './registry-tables.js';
import { tableNames, type TableDef } from './table-def.js';

export { tableNames, type TableDef, type TableName } from './table-def.js';

/** Every exported table, in the order of the package: the meetings' facts, then the registries. */
export const tables: readonly TableDef[] = tableNames.map((name) => ({ name, ...{ ...meetingTables, ...registryTables }[name] }));
