import cities from '../../schemas/cities.schema.json' with { type: 'json' };
import common from '../../schemas/common.schema.json' with { type: 'json' };
import ministerial from '../../schemas/ministerial.schema.json' with { type: 'json' };
import parties from '../../schemas/parties.schema.json' with { type: 'json' };
import people from '../../schemas/people.schema.json' with { type: 'json' };
import resolutions from '../../schemas/resolutions.schema.json' with { type: 'json' };
import round from '../../schemas/round.schema.json' with { type: 'json' };
import summit from '../../schemas/summit.schema.json' with { type: 'json' };
import topics from '../../schemas/topics.schema.json' with { type: 'json' };

/** The data schemas by $id: the single source of truth the Table Schemas are derived from. */
const schemas: Record<string, unknown> = Object.fromEntries([cities, common, ministerial, parties, people, resolutions, round, summit, topics].map((s) => [s.$id, s]));

export type FieldType = 'string' | 'integer' | 'boolean' | 'date';

/**
 * One column of an exported table. `from` names the JSON Schema node that defines it
 * (`common.schema.json#/definitions/dates/properties/start`); its type, description and
 * constraints are read from there. Columns the data files do not have (ids of rows, flags the
 * export computes) give `type` and `description` themselves.
 */
export interface FieldDef {
  readonly name: string;
  readonly from?: string;
  readonly type?: FieldType;
  readonly description?: string;
  /** Overrides the `required` read from the parent object. */
  readonly required?: boolean;
  /** Values this table adds to the schema's enum (participation's `absent`). */
  readonly extraEnum?: readonly string[];
  readonly enum?: readonly string[];
}

export interface Constraints {
  required?: boolean;
  unique?: boolean;
  enum?: string[];
  pattern?: string;
  minimum?: number;
  minLength?: number;
}

/** A Frictionless Table Schema field descriptor. */
export interface FieldDescriptor {
  name: string;
  type: FieldType;
  format?: string;
  description?: string;
  constraints?: Constraints;
}

type Node = Record<string, unknown>;

/** Follows a JSON pointer through the schemas, resolving $refs on the way; the leaf's descriptions come outermost first. */
function walk(ref: string): { node: Node; descriptions: string[] } {
  const [file, pointer = ''] = ref.split('#');
  let base = file!;
  let node = schemas[base] as Node | undefined;
  const descriptions: string[] = [];
  const deref = (collect: boolean): void => {
    for (let guard = 0; typeof node?.$ref === 'string' && guard < 16; guard++) {
      if (collect && typeof node.description === 'string') descriptions.push(node.description);
      const [refFile, refPointer = ''] = (node.$ref as string).split('#');
      if (refFile) base = refFile;
      node = at(schemas[base] as Node | undefined, refPointer);
    }
  };
  for (const segment of pointer.split('/').filter(Boolean)) {
    deref(false);
    node = node?.[segment] as Node | undefined;
  }
  deref(true);
  if (!node) throw new Error(`no JSON Schema node at ${ref}`);
  if (typeof node.description === 'string') descriptions.push(node.description);
  return { node, descriptions };
}

function at(root: Node | undefined, pointer: string): Node | undefined {
  return pointer.split('/').filter(Boolean).reduce<Node | undefined>((n, s) => n?.[s] as Node | undefined, root);
}

/** Whether the object that holds the property lists it as required. */
function requiredIn(ref: string): boolean {
  const match = /^(.*)\/properties\/([^/]+)$/.exec(ref);
  if (!match) return false;
  const parent = walk(match[1]!).node;
  return Array.isArray(parent.required) && parent.required.includes(match[2]);
}

const datePattern = common.definitions.date.pattern;

/** A JSON Schema pattern as a Table Schema pattern, which always matches the whole value. */
const unanchored = (pattern: string): string => pattern.replace(/^\^/, '').replace(/\$$/, '');

export function fieldDescriptor(def: FieldDef): FieldDescriptor {
  if (def.from === undefined) {
    const constraints: Constraints = {};
    if (def.required) constraints.required = true;
    if (def.enum) constraints.enum = [...def.enum];
    return { name: def.name, type: def.type ?? 'string', ...(def.description ? { description: def.description } : {}), ...(Object.keys(constraints).length > 0 ? { constraints } : {}) };
  }
  const { node, descriptions } = walk(def.from);
  const constraints: Constraints = {};
  if (def.required ?? requiredIn(def.from)) constraints.required = true;
  let type: FieldType = node.type === 'integer' ? 'integer' : node.type === 'boolean' ? 'boolean' : 'string';
  let format: string | undefined;
  if (node.pattern === datePattern) type = 'date';
  else if (typeof node.pattern === 'string') {
    constraints.pattern = unanchored(node.pattern);
    if (node.pattern.startsWith('^https?://')) format = 'uri';
  }
  if (Array.isArray(node.enum)) constraints.enum = [...(node.enum as string[]), ...(def.extraEnum ?? [])];
  if (typeof node.minimum === 'number') constraints.minimum = node.minimum;
  if (typeof node.minLength === 'number') constraints.minLength = node.minLength;
  // "One line of text." says nothing about a column.
  const description = def.description ?? descriptions.find((d) => d !== common.definitions.line.description);
  return {
    name: def.name,
    type,
    ...(format ? { format } : {}),
    ...(description ? { description } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}
