import type { Delegation, HeadClaim, HeadPost } from './types.js';

/** A head known only by the post the sources give: the person is unknown. */
export const isPostOnly = (head: Delegation['head']): head is HeadPost => head !== undefined && !('versions' in head) && !('person' in head);

/** The accounts of a head that name a person: every version where sources disagree, none for a post alone. */
export function namedClaims(head: Delegation['head']): HeadClaim[] {
  if (head === undefined || isPostOnly(head)) return [];
  return 'versions' in head ? head.versions : [head];
}
