import type { Dataset } from '../model/dataset.js';
import type { Delegation, HeadClaim } from '../model/types.js';

export interface HeadVersion {
  readonly person: string;
  readonly name: string;
  readonly title?: string;
  readonly note?: string;
  readonly sources: string[];
}

/**
 * Who led a delegation. When sources disagree, `disputed` is true, `name` is absent and
 * `versions` holds every account with its own sources: the dataset does not pick one.
 */
export interface Head {
  readonly disputed: boolean;
  readonly person?: string;
  readonly name?: string;
  readonly title?: string;
  readonly note?: string;
  readonly sources: string[];
  readonly versions?: HeadVersion[];
}

function version(data: Dataset, claim: HeadClaim): HeadVersion {
  const name = data.people.get(claim.person)?.name ?? claim.person;
  return { person: claim.person, name, title: claim.title, note: claim.note, sources: [...claim.sources] };
}

export function headOf(data: Dataset, delegation: Delegation): Head | undefined {
  const head = delegation.head;
  if (head === undefined) return undefined;
  if ('versions' in head) {
    const versions = head.versions.map((c) => version(data, c));
    return { disputed: true, note: head.note, sources: [...new Set(versions.flatMap((v) => v.sources))], versions };
  }
  return { disputed: false, ...version(data, head) };
}

/** The head's name for a table cell: disputed heads list every version, marked. */
export function headLabel(head: Head | undefined): string {
  if (head === undefined) return '';
  if (!head.disputed) return head.name ?? '';
  const names = [...new Set((head.versions ?? []).map((v) => v.name))];
  // Sources that agree on the person but not on the title dispute only the title.
  if (names.length === 1) return `${names[0]} (title disputed)`;
  return `disputed: ${names.join(' / ')}`;
}
