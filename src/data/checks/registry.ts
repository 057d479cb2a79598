import { fold } from '../../text/fold.js';
import type { City, CitiesFile } from '../../model/types.js';
import type { Path, Registries, Report } from './index.js';
import type { StoredFile } from '../raw-data.js';

interface Named {
  readonly id: string;
  readonly name?: string;
  readonly aliases?: readonly string[];
}

const registryKeys = { parties: 'parties', people: 'people', topics: 'topics', resolutions: 'resolutions', cities: 'cities' } as const;

/** The ids of each registry, with duplicate ids, and names that two parties, two people or two cities share. */
export function registryChecks(files: readonly StoredFile[], report: Report): Registries {
  const registries: Record<string, Set<string>> = {};
  for (const [kind, listKey] of Object.entries(registryKeys)) {
    const sources = files.filter((f) => f.kind === kind);
    if (sources.length === 0) continue;
    const ids = new Set<string>();
    for (const file of sources) {
      const items = (file.value as Record<string, Named[]>)[listKey] ?? [];
      items.forEach((item, i) => {
        if (ids.has(item.id)) report(file, 'ref/duplicate-id', [listKey, i, 'id'], { id: item.id });
        ids.add(item.id);
      });
    }
    registries[kind] = ids;
  }
  for (const file of files) {
    if (file.kind === 'parties') sharedNames(file, 'parties', 'party', report);
    if (file.kind === 'people') sharedNames(file, 'people', 'person', report);
  }
  const { cities: _ids, ...ids } = registries;
  return { ...ids, cities: cityRegistry(files, report) };
}

/**
 * The cities by id, or undefined when cities.yaml is missing or failed its schema (already
 * reported), so that every meeting is not flagged as well. A name two cities share would make
 * a meeting's city ambiguous.
 */
function cityRegistry(files: readonly StoredFile[], report: Report): ReadonlyMap<string, City> | undefined {
  const registry = files.filter((f) => f.kind === 'cities');
  if (registry.length === 0) return undefined;
  const cities = new Map<string, City>();
  const owner = new Map<string, string>();
  for (const file of registry) {
    (file.value as CitiesFile).cities.forEach((city, i) => {
      cities.set(city.id, city);
      const names: [string, Path][] = [[city.name, ['cities', i, 'name']], ...(city.aliases ?? []).map((a, j): [string, Path] => [a, ['cities', i, 'aliases', j]])];
      for (const [name, path] of names) {
        const key = fold(name);
        const other = owner.get(key);
        if (other !== undefined && other !== city.id) report(file, 'ref/ambiguous-city-name', path, { name, id: city.id, other });
        else owner.set(key, city.id);
      }
    });
  }
  return cities;
}

/**
 * `--party Turkey` must name one party, and a spelling one person: an id, name or alias that
 * two entries share (without regard to case or accents) is an error. Two people who share only
 * their name may be two people: a warning, so that someone checks.
 */
function sharedNames(file: StoredFile, listKey: 'parties' | 'people', kind: string, report: Report): void {
  const owners = new Map<string, { id: string; role: 'id' | 'name' | 'alias' }>();
  const items = (file.value as Record<string, Named[]>)[listKey] ?? [];
  items.forEach((item, i) => {
    // The name first: when the id folds to the same text, the entry is known by its name.
    const names: [string, 'id' | 'name' | 'alias', readonly (string | number)[]][] = [
      ...(item.name === undefined ? [] : [[item.name, 'name', [listKey, i, 'name']] as [string, 'name', (string | number)[]]]),
      [item.id, 'id', [listKey, i, 'id']],
      ...(item.aliases ?? []).map((a, j) => [a, 'alias', [listKey, i, 'aliases', j]] as [string, 'alias', (string | number)[]]),
    ];
    const mine = new Set<string>();
    for (const [name, role, path] of names) {
      const folded = fold(name);
      const owner = owners.get(folded);
      if (owner && owner.id !== item.id && !mine.has(folded)) {
        if (listKey === 'people' && role === 'name' && owner.role === 'name') report(file, 'people/same-name', path, { name, other: owner.id }, 'warning');
        else report(file, 'ref/shared-name', path, { kind, name, other: owner.id });
      }
      mine.add(folded);
      if (!owner) owners.set(folded, { id: item.id, role });
    }
  });
}
