import { fold } from '../text/fold.js';
import type { City } from './types.js';

const indexes = new WeakMap<ReadonlyMap<string, City>, Map<string, City>>();

function index(cities: ReadonlyMap<string, City>): Map<string, City> {
  let byName = indexes.get(cities);
  if (!byName) {
    byName = new Map();
    for (const city of cities.values()) {
      for (const name of [city.id, city.name, ...(city.aliases ?? [])]) if (!byName.has(fold(name))) byName.set(fold(name), city);
    }
    indexes.set(cities, byName);
  }
  return byName;
}

/**
 * The city a name stands for: its id, its name today or any name it has had (an alias), with
 * case and diacritics folded. The one lookup from a meeting's city, as reported at the time, to
 * its identity: the data checks, `--city` and the JSON's `cityId` all go through it.
 */
export function cityOf(cities: ReadonlyMap<string, City>, name: string): City | undefined {
  return index(cities).get(fold(name));
}

/** Every name a city is known by, once each (Sochi, not also sochi), for "did you mean" hints. */
export function cityNames(cities: ReadonlyMap<string, City>): string[] {
  const names = new Map<string, string>();
  for (const c of cities.values()) for (const name of [c.name, ...(c.aliases ?? []), c.id]) if (!names.has(fold(name))) names.set(fold(name), name);
  return [...names.values()];
}
