import { foldName } from '../compare.js';
import type { Registries, Report } from './checks.js';
import type { StoredFile } from './raw-data.js';

interface Named {
  readonly id: string;
  readonly name?: string;
  readonly aliases?: readonly string[];
}

const registryKeys = { parties: 'parties', people: 'people', topics: 'topics', resolutions: 'resolutions' } as const;

/** The ids of each registry, with duplicate ids, and names that two parties or two people share. */
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
  return registries;
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
    const names: [string, 'id' | 'name' | 'alias', readonly (string | number)[]][] = [
      [item.id, 'id', [listKey, i, 'id']],
      ...(item.name === undefined ? [] : [[item.name, 'name', [listKey, i, 'name']] as [string, 'name', (string | number)[]]]),
      ...(item.aliases ?? []).map((a, j) => [a, 'alias', [listKey, i, 'aliases', j]] as [string, 'alias', (string | number)[]]),
    ];
    const mine = new Set<string>();
    for (const [name, role, path] of names) {
      const folded = foldName(name);
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
