import { describe, expect, it } from 'vitest';
import { dataLine, headText, pagesOf, sourcesBlock } from '../../src/mcp/text.js';

describe('summary pieces', () => {
  it('write an unknown head as unknown, a disputed one with every account, never "none"', () => {
    expect(headText(undefined)).toBe('unknown');
    expect(headText({ disputed: true, sources: [], versions: [{ person: 'a', name: 'A', title: 'Envoy', sources: [] }, { person: 'b', name: 'B', sources: [] }] })).toBe('disputed: A (Envoy) / B');
    expect(headText({ disputed: false, person: 'a', name: 'A', titles: [{ title: 'x', sources: [] }, { title: 'y', sources: [] }], sources: [] })).toBe('A (titles differ: x / y)');
  });

  it('find every URL of a result, once, described where a source record describes it', () => {
    const result = { sources: [{ url: 'https://a.example/1', publisher: 'A', date: '2024-01-01', title: 'One' }], nested: [{ oldSources: ['https://b.example/2', 'https://a.example/1'] }], text: 'see https://c.example inside a sentence' };
    expect(pagesOf(result)).toEqual([{ url: 'https://a.example/1', about: 'A, 2024-01-01, One' }, { url: 'https://b.example/2' }]);
    expect(sourcesBlock(result)).toEqual(['Sources (2):', '[1] https://a.example/1 (A, 2024-01-01, One)', '[2] https://b.example/2']);
    expect(sourcesBlock({ none: [] })).toEqual([]);
  });

  it('say which data answered, and that the version is unknown where the data has none', () => {
    expect(dataLine({ title: 'T', version: '1.2.3', released: '2026-01-01' } as never, 'data')).toBe('Data: T, data version 1.2.3 (released 2026-01-01).');
    expect(dataLine(undefined, 'my-data')).toBe('Data: my-data (it has no dataset.yaml, so its title and version are unknown).');
  });
});
