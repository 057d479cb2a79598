import { describe, expect, it } from 'vitest';
import { snippet } from '../../src/search/snippet.js';

const marked = (text: string, terms: string[], width?: number): string =>
  snippet(text, terms, width)
    .map((s) => (s.match ? `[${s.text}]` : s.text))
    .join('');

describe('snippet', () => {
  it('marks the matched words as written, whatever their case and diacritics', () => {
    expect(marked('Talks in Türkiye and TURKIYE', ['turkiye'])).toBe('Talks in [Türkiye] and [TURKIYE]');
    expect(marked('Александр Лаврентьев said', ['лаврентьев'])).toBe('Александр [Лаврентьев] said');
    expect(marked('وفد أحمد طعمة', ['احمد'])).toBe('وفد [أحمد] طعمة');
  });

  it('keeps a long text to a window around the first match, cut at spaces', () => {
    const text = `${'word '.repeat(60)}earthquake ${'tail '.repeat(60)}`.trim();
    const out = marked(text, ['earthquake'], 60);
    expect(out).toMatch(/^… .*\[earthquake\].* …$/);
    expect(out.length).toBeLessThanOrEqual(60 + 6);
  });

  it('gives the whole text when it is short, with nothing marked when nothing matches', () => {
    expect(snippet('Idlib', [])).toEqual([{ text: 'Idlib', match: false }]);
  });
});
