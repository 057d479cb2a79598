import { fold } from '../text/fold.js';

export interface Segment {
  readonly text: string;
  readonly match: boolean;
}

// A word as the index's tokenizer (minisearch's default) sees it: no Unicode space or punctuation.
const word = /[^\n\r\p{Z}\p{P}]+/gu;

/**
 * The text cut into matched words and the rest, so a renderer can mark the words. Around the
 * first match, at most `width` characters are kept, with an ellipsis where the text was cut.
 */
export function snippet(text: string, terms: readonly string[], width = 160): Segment[] {
  const wanted = new Set(terms);
  const words = [...text.matchAll(word)].filter((m) => wanted.has(fold(m[0])));
  let start = 0;
  let end = text.length;
  if (text.length > width) {
    const first = words[0]?.index ?? 0;
    start = Math.max(0, Math.min(first - Math.floor(width / 3), text.length - width));
    end = Math.min(text.length, start + width);
    // Cut at spaces, not inside words.
    if (start > 0) start = text.indexOf(' ', start) + 1 || start;
    if (end < text.length) end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  }
  const segments: Segment[] = [];
  let at = start;
  for (const w of words) {
    const from = w.index!;
    const to = from + w[0].length;
    if (from < start || to > end) continue;
    if (from > at) segments.push({ text: text.slice(at, from), match: false });
    segments.push({ text: w[0], match: true });
    at = to;
  }
  if (at < end) segments.push({ text: text.slice(at, end), match: false });
  if (start > 0) segments.unshift({ text: '… ', match: false });
  if (end < text.length) segments.push({ text: ' …', match: false });
  return segments;
}
