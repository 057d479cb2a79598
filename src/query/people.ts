import type { Dataset, Meeting } from '../model/dataset.js';
import { namedClaims } from '../model/heads.js';
import type { HeadClaim, Person } from '../model/types.js';
import { resolveParty, resolvePerson } from './resolve.js';
import { sourceRefs, type SourceRef } from './source-refs.js';
import { meetingRef, sortEntries, usageOf, type MeetingRef, type Usage } from './usage.js';

export interface PersonSummary extends Usage {
  readonly id: string;
  readonly name: string;
  readonly aliases: string[];
  /** The parties whose delegations they headed. */
  readonly parties: string[];
}

/** A meeting at which the person headed a delegation, by one account at least. */
export interface Headship extends MeetingRef {
  readonly party: string;
  readonly partyName: string;
  readonly title?: string;
  readonly note?: string;
  /** True when sources disagree on who was head, and this person is one account. */
  readonly disputed: boolean;
  readonly sources: SourceRef[];
}

export interface PersonDetail extends PersonSummary {
  readonly headed: Headship[];
}

/** Every headship in the data, in meeting order; one pass for every person. */
function headships(data: Dataset): Map<string, { meeting: Meeting; headship: Headship }[]> {
  const byPerson = new Map<string, { meeting: Meeting; headship: Headship }[]>();
  for (const m of data.meetings) {
    for (const d of m.body.delegations) {
      // Accounts that name the same person (differing only on the title) are one headship, not a dispute.
      const byClaimant = new Map<string, HeadClaim[]>();
      for (const c of namedClaims(d.head)) byClaimant.set(c.person, [...(byClaimant.get(c.person) ?? []), c]);
      const disputed = byClaimant.size > 1;
      for (const [person, accounts] of byClaimant) {
        const titles = [...new Set(accounts.flatMap((c) => (c.title ? [c.title] : [])))];
        // The note on the accounts as a whole ("Same person; …") goes with each person's own.
        const whole = d.head && 'versions' in d.head && byClaimant.size === 1 ? d.head.note : undefined;
        const notes = [...new Set([...accounts.flatMap((c) => (c.note ? [c.note] : [])), ...(whole ? [whole] : [])])];
        const headship: Headship = {
          ...meetingRef(m),
          party: d.party,
          partyName: data.parties.get(d.party)?.name ?? d.party,
          title: titles.length > 0 ? titles.join(' / ') : undefined,
          note: notes.length > 0 ? notes.join(' ') : undefined,
          disputed,
          sources: sourceRefs(m.body, [...new Set(accounts.flatMap((c) => c.sources))]),
        };
        const list = byPerson.get(person) ?? [];
        list.push({ meeting: m, headship });
        byPerson.set(person, list);
      }
    }
  }
  return byPerson;
}

function summary(person: Person, held: readonly { meeting: Meeting; headship: Headship }[]): PersonSummary {
  const meetings = [...new Set(held.map((h) => h.meeting))];
  return { id: person.id, name: person.name, aliases: [...(person.aliases ?? [])], parties: [...new Set(held.map((h) => h.headship.party))], ...usageOf(meetings) };
}

export function listPeople(data: Dataset, options: { party?: string; sort?: string } = {}): PersonSummary[] {
  const party = options.party === undefined ? undefined : resolveParty(data, options.party).id;
  const all = headships(data);
  const people = [...data.people.values()].map((p) => summary(p, all.get(p.id) ?? [])).filter((p) => party === undefined || p.parties.includes(party));
  return sortEntries(data, people, options.sort, (p) => p.name);
}

export function showPerson(data: Dataset, arg: string): PersonDetail {
  const person = resolvePerson(data, arg);
  const held = headships(data).get(person.id) ?? [];
  return { ...summary(person, held), headed: held.map((h) => h.headship) };
}

/** One headship as the line formats print it. */
export interface HeadshipRecord {
  readonly person: string;
  readonly meeting: string;
  readonly start: string;
  readonly party: string;
  readonly title?: string;
  readonly disputed: boolean;
  /** The URLs of the sources. */
  readonly sources: string[];
  /** The person's name and the spellings sources use, repeated on every record so that a pipe keeps what the table shows. */
  readonly name: string;
  readonly aliases: string[];
}

export const headshipRecords = (p: PersonDetail): HeadshipRecord[] =>
  p.headed.map((h) => ({ person: p.id, meeting: h.meeting, start: h.start, party: h.party, ...(h.title ? { title: h.title } : {}), disputed: h.disputed, sources: h.sources.map((s) => s.url), name: p.name, aliases: p.aliases }));
