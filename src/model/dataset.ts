import type { Party, Person, Resolution, Round, Topic } from './types.js';

/** The validated dataset, indexed for queries. Read-only once built. */
export interface Dataset {
  /** Sorted by round number. */
  readonly rounds: readonly Round[];
  readonly roundByNumber: ReadonlyMap<number, Round>;
  readonly parties: ReadonlyMap<string, Party>;
  readonly people: ReadonlyMap<string, Person>;
  readonly topics: ReadonlyMap<string, Topic>;
  readonly resolutions: ReadonlyMap<string, Resolution>;
}

export interface RawData {
  readonly rounds: readonly Round[];
  readonly parties: readonly Party[];
  readonly people: readonly Person[];
  readonly topics: readonly Topic[];
  readonly resolutions: readonly Resolution[];
}

function index<T extends { id: string }>(items: readonly T[]): ReadonlyMap<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

export function buildDataset(raw: RawData): Dataset {
  const rounds = [...raw.rounds].sort((a, b) => a.round - b.round);
  return Object.freeze({
    rounds,
    roundByNumber: new Map(rounds.map((r) => [r.round, r])),
    parties: index(raw.parties),
    people: index(raw.people),
    topics: index(raw.topics),
    resolutions: index(raw.resolutions),
  });
}
