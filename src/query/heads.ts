import type { Dataset } from '../model/dataset.js';
import { isPostOnly } from '../model/heads.js';
import type { Delegation, HeadClaim } from '../model/types.js';

export interface HeadVersion {
  readonly person: string;
  readonly name: string;
  readonly title?: string;
  readonly note?: string;
  readonly sources: string[];
}

/** One title as some of the sources give it, when sources agree on the person but not the title. */
export interface HeadTitle {
  readonly title: string;
  readonly sources: string[];
}

/**
 * Who led a delegation. A head known only by its post has a `title` and no `person` or `name`.
 * `disputed` is true only when sources name different people: then
 * `person` and `name` are absent and `versions` holds every account with its own sources, since
 * the dataset does not pick one. Sources that name the same person with different titles are not
 * a dispute about who led: `person` and `name` stay, and `titles` lists each title with its sources.
 */
export interface Head {
  readonly disputed: boolean;
  readonly person?: string;
  readonly name?: string;
  readonly title?: string;
  readonly titles?: HeadTitle[];
  readonly note?: string;
  readonly sources: string[];
  readonly versions?: HeadVersion[];
}

function version(data: Dataset, claim: HeadClaim): HeadVersion {
  const name = data.people.get(claim.person)?.name ?? claim.person;
  return { person: claim.person, name, title: claim.title, note: claim.note, sources: [...claim.sources] };
}

const union = (lists: readonly (readonly string[])[]): string[] => [...new Set(lists.flat())];

export function headOf(data: Dataset, delegation: Delegation): Head | undefined {
  const head = delegation.head;
  if (head === undefined) return undefined;
  if (isPostOnly(head)) return { disputed: false, title: head.title, ...(head.note ? { note: head.note } : {}), sources: [...head.sources] };
  if (!('versions' in head)) return { disputed: false, ...version(data, head) };
  const versions = head.versions.map((c) => version(data, c));
  const sources = union(versions.map((v) => v.sources));
  const people = new Set(versions.map((v) => v.person));
  if (people.size > 1) return { disputed: true, note: head.note, sources, versions };
  const titles = new Map<string, string[]>();
  for (const v of versions) if (v.title !== undefined) titles.set(v.title, union([titles.get(v.title) ?? [], v.sources]));
  const notes = union([versions.flatMap((v) => (v.note ? [v.note] : [])), head.note ? [head.note] : []]);
  const { person, name } = versions[0]!;
  const differ = titles.size > 1;
  return {
    disputed: false,
    person,
    name,
    ...(differ ? {} : titles.size === 1 ? { title: [...titles.keys()][0] } : {}),
    ...(differ ? { titles: [...titles].map(([title, s]) => ({ title, sources: s })) } : {}),
    ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
    sources,
  };
}

/**
 * Known, unknown (no head recorded) or disputed (sources name different people). A head known
 * only by its post counts as known: the sources say who led, if not by name.
 */
export function headStatus(head: Head | undefined): 'known' | 'unknown' | 'disputed' {
  if (head === undefined) return 'unknown';
  return head.disputed ? 'disputed' : 'known';
}

/** A head the sources give only by post, with no name. */
export const unnamed = (head: Head | undefined): boolean => head !== undefined && !head.disputed && head.person === undefined;

/** The head's name for a table cell: disputed heads list every version, marked; a post alone says the name is unknown. */
export function headLabel(head: Head | undefined): string {
  if (head === undefined) return '';
  if (head.disputed) return `disputed: ${[...new Set((head.versions ?? []).map((v) => v.name))].join(' / ')}`;
  if (unnamed(head)) return `${head.title} (name unknown)`;
  return head.titles ? `${head.name} (titles differ)` : (head.name ?? '');
}

/** What two heads must share to be the same answer: the people named, in any order, or the post. */
export function headKey(head: Head | undefined): string {
  if (head === undefined) return '';
  if (unnamed(head)) return `post:${head.title}`;
  return [...new Set((head.versions ?? [head]).map((v) => v.person))].sort().join('|');
}

/** The head's title for a table cell: every title where they differ, each account's where disputed. */
export function headTitle(head: Head | undefined): string | undefined {
  if (head === undefined) return undefined;
  if (head.disputed) return (head.versions ?? []).map((v) => v.title ?? 'unknown').join(' / ');
  return head.titles ? head.titles.map((t) => t.title).join(' / ') : head.title;
}
