import { byCodeUnit } from '../text/compare.js';

/**
 * The shape of the data: every field path the data schemas allow (`round.delegations[].head.person`),
 * with `$ref`, `allOf`, `oneOf` and `anyOf` followed. A release records it, so that the next one
 * can tell a field added (a minor release) from a field gone or renamed (a major one).
 */
export function schemaShape(schemas: Readonly<Record<string, unknown>>): string[] {
  const paths = new Set<string>();
  for (const [id, schema] of Object.entries(schemas)) {
    if (id === 'common.schema.json' || id.startsWith('output/') || id === 'dataset.schema.json') continue;
    visit(schema, id.replace('.schema.json', ''), id, schemas, paths, new Set());
  }
  return [...paths].sort(byCodeUnit);
}

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

function resolve(ref: string, base: string, schemas: Readonly<Record<string, unknown>>): { node: unknown; file: string } {
  const [file, pointer = ''] = ref.split('#');
  const target = file === '' || file === undefined ? base : file;
  let node: unknown = schemas[target];
  for (const part of pointer.split('/').filter(Boolean)) node = isNode(node) ? node[part] : undefined;
  return { node, file: target };
}

function visit(node: unknown, path: string, file: string, schemas: Readonly<Record<string, unknown>>, paths: Set<string>, refs: ReadonlySet<string>): void {
  if (!isNode(node)) return;
  if (typeof node.$ref === 'string') {
    const key = `${file}${node.$ref} ${path}`;
    if (refs.has(node.$ref) || refs.size > 32) return;
    const { node: target, file: next } = resolve(node.$ref, file, schemas);
    visit(target, path, next, schemas, paths, new Set([...refs, node.$ref, key]));
  }
  for (const list of ['allOf', 'oneOf', 'anyOf'] as const) {
    if (Array.isArray(node[list])) for (const branch of node[list] as unknown[]) visit(branch, path, file, schemas, paths, refs);
  }
  if (isNode(node.properties)) {
    for (const [key, value] of Object.entries(node.properties)) {
      const field = `${path}.${key}`;
      paths.add(field);
      visit(value, field, file, schemas, paths, refs);
    }
  }
  if (node.items !== undefined) visit(node.items, `${path}[]`, file, schemas, paths, refs);
}
