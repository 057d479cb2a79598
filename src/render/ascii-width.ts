// eslint-disable-next-line no-control-regex
const sgr = /\u001b\[[0-9;]*m/g;
const printableAscii = /^[\u0020-\u007e]*$/;

/**
 * The terminal width of `text` when it is printable ASCII, once colour codes are removed: its
 * length. Undefined otherwise, for string-width to measure. Tables measure every cell several
 * times, and string-width walks each one by grapheme with Intl.Segmenter, whose set-up alone
 * costs milliseconds; scripts/build.mjs puts this in front of every string-width in the bundle.
 */
export function asciiWidth(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const plain = text.includes('\u001b') ? text.replace(sgr, '') : text;
  return printableAscii.test(plain) ? plain.length : undefined;
}
