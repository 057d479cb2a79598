/**
 * C0 controls, DEL, C1 controls, the line and paragraph separators, and the bidi embeddings,
 * overrides and isolates: characters that move the cursor, start an escape sequence (ESC ] 52
 * writes the clipboard), end a line where a reader sees none, or reorder the text around them.
 * The schemas' text patterns refuse the same set (schemas/common.schema.json, `line`).
 */
// eslint-disable-next-line no-control-regex
export const unsafeCharacters = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Unicode's default-ignorable code points: invisible, so that "Russia" and "Russia\u200b" look
 * alike and are not. Names refuse them (schemas/common.schema.json, `name`), except the joiners
 * Persian spelling needs (U+200C, U+200D); matching drops them all (text/fold.ts).
 */
export const invisibleCharacters = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\u{1bca0}-\u{1bca3}\u{1d173}-\u{1d17a}\u{e0000}-\u{e0fff}]/gu;

/** The invisible characters a name may not hold: all but the joiners. */
export const invisibleInNames = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b\u200e\u200f\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\u{1bca0}-\u{1bca3}\u{1d173}-\u{1d17a}\u{e0000}-\u{e0fff}]/u;
