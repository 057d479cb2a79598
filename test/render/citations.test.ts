import { describe, expect, it } from 'vitest';
import type { CitedSource } from '../../src/query/cite.js';
import { bibtex, cslJson } from '../../src/render/citations.js';

const source: CitedSource = {
  meeting: 'round-21',
  id: 'tass-1',
  url: 'https://example.org/a_b%20c#x',
  publisher: 'TASS & Co',
  title: '[Report on 50% of {things}]',
  language: 'en',
  date: '2024-01-25',
};

describe('citations', () => {
  it('writes CSL-JSON with the date split into parts and supplied titles noted', () => {
    expect(cslJson([source])).toEqual([
      {
        id: 'round-21-tass-1',
        type: 'webpage',
        title: '[Report on 50% of {things}]',
        'container-title': 'TASS & Co',
        URL: 'https://example.org/a_b%20c#x',
        language: 'en',
        issued: { 'date-parts': [[2024, 1, 25]] },
        note: 'Title supplied by the astana dataset',
      },
    ]);
  });

  it('writes BibTeX with special characters escaped', () => {
    expect(bibtex([source])).toBe(
      '@online{round-21-tass-1,\n  title = {Report on 50\\% of \\{things\\}},\n  organization = {TASS \\& Co},\n  url = {https://example.org/a_b\\%20c\\#x},\n  langid = {en},\n  date = {2024-01-25},\n  titleaddon = {title supplied},\n}\n',
    );
  });
});
