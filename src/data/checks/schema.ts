import type { ErrorObject, ValidateFunction } from 'ajv';
import { invisibleInNames, unsafeCharacters } from '../../text/unsafe-characters.js';
import type { Diagnostic } from '../diagnostic.js';
import * as validators from '../generated/validators.js';
import { pointerSegments } from '../yaml/locate.js';
import type { StoredFile } from '../raw-data.js';
import type { FileKind } from '../yaml/read.js';

// Compiled at build time from schemas/ (scripts/gen-validators.mjs): no schema compiling at start-up.
const byKind: Record<FileKind, ValidateFunction> = {
  round: validators.round,
  summit: validators.summit,
  ministerial: validators.ministerial,
  parties: validators.parties,
  people: validators.people,
  topics: validators.topics,
  resolutions: validators.resolutions,
  cities: validators.cities,
  dataset: validators.dataset,
};

/** Checks one parsed file against its JSON Schema; every error becomes a diagnostic with a value path. */
export function validateSchema(file: StoredFile): Diagnostic[] {
  const validate = byKind[file.kind];
  if (validate(file.value)) return [];
  return pruneOneOf(validate.errors ?? []).map((error) => toDiagnostic(file, error));
}

function toDiagnostic(file: StoredFile, error: ErrorObject): Diagnostic {
  const segments = pointerSegments(error.instancePath);
  const text = error.keyword === 'pattern' && typeof error.data === 'string' ? error.data : undefined;
  const unsafe = text === undefined ? null : new RegExp(unsafeCharacters.source).exec(text);
  const invisible = text === undefined || unsafe ? null : invisibleInNames.exec(text);
  const found = unsafe ?? invisible;
  if (found) {
    // The text patterns refuse these characters; say which one, rather than quote the pattern.
    const char = `U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    const code = unsafe ? 'text/control-character' : 'text/invisible-character';
    return { code, severity: 'error', file: file.path, line: 0, column: 0, args: { path: error.instancePath, char }, at: { segments } };
  }
  const params = error.params as Record<string, unknown>;
  const args: Record<string, string | number> = { path: error.instancePath || '/', detail: error.message ?? error.keyword };
  let key: string | undefined;
  if (error.keyword === 'required') args.property = String(params.missingProperty);
  // A meeting's schema adds its number to the shared fields (common.schema.json#/definitions/meeting)
  // and refuses any other key as unevaluated: to the reader it is the same unknown property.
  const keyword = error.keyword === 'unevaluatedProperties' ? 'additionalProperties' : error.keyword;
  if (keyword === 'additionalProperties') {
    key = String(params.additionalProperty ?? params.unevaluatedProperty);
    args.property = key;
  }
  if (keyword === 'enum') args.allowed = (params.allowedValues as unknown[]).join(', ');
  return { code: `schema/${keyword}`, severity: 'error', file: file.path, line: 0, column: 0, args, at: { segments, key } };
}

/**
 * A failed `oneOf` makes ajv report every branch's errors, which reads as noise. Re-check the
 * value against each branch and keep only the errors of the closest one (fewest errors),
 * which is almost always the shape the author meant.
 */
function pruneOneOf(errors: readonly ErrorObject[]): ErrorObject[] {
  let kept = [...errors];
  for (const failure of errors.filter((e) => e.keyword === 'oneOf')) {
    const branches = (failure.schema as { $ref: string }[]).map((b) => validators.byRef[b.$ref]).filter((v) => v !== undefined);
    const attempts = branches.map((check) => {
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
