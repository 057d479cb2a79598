import { describe, expect, it } from 'vitest';
import { buildDataset, type Dataset } from '../../src/model/dataset.js';
import type { Ministerial, Round, Summit } from '../../src/model/types.js';
import { resolveCity, resolveParty, resolvePerson, resolveTopic } from '../../src/query/resolve.js';
import { bundled } from '../helpers/dataset.js';
import { run } from '../helpers/run.js';

const data = await bundled();

/** The bundled registries with some entries added, as a maintainer's data might have them. */
function withRegistries(base: Dataset, extra: { topics?: Dataset['topics'] extends ReadonlyMap<string, infer T> ? T[] : never; people?: Dataset['people'] extends ReadonlyMap<string, infer P> ? P[] : never }): Dataset {
  const bodies = (kind: string) => base.meetings.filter((m) => m.kind === kind).map((m) => m.body);
  return buildDataset({
    rounds: bodies('round') as Round[],
    summits: bodies('summit') as Summit[],
    ministerials: bodies('ministerial') as Ministerial[],
    parties: [...base.parties.values()],
    partySources: [...base.partySources.values()],
    cities: [...base.cities.values()],
    people: [...base.people.values(), ...(extra.people ?? [])],
    topics: [...base.topics.values(), ...(extra.topics ?? [])],
    resolutions: [...base.resolutions.values()],
  });
}

describe('registry arguments', () => {
  it('take the id, the label or name, or an alias, whatever the case, diacritics or hyphens', () => {
    for (const arg of ['constitutional-committee', 'Constitutional Committee', 'constitutional committee', 'CONSTITUTIONAL-COMMITTEE']) expect(resolveTopic(data, arg).id).toBe('constitutional-committee');
    for (const arg of ['turkey', 'Türkiye', 'turkiye', 'TURKEY', 'Republic of Türkiye']) expect(resolveParty(data, arg).id).toBe('turkey');
    for (const arg of ['khaji', 'Ali Asghar Khaji', 'ali asgar haci', 'Khaji']) expect(resolvePerson(data, arg).id).toBe('khaji');
    for (const arg of ['astana', 'Nur-Sultan', 'nur sultan', 'ASTANA']) expect(resolveCity(data, arg).id).toBe('astana');
  });

  it('refuse a name that several entries share, listing them', () => {
    const twice = withRegistries(data, { topics: [{ id: 'idlib-area', label: 'Idlib', description: 'The same label as another topic.' }] });
    expect(() => resolveTopic(twice, 'idlib')).not.toThrow();
    expect(() => resolveTopic(twice, 'IDLIB')).toThrow("'IDLIB' names more than one topic: idlib, idlib-area; give the id");
    expect(resolvePerson(data, 'Ansari').id).toBe('jaberi-ansari');
    const namesakes = withRegistries(data, { people: [{ id: 'ansari-2', name: 'Mohammad Ansari' }] });
    expect(() => resolvePerson(namesakes, 'Ansari')).toThrow("'Ansari' names more than one person: jaberi-ansari, ansari-2; give the id");
    expect(resolvePerson(namesakes, 'Hossein Jaberi Ansari').id).toBe('jaberi-ansari');
  });

  it('name the nearest entries for a typo, as ids', () => {
    expect(() => resolveTopic(data, 'constitution comittee')).toThrow(/unknown topic 'constitution comittee' \(did you mean constitutional-committee\?/);
    expect(() => resolveParty(data, 'Turky')).toThrow(/did you mean turkey\?/);
  });

  it('work the same on the command line, with exit 2 for an unknown or ambiguous name', async () => {
    const history = await run(['agenda', 'history', 'Constitutional Committee', '--format', 'json']);
    expect([history.code, JSON.parse(history.out).topic]).toEqual([0, 'constitutional-committee']);
    const shown = await run(['topics', 'show', 'constitutional committee', '--format', 'json']);
    expect([shown.code, JSON.parse(shown.out).id]).toEqual([0, 'constitutional-committee']);
    const unknown = await run(['topics', 'show', 'constitution']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe("astana: unknown topic 'constitution' (did you mean constitutional-committee?; 'astana topics list' lists them all)\n");
  });
});
