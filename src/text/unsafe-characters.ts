/**
 * C0 controls, DEL, C1 controls, the line and paragraph separators, and the bidi embeddings,
 * overrides and isolates: characters that move the cursor, start an escape sequence (ESC ] 52
 * writes the clipboard), end a line where a reader sees none, or reorder the text around them.
 * The schemas' text patterns refuse the same set (schemas/common.schema.json, `line`).
 */
// eslint-disable-next-line no-control-regex
export const unsafeCharacters = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
