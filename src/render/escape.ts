/**
 * Text that cannot drive a terminal or a spreadsheet. The schemas already refuse these
 * characters in the data; the renderers escape whatever reaches them anyway (a user's --data
 * with a future field, a file name, a message quoting the data).
 */
import { unsafeCharacters } from '../text/unsafe-characters.js';

/** `\x1b` for a character up to U+00FF, `\u202e` above: how JavaScript and most shells write them. */
export function escapeCharacter(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every unsafe character shown as a visible escape, except those in `keep`. */
export function visible(text: string, keep = ''): string {
  return text.replace(unsafeCharacters, (c) => (keep.includes(c) ? c : escapeCharacter(c)));
}

// eslint-disable-next-line no-control-regex
const sgr = /(\u001b\[[0-9;]*m)/;

/**
 * A table cell: line breaks stay (cells wrap on them), and so do colour codes when colour is on,
 * since the renderer's own styling is made of them; every other unsafe character is escaped.
 */
export function visibleCell(text: string, color: boolean): string {
  if (!color) return visible(text, '\n');
  return text
    .split(sgr)
    .map((part, i) => (i % 2 === 1 ? part : visible(part, '\n')))
    .join('');
}

/** Every string in a result, escaped with `visible`: for renderers that style text after reading it. */
export function visibleStrings<T>(value: T): T {
  if (typeof value === 'string') return visible(value) as T;
  if (Array.isArray(value)) return value.map(visibleStrings) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visibleStrings(v)])) as T;
}

/**
 * A spreadsheet runs a cell that begins with =, +, - or @ as a formula (and a leading tab or CR
 * can hide one): OWASP's advice on CSV injection is to prefix such a cell with a single quote,
 * which the spreadsheet shows as text. https://owasp.org/www-community/attacks/CSV_Injection
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
