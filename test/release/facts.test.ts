import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/source.js';
import { compareFacts, datasetFacts } from '../../src/query/changes.js';
import { factKey, factsOf, type Fact, type FactSource } from '../../src/release/facts.js';
import { rawSource } from '../../src/release/main.js';
import { bundledData } from '../helpers/run.js';

const meeting = (body: Record<string, unknown>): FactSource => ({ meetings: [{ id: 'round-9', body: { round: 9, sources: [{ id: 's1', url: 'https://example.org/1' }, { id: 's2', url: 'https://example.org/2' }], ...body } }], registries: [] });
const byKey = (facts: readonly Fact[]): Map<string, Fact> => new Map(facts.map((f) => [factKey(f), f]));

describe('facts', () => {
  it('are keyed by ids, carry their own fields, and cite URLs rather than file-local ids', () => {
    const facts = factsOf(meeting({ delegations: [{ party: 'iran', role: 'guarantor', head: { person: 'jaberi-ansari', sources: ['s2'] }, sources: ['s1'] }] }));
    expect(facts.map(factKey)).toEqual(['round-9/delegations[iran]', 'round-9/delegations[iran].head', 'round-9/sources[https://example.org/1]', 'round-9/sources[https://example.org/2]']);
    expect(facts[0]).toMatchObject({ owner: 'round-9', kind: 'delegations', value: { party: 'iran', role: 'guarantor' }, sources: ['https://example.org/1'] });
    expect(facts[1]).toMatchObject({ value: { person: 'jaberi-ansari' }, sources: ['https://example.org/2'] });
  });

  it('are the same whether read from the files as they are or from the validated dataset', async () => {
    const data = await loadDataset(bundledData, { shown: 'data', env: {} });
    const raw = factsOf(await rawSource(bundledData));
    expect(raw.length).toBeGreaterThan(1000);
    expect(raw).toEqual(datasetFacts(data));
  });
});

describe('comparing facts', () => {
  it('pairs items without ids by their text, so a note inserted first changes nothing else', () => {
    const before = byKey(factsOf(meeting({ notes: [{ text: 'The start was postponed to noon.', sources: ['s1'] }, { text: 'Jordan came as an observer for the first time.', sources: ['s1'] }] })));
    const after = byKey(factsOf(meeting({ notes: [{ text: 'No final communiqué was issued.', sources: ['s2'] }, { text: 'The start was postponed to noon.', sources: ['s1'] }, { text: 'Jordan came as an observer for the second time.', sources: ['s1'] }] })));
    const changes = compareFacts(before, after).filter((c) => c.kind === 'notes');
    expect(changes.map((c) => [c.change, c.key, c.old?.text ?? null, c.new?.text ?? null])).toEqual([
      ['added', 'round-9/notes[#1]', null, 'No final communiqué was issued.'],
      ['changed', 'round-9/notes[#3]', 'Jordan came as an observer for the first time.', 'Jordan came as an observer for the second time.'],
    ]);
  });

  it('tells a change of value from a change of the pages cited, and lists both', () => {
    const before = byKey(factsOf(meeting({ dates: { start: '2018-05-14', end: '2018-05-15', sources: ['s1'] }, city: { name: 'Astana', sources: ['s1'] } })));
    const after = byKey(factsOf(meeting({ dates: { start: '2018-05-14', end: '2018-05-16', sources: ['s2'] }, city: { name: 'Astana', sources: ['s1', 's2'] } })));
    const changes = compareFacts(before, after).filter((c) => c.kind !== 'sources');
    expect(changes.map((c) => [c.change, c.key, c.fields])).toEqual([
      ['sources', 'round-9/city', ['sources']],
      ['changed', 'round-9/dates', ['end', 'sources']],
    ]);
    expect(changes[1]).toMatchObject({ old: { end: '2018-05-15' }, new: { end: '2018-05-16' }, oldSources: ['https://example.org/1'], newSources: ['https://example.org/2'] });
  });
});
