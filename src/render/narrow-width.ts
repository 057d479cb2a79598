// eslint-disable-next-line no-control-regex
const sgr = /\u001b\[[0-9;]*m/g;
/**
 * Characters one column wide each, that never join the one before: printable ASCII, Latin-1 and
 * the Latin extensions (without the soft hyphen, and © and ®, which string-width counts as emoji),
 * Greek and Cyrillic without their combining marks (and without the three Greek signs that
 * Unicode normalisation, which wrap-ansi applies, turns into others), and the dashes, quotes and
 * signs of running text. The dataset's names and quotes are almost all written in them.
 */
const narrow = /^[\u0020-\u007e\u00a0-\u00a8\u00aa-\u00ac\u00af-\u02ff\u0370-\u0373\u0375-\u037d\u037f-\u0386\u0388-\u0482\u048a-\u052f\u2010-\u2015\u2018-\u2022\u2026\u2030\u2032\u2033\u2039\u203a\u20ac]*$/;

/**
 * The terminal width of `text` when every character in it is one column wide, once colour codes
 * are removed: its length. Undefined otherwise, for string-width to measure. Tables measure
 * every cell several times, and string-width walks each one by grapheme with Intl.Segmenter,
 * whose set-up alone costs milliseconds; scripts/build.mjs puts this in front of every
 * string-width in the bundle.
 */
export function narrowWidth(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const plain = text.includes('\u001b') ? text.replace(sgr, '') : text;
  return narrow.test(plain) ? plain.length : undefined;
}
