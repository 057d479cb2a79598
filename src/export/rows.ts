import type { Dataset, Meeting } from '../model/dataset.js';
import { isPostOnly, namedClaims } from '../model/heads.js';
import type { Delegation, HeadClaim, HeadPost } from '../model/types.js';
import { cityOf } from '../model/cities.js';
import type { Row } from '../render/rows.js';
import { tableNames, type TableName } from './resources.js';

export type Tables = Record<TableName, Row[]>;

/** A column left empty in CSV and NULL in SQLite. */
const opt = <T>(value: T | undefined): T | null => value ?? null;

/**
 * The dataset as tidy tables: one row per fact, lists become rows of their own, and every
 * fact's sources become rows of claim_sources. Rows keep the order of the data files.
 */
export function tidyTables(data: Dataset): Tables {
  const t = Object.fromEntries(tableNames.map((name) => [name, [] as Row[]])) as Tables;
  const cite = (table: TableName, row: string, meeting: string, sources: readonly string[], field = 'row'): void => {
    for (const source of sources) t.claim_sources.push({ table, row, field, meeting, source });
  };
  for (const m of data.meetings) meetingRows(data, m, t, cite);
  return { ...t, ...registryRows(data) };
}

type Cite = (table: TableName, row: string, meeting: string, sources: readonly string[], field?: string) => void;

function meetingRows(data: Dataset, m: Meeting, t: Tables, cite: Cite): void {
  const b = m.body;
  const id = m.id;
  t.meetings.push({
    id,
    kind: m.kind,
    number: m.number,
    start: b.dates.start,
    end: b.dates.end,
    city: b.city.name,
    // Valid data names every meeting's city in the registry (validate's ref/unknown-city).
    city_id: cityOf(data.cities, b.city.name)!.id,
    venue: opt(b.city.venue),
    agenda_coverage: b.coverage.agenda,
    resolutions_coverage: b.coverage.resolutions,
    coverage_note: opt(b.coverage.note),
  });
  cite('meetings', id, id, b.dates.sources, 'dates');
  cite('meetings', id, id, b.city.sources, 'city');
  cite('meetings', id, id, b.coverage.basis ?? [], 'coverage');
  for (const d of b.delegations) delegationRows(id, d, t, cite);
  for (const a of b.absent ?? []) {
    const row = `${id}/${a.party}`;
    t.participation.push({ id: row, meeting: id, party: a.party, role: 'absent', head_person: null, head_title: null, head_disputed: false, note: null, absent_reason: opt(a.reason) });
    cite('participation', row, id, a.sources);
  }
  const list = <T extends { sources: readonly string[] }>(table: TableName, segment: string, items: readonly T[], row: (item: T) => Row): void =>
    items.forEach((item, i) => {
      const rowId = `${id}/${segment}/${i + 1}`;
      t[table].push({ id: rowId, meeting: id, ...row(item) });
      cite(table, rowId, id, item.sources);
    });
  list('agenda_items', 'agenda', b.agenda, (a) => ({ topic: a.topic, summary: a.summary }));
  list('resolution_citations', 'resolutions', b.resolutions ?? [], (r) => ({ resolution: r.resolution, context: r.context, quote: opt(r.quote), note: opt(r.note) }));
  list('documents', 'documents', b.documents ?? [], (d) => ({ title: d.title, kind: d.kind, date: opt(d.date), note: opt(d.note) }));
  const next = b.next === undefined ? [] : 'versions' in b.next ? b.next.versions : [b.next];
  list('next_meetings', 'next', next, (n) => ({ summary: n.summary, city: opt(n.city), period: opt(n.period), disputed: next.length > 1 }));
  list('notes', 'notes', b.notes ?? [], (n) => ({ text: n.text }));
  for (const s of b.sources) t.sources.push({ meeting: id, id: s.id, url: s.url, publisher: s.publisher, title: s.title, date: opt(s.date), language: s.language, note: opt(s.note) });
}

/**
 * A delegation and every account of its head. Sources that agree on the person but not on the
 * title are not a dispute about who led it: the person is kept, the title left to head_claims.
 */
function delegationRows(meeting: string, d: Delegation, t: Tables, cite: Cite): void {
  const row = `${meeting}/${d.party}`;
  const post = isPostOnly(d.head) ? d.head : undefined;
  const claims: (HeadClaim | HeadPost)[] = post ? [post] : namedClaims(d.head);
  const people = new Set(claims.map((c) => ('person' in c ? c.person : undefined)));
  const titles = new Set(claims.map((c) => c.title));
  const [first] = claims;
  t.participation.push({
    id: row,
    meeting,
    party: d.party,
    role: d.role,
    head_person: first && 'person' in first && people.size === 1 ? first.person : null,
    head_title: people.size === 1 && titles.size === 1 ? opt(first!.title) : null,
    head_disputed: people.size > 1,
    note: opt(d.note),
    absent_reason: null,
  });
  cite('participation', row, meeting, d.sources);
  claims.forEach((c, i) => {
    const claim = `${row}/head/${i + 1}`;
    t.head_claims.push({ id: claim, participation: row, meeting, person: 'person' in c ? c.person : null, title: opt(c.title), note: opt(c.note) });
    cite('head_claims', claim, meeting, c.sources);
  });
}

/** Every id a party or meeting records in another dataset, one row each, with its sources' URLs. */
function crosswalkRows(data: Dataset): Row[] {
  const urls = (byId: ReadonlyMap<string, { url: string }>, ids: readonly string[]): string => ids.map((id) => byId.get(id)!.url).join('; ');
  const rows: Row[] = [];
  for (const p of data.parties.values()) {
    const ids = p.ids;
    if (ids === undefined) continue;
    const values: [string, readonly (string | number)[]][] = [
      ['iso3', ids.iso3 === undefined ? [] : [ids.iso3]],
      ['gwno', ids.gwno === undefined ? [] : [ids.gwno]],
      ['ucdp_actor', ids.ucdpActor === undefined ? [] : [ids.ucdpActor]],
      ['pax_actor', ids.paxActor === undefined ? [] : [ids.paxActor]],
      ['acled', ids.acled ?? []],
      ['wikidata', ids.wikidata === undefined ? [] : [ids.wikidata]],
    ];
    for (const [scheme, list] of values) for (const value of list) rows.push({ entity: 'party', entity_id: p.id, scheme, value: String(value), sources: urls(data.partySources, ids.sources) });
  }
  for (const m of data.meetings) {
    const ids = m.body.ids;
    const byId = new Map(m.body.sources.map((s) => [s.id, s]));
    for (const value of ids?.paxAgreement ?? []) rows.push({ entity: 'meeting', entity_id: m.id, scheme: 'pax_agreement', value: String(value), sources: urls(byId, ids!.sources) });
  }
  return rows;
}

function registryRows(data: Dataset): Pick<Tables, 'parties' | 'party_aliases' | 'people' | 'person_aliases' | 'topics' | 'resolutions' | 'cities' | 'city_aliases' | 'crosswalk'> {
  const parties = [...data.parties.values()];
  const people = [...data.people.values()];
  const cities = [...data.cities.values()];
  return {
    parties: parties.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      participation_from: opt(p.participation?.from),
      participation_until: opt(p.participation?.until),
      participation_note: opt(p.participation?.note),
      participation_sources: p.participation ? p.participation.sources.map((id) => data.partySources.get(id)!.url).join('; ') : null,
    })),
    party_aliases: parties.flatMap((p) => (p.aliases ?? []).map((alias) => ({ party: p.id, alias }))),
    people: people.map((p) => ({ id: p.id, name: p.name })),
    person_aliases: people.flatMap((p) => (p.aliases ?? []).map((alias) => ({ person: p.id, alias }))),
    topics: [...data.topics.values()].map((x) => ({ id: x.id, label: x.label, description: x.description })),
    resolutions: [...data.resolutions.values()].map((r) => ({
      id: r.id, symbol: r.symbol, body: r.body, number: opt(r.number), year: r.year, title: opt(r.title), subject: r.subject, url: r.url, note: opt(r.note),
    })),
    cities: cities.map((c) => ({ id: c.id, name: c.name, country: opt(c.country) })),
    city_aliases: cities.flatMap((c) => (c.aliases ?? []).map((alias) => ({ city: c.id, alias }))),
    crosswalk: crosswalkRows(data),
  };
}
