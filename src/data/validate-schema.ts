import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { Diagnostic } from './diagnostic.js';
import type { FileKind, ParsedFile } from './load.js';
import { locate, pointerSegments } from './locate.js';
import { dataSchemas, schemaIds } from './schemas.js';

interface Compiled {
  readonly ajv: Ajv;
  readonly byKind: Record<FileKind, ValidateFunction>;
}

let cache: Compiled | undefined;

function compiled(): Compiled {
  if (cache) return cache;
  // verbose: a failed oneOf carries its branches and data, so pruneOneOf can re-check each branch.
  const ajv = new Ajv({ allErrors: true, strict: true, verbose: true, schemas: [...dataSchemas] });
  const byKind = Object.fromEntries(Object.entries(schemaIds).map(([kind, id]) => [kind, ajv.getSchema(id)!])) as Record<FileKind, ValidateFunction>;
  cache = { ajv, byKind };
  return cache;
}

/** Checks one parsed file against its JSON Schema; every error becomes a located diagnostic. */
export function validateSchema(file: ParsedFile): Diagnostic[] {
  const { ajv, byKind } = compiled();
  const validate = byKind[file.kind];
  if (validate(file.value)) return [];
  return pruneOneOf(ajv, validate.errors ?? []).map((error) => toDiagnostic(file, error));
}

function toDiagnostic(file: ParsedFile, error: ErrorObject): Diagnostic {
  const segments = pointerSegments(error.instancePath);
  const params = error.params as Record<string, unknown>;
  const args: Record<string, string | number> = { path: error.instancePath || '/', detail: error.message ?? error.keyword };
  let key: string | undefined;
  if (error.keyword === 'required') args.property = String(params.missingProperty);
  if (error.keyword === 'additionalProperties') {
    key = String(params.additionalProperty);
    args.property = key;
  }
  if (error.keyword === 'enum') args.allowed = (params.allowedValues as unknown[]).join(', ');
  const { line, column } = locate(file, segments, key);
  return { code: `schema/${error.keyword}`, severity: 'error', file: file.path, line, column, args };
}

/**
 * A failed `oneOf` makes ajv report every branch's errors, which reads as noise. Re-check the
 * value against each branch and keep only the errors of the closest one (fewest errors),
 * which is almost always the shape the author meant.
 */
function pruneOneOf(ajv: Ajv, errors: readonly ErrorObject[]): ErrorObject[] {
  let kept = [...errors];
  for (const failure of errors.filter((e) => e.keyword === 'oneOf')) {
    const branches = failure.schema as object[];
    const attempts = branches.map((branch) => {
      const check = ajv.compile(branch);
      check(failure.data);
      return (check.errors ?? []).map((e) => ({ ...e, instancePath: failure.instancePath + e.instancePath }));
    });
    const best = attempts.sort((a, b) => a.length - b.length)[0] ?? [];
    if (best.length === 0) continue;
    const inside = (e: ErrorObject): boolean =>
      e.instancePath === failure.instancePath || e.instancePath.startsWith(`${failure.instancePath}/`);
    kept = [...kept.filter((e) => !inside(e)), ...best];
  }
  return kept;
}
