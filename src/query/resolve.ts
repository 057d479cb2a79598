import { NotFoundError, UsageError } from '../errors.js';
import type { Dataset } from '../model/dataset.js';
import { cityNames, cityOf } from '../model/cities.js';
import type { City, Party, Person, Resolution, Round, Topic } from '../model/types.js';
import { suggest } from '../suggest.js';
import { fold } from '../fold.js';

/** Finds a round by number or `latest`; unknown numbers name the nearest rounds that exist. */
export function resolveRound(data: Dataset, arg: string): Round {
  const text = arg.trim().toLowerCase();
  if (text === 'latest') {
    const last = data.rounds.at(-1);
    if (!last) throw new NotFoundError('round', arg, [], 'astana rounds list');
    return last;
  }
  if (!/^\d+$/.test(text)) throw new UsageError(`round must be a number or 'latest', not '${arg}'`);
  const round = data.roundByNumber.get(Number(text));
  if (round) return round;
  const nearest = [...data.roundByNumber.keys()]
    .sort((a, b) => Math.abs(a - Number(text)) - Math.abs(b - Number(text)) || a - b)
    .slice(0, 2)
    .sort((a, b) => a - b);
  throw new NotFoundError('round', arg, nearest.map(String), 'astana rounds list');
}

/** Accepts a party id, its name or an alias (Türkiye, Turkey, turkey). */
export function resolveParty(data: Dataset, arg: string): Party {
  const byId = data.parties.get(arg);
  if (byId) return byId;
  const wanted = fold(arg);
  for (const party of data.parties.values()) {
    if ([party.id, party.name, ...(party.aliases ?? [])].some((n) => fold(n) === wanted)) return party;
  }
  // Suggest by any name a party goes by, but offer its id.
  const idOf = new Map([...data.parties.values()].flatMap((p) => [p.id, p.name, ...(p.aliases ?? [])].map((n) => [n, p.id] as const)));
  const ids = [...new Set(suggest(arg, idOf.keys()).map((n) => idOf.get(n)!))];
  throw new NotFoundError('party', arg, ids, 'astana parties list');
}

export function resolveTopic(data: Dataset, arg: string): Topic {
  const topic = data.topics.get(arg.toLowerCase());
  if (topic) return topic;
  throw new NotFoundError('topic', arg, suggest(arg, [...data.topics.keys()]), 'astana topics list');
}

const compact = (s: string): string => s.replace(/\s+/g, '').toUpperCase();

/** Accepts a number (2254), a UN symbol (S/RES/2254(2015)) or a registry id (unsc-2254). */
export function resolveResolution(data: Dataset, arg: string): Resolution {
  const all = [...data.resolutions.values()];
  const text = arg.trim();
  const match =
    data.resolutions.get(text.toLowerCase()) ??
    all.find((r) => compact(r.symbol) === compact(text)) ??
    (/^\d+$/.test(text) ? (all.find((r) => r.body === 'UNSC' && r.number === Number(text)) ?? all.find((r) => r.number === Number(text))) : undefined);
  if (match) return match;
  const names = all.map((r) => (r.number !== undefined ? String(r.number) : r.symbol));
  throw new NotFoundError('resolution', arg, suggest(text, names), 'astana resolutions list');
}

/** Accepts a city's id, its name, or a name it had at the time (nur-sultan finds Astana). */
export function resolveCity(data: Dataset, arg: string): City {
  const city = cityOf(data.cities, arg);
  if (city) return city;
  const near = suggest(arg, cityNames(data.cities));
  // No command lists the cities: with nothing near, name them all.
  if (near.length === 0) throw new UsageError(`unknown city '${arg}' (cities: ${[...data.cities.keys()].join(', ')})`);
  throw new NotFoundError('city', arg, near);
}

/** Accepts a person's id, name or any spelling the sources use (Khaji, Ali Asghar Haji). */
export function resolvePerson(data: Dataset, arg: string): Person {
  const byId = data.people.get(arg.trim().toLowerCase());
  if (byId) return byId;
  const wanted = fold(arg);
  for (const p of data.people.values()) if ([p.name, ...(p.aliases ?? [])].some((n) => fold(n) === wanted)) return p;
  // A surname alone is how people are mostly named: take it when it picks out one person.
  const bySurname = [...data.people.values()].filter((p) => [p.name, ...(p.aliases ?? [])].some((n) => fold(n).split(' ').at(-1) === wanted));
  if (bySurname.length === 1) return bySurname[0]!;
  if (bySurname.length > 1) throw new NotFoundError('person', arg, bySurname.map((p) => p.id), 'astana people list');
  // Near names and spellings count too, but the hint gives ids, once each.
  const idOf = new Map([...data.people.values()].flatMap((p) => [p.id, p.name, ...(p.aliases ?? [])].map((n) => [n, p.id] as const)));
  throw new NotFoundError('person', arg, [...new Set(suggest(arg, idOf.keys()).map((n) => idOf.get(n)!))], 'astana people list');
}
