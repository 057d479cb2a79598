/**
 * The JSON output's format version: raised when a field is renamed, retyped or removed; adding a
 * field keeps it. Every output schema carries it as `x-format-version` (scripts/gen-output-schemas.mjs).
 */
export const formatVersion = 3;
