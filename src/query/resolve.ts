import { NotFoundError, UsageError } from '../errors.js';
import type { Dataset } from '../model/dataset.js';
import { cityNames, cityOf } from '../model/cities.js';
import type { City, Party, Person, Resolution, Round, Topic } from '../model/types.js';
import { suggest } from '../text/suggest.js';
import { fold } from '../text/fold.js';

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

/** An entry of a registry, with every name a reader may type for it. */
interface Named {
  readonly id: string;
}

/**
 * The one lookup of a registry argument: the id as written, else the id, name, label or an
 * alias, with case, diacritics and space-or-hyphen folded (`turkiye`, `Constitutional
 * Committee`). A name shared by several entries lists them all, since guessing would answer
 * about the wrong one; an unknown one names the nearest, by any name, as ids.
 */
function resolveNamed<T extends Named>(kind: string, entries: Iterable<T>, namesOf: (e: T) => readonly string[], arg: string, listedBy?: string): T {
  const all = [...entries];
  const byId = all.find((e) => e.id === arg.trim());
  if (byId) return byId;
  const wanted = fold(arg);
  const matches = all.filter((e) => [e.id, ...namesOf(e)].some((n) => fold(n) === wanted));
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) throw new UsageError(`'${arg}' names more than one ${kind}: ${matches.map((e) => e.id).join(', ')}; give the id`);
  const idOf = new Map(all.flatMap((e) => [e.id, ...namesOf(e)].map((n) => [n, e.id] as const)));
  throw new NotFoundError(kind, arg, [...new Set(suggest(arg, idOf.keys()).map((n) => idOf.get(n)!))], listedBy);
}

/** Accepts a party id, its name or an alias (Türkiye, Turkey, turkey). */
export const resolveParty = (data: Dataset, arg: string): Party => resolveNamed('party', data.parties.values(), (p) => [p.name, ...(p.aliases ?? [])], arg, 'astana parties list');

/** Accepts a topic's id or its label (constitutional-committee, "Constitutional Committee"). */
export const resolveTopic = (data: Dataset, arg: string): Topic => resolveNamed('topic', data.topics.values(), (t) => [t.label], arg, 'astana topics list');

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

/** Accepts a person's id, name or any spelling the sources use (Khaji, Ali Asghar Haji), or a surname that picks out one person. */
export function resolvePerson(data: Dataset, arg: string): Person {
  const names = (p: Person): string[] => [p.name, ...(p.aliases ?? [])];
  try {
    return resolveNamed('person', data.people.values(), names, arg, 'astana people list');
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    // A surname alone is how people are mostly named: take it when it picks out one person.
    const wanted = fold(arg);
    const bySurname = [...data.people.values()].filter((p) => names(p).some((n) => fold(n).split(' ').at(-1) === wanted));
    if (bySurname.length === 1) return bySurname[0]!;
    if (bySurname.length > 1) throw new UsageError(`'${arg}' names more than one person: ${bySurname.map((p) => p.id).join(', ')}; give the id`);
    throw error;
  }
}
