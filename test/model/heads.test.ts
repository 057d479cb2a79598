import { describe, expect, it } from 'vitest';
import { isPostOnly, namedClaims } from '../../src/model/heads.js';
import type { DisputedHead, HeadClaim, HeadPost } from '../../src/model/types.js';

const claim: HeadClaim = { person: 'envoy-a', title: 'Envoy', sources: ['s1'] };
const post: HeadPost = { title: 'Ambassador of Jordan to Kazakhstan', sources: ['s1'] };
const disputed: DisputedHead = { versions: [claim, { person: 'envoy-b', sources: ['s2'] }] };

describe('the shapes of a head', () => {
  it('tells a post alone from a named account or a dispute', () => {
    expect([isPostOnly(post), isPostOnly(claim), isPostOnly(disputed), isPostOnly(undefined)]).toEqual([true, false, false, false]);
  });

  it('gives the accounts that name a person: none for a post or no head, one, or every version', () => {
    expect(namedClaims(undefined)).toEqual([]);
    expect(namedClaims(post)).toEqual([]);
    expect(namedClaims(claim)).toEqual([claim]);
    expect(namedClaims(disputed).map((c) => c.person)).toEqual(['envoy-a', 'envoy-b']);
  });
});
