import { delegationRoles, type Dataset, type Meeting } from '../model/dataset.js';
import type { Delegation } from '../model/types.js';
import { isListingPage } from '../text/listing-page.js';
import type { CoverageLevel } from './coverage.js';
import { headOf, headStatus, unnamed } from './heads.js';
import { parseKind } from './meetings.js';

type Status = 'known' | 'unknown' | 'disputed';
type Role = Delegation['role'];

export interface MeetingStats {
  readonly id: string;
  readonly kind: Meeting['kind'];
  readonly sources: number;
  /** Of the sources, those whose page's publication date is recorded. */
  readonly datedSources: number;
  readonly delegations: number;
  /** Heads of delegation: how many are known, unknown or disputed. */
  readonly heads: Record<Status, number>;
  readonly agenda: number;
  readonly resolutions: number;
  readonly documents: number;
  readonly next: Status;
  /** How completely the agenda and the resolution references were coded. */
  readonly coverage: { readonly agenda: CoverageLevel; readonly resolutions: CoverageLevel };
  /** Facts that carry at least one source (every fact must). */
  readonly claims: number;
}

export interface DatasetStats {
  readonly meetings: MeetingStats[];
  readonly totals: Omit<MeetingStats, 'id' | 'kind' | 'next' | 'coverage'> & {
    readonly meetings: number;
    readonly next: Record<Status, number>;
    /** How many meetings have each coverage level, for the agenda and for resolutions. */
    readonly coverage: { readonly agenda: Record<CoverageLevel, number>; readonly resolutions: Record<CoverageLevel, number> };
    /** The heads of delegation again, by the delegation's role: guarantor, Syrian party, host, observer. */
    readonly headsByRole: Record<Role, Record<Status, number>>;
    /** Of the known heads, those the sources give only by post, with no name. */
    readonly unnamedHeads: number;
    /** Sources whose URL is a tag, category, search, archive or paginated page, not an article (should be 0). */
    readonly listingPages: number;
  };
}

function count(values: readonly Status[]): Record<Status, number> {
  return { known: values.filter((v) => v === 'known').length, unknown: values.filter((v) => v === 'unknown').length, disputed: values.filter((v) => v === 'disputed').length };
}

function levels(values: readonly CoverageLevel[]): Record<CoverageLevel, number> {
  return { complete: values.filter((v) => v === 'complete').length, partial: values.filter((v) => v === 'partial').length, none: values.filter((v) => v === 'none').length };
}

/** Per meeting, which facts are known, unknown or disputed, and how many sources back them; `kind` keeps meetings of that kind only. */
export function datasetStats(data: Dataset, options: { readonly kind?: string } = {}): DatasetStats {
  const kind = options.kind === undefined ? undefined : parseKind(options.kind);
  const chosen = data.meetings.filter((m) => kind === undefined || m.kind === kind);
  // Each head is worked out once, for its meeting's row and for the totals by role.
  const heads = new Map(chosen.map((m) => [m, m.body.delegations.map((d) => ({ role: d.role, head: headOf(data, d) }))]));
  const meetings = chosen.map((m): MeetingStats => {
    const b = m.body;
    const next: Status = b.next === undefined ? 'unknown' : 'versions' in b.next ? 'disputed' : 'known';
    const lists = [b.delegations, b.absent ?? [], b.agenda, b.resolutions ?? [], b.documents ?? [], b.notes ?? []];
    const claims = 2 + lists.reduce((sum, list) => sum + list.length, 0) + (b.next ? 1 : 0);
    return {
      id: m.id,
      kind: m.kind,
      sources: b.sources.length,
      datedSources: b.sources.filter((x) => x.date !== undefined).length,
      delegations: b.delegations.length,
      heads: count(heads.get(m)!.map((d) => headStatus(d.head))),
      agenda: b.agenda.length,
      resolutions: (b.resolutions ?? []).length,
      documents: (b.documents ?? []).length,
      next,
      coverage: { agenda: b.coverage.agenda, resolutions: b.coverage.resolutions },
      claims,
    };
  });
  const delegations = [...heads.values()].flat();
  const headsByRole = Object.fromEntries(delegationRoles.map((role) => [role, count(delegations.filter((d) => d.role === role).map((d) => headStatus(d.head)))])) as Record<Role, Record<Status, number>>;
  const sum = (pick: (s: MeetingStats) => number): number => meetings.reduce((total, s) => total + pick(s), 0);
  return {
    meetings,
    totals: {
      meetings: meetings.length,
      sources: sum((s) => s.sources),
      datedSources: sum((s) => s.datedSources),
      delegations: sum((s) => s.delegations),
      heads: { known: sum((s) => s.heads.known), unknown: sum((s) => s.heads.unknown), disputed: sum((s) => s.heads.disputed) },
      agenda: sum((s) => s.agenda),
      resolutions: sum((s) => s.resolutions),
      documents: sum((s) => s.documents),
      next: count(meetings.map((s) => s.next)),
      coverage: { agenda: levels(meetings.map((s) => s.coverage.agenda)), resolutions: levels(meetings.map((s) => s.coverage.resolutions)) },
      claims: sum((s) => s.claims),
      headsByRole,
      unnamedHeads: delegations.filter((d) => unnamed(d.head)).length,
      listingPages: chosen.reduce((n, m) => n + m.body.sources.filter((x) => isListingPage(x.url)).length, 0),
    },
  };
}
