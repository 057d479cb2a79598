import { describe, expect, it } from 'vitest';
import { searchDocuments } from '../../src/search/documents.js';
import { mini } from '../helpers/mini.js';

const data = await mini();
const docs = searchDocuments(data);
const at = (meeting: string | undefined, path: string) => docs.find((d) => d.meeting === meeting && d.path === path);

describe('searchDocuments', () => {
  it('takes every text of a meeting with the path where it sits and the sources of its fact', () => {
    expect(at('round-2', 'agenda[1].summary')).toEqual({ kind: 'round', meeting: 'round-2', path: 'agenda[1].summary', text: 'Golan', sources: ['s2'] });
    expect(at('round-1', 'resolutions[0].quote')).toMatchObject({ text: 'in line with 2254', sources: ['s1'] });
    expect(at('round-1', 'delegations[0].head.title')).toMatchObject({ text: 'Envoy', sources: ['s1'] });
    expect(at('round-2', 'absent[0].reason')).toMatchObject({ text: 'boycott', sources: ['s2'] });
    expect(at('round-2', 'next.versions[1].summary')).toMatchObject({ text: 'Next in Moscow', sources: ['s2'] });
    expect(at('round-2', 'next.versions[1].city')).toMatchObject({ text: 'Moscow', sources: ['s2'] });
    expect(at('summit-1', 'city.name')).toMatchObject({ kind: 'summit', text: 'video conference', sources: ['s1'] });
  });

  it("takes each source's title and publisher, sourced by the source itself", () => {
    expect(at('round-2', 'sources[1].title')).toMatchObject({ text: 'Three', sources: ['s2'] });
    expect(at('round-2', 'sources[1].publisher')).toMatchObject({ text: 'Example', sources: ['s2'] });
  });

  it('leaves out ids, dates, URLs and enumerations', () => {
    const texts = docs.map((d) => d.text);
    for (const notText of ['idlib', 'russia', '2020-01-10', 'https://example.org/one', 'guarantor', 'joint-statement', 'partial', 'en', 's1']) expect(texts).not.toContain(notText);
  });

  it('takes the names and aliases of the registries, with no meeting', () => {
    expect(docs.find((d) => d.path === 'people[envoy-b].aliases[0]')).toEqual({ kind: 'person', entry: 'envoy-b', path: 'people[envoy-b].aliases[0]', text: 'Envoy Bee', sources: [] });
    expect(docs.find((d) => d.path === 'parties[turkey].name')).toMatchObject({ kind: 'party', text: 'Türkiye' });
    expect(docs.find((d) => d.path === 'cities[astana].aliases[0]')).toMatchObject({ kind: 'city', text: 'Nur-Sultan' });
    expect(docs.find((d) => d.path === 'topics[golan].description')).toMatchObject({ kind: 'topic', text: 'Test topic.' });
    expect(docs.find((d) => d.path === 'resolutions[unsc-2254].subject')).toMatchObject({ kind: 'resolution', sources: ['unsc-2254'] });
  });

  it('lists the same documents in the same order every time, so a stored index still fits', async () => {
    expect(searchDocuments(await mini())).toEqual(docs);
  });
});
