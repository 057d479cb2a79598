import type { MeetingIds, Source } from '../model/types.js';
import type { CoverageLevel } from './coverage.js';
import type { Head } from './heads.js';
import type { MeetingDetail } from './rounds-show.js';

/** The sections of a meeting, in the order `rounds show` prints them. */
export const meetingSections = ['meeting', 'coverage', 'delegation', 'absent', 'agenda', 'resolution', 'document', 'next', 'note', 'source'] as const;
export type MeetingSection = (typeof meetingSections)[number];

// Base comes last in each member below: the schema generator lists its properties first, so
// meeting and section lead the csv and tsv columns.
interface Base<S extends MeetingSection> {
  /** The meeting's id, such as round-21. */
  readonly meeting: string;
  readonly section: S;
}

/**
 * One line of a meeting as the line formats print it (csv, tsv, ndjson): every section, one
 * record per item, so a pipe keeps every fact the table shows.
 */
export type MeetingRecord =
  | ({ readonly start: string; readonly end: string; readonly dateSources: string[]; readonly city: string; readonly cityId?: string; readonly venue?: string; readonly citySources: string[]; readonly ids?: MeetingIds } & Base<'meeting'>)
  | ({ readonly agenda: CoverageLevel; readonly resolutions: CoverageLevel; readonly basis: string[]; readonly note?: string } & Base<'coverage'>)
  | ({ readonly party: string; readonly name: string; readonly role: string; readonly head?: Head; readonly note?: string; readonly sources: string[] } & Base<'delegation'>)
  | ({ readonly party: string; readonly name: string; readonly reason?: string; readonly sources: string[] } & Base<'absent'>)
  | ({ readonly topic: string; readonly label: string; readonly summary: string; readonly sources: string[] } & Base<'agenda'>)
  | ({ readonly resolution: string; readonly symbol: string; readonly context: string; readonly quote?: string; readonly note?: string; readonly sources: string[] } & Base<'resolution'>)
  | ({ readonly title: string; readonly kind: string; readonly date?: string; readonly note?: string; readonly sources: string[] } & Base<'document'>)
  | ({ readonly summary: string; readonly city?: string; readonly period?: string; readonly disputed: boolean; readonly note?: string; readonly sources: string[] } & Base<'next'>)
  | ({ readonly text: string; readonly sources: string[] } & Base<'note'>)
  | (Source & Base<'source'>);

/** Every fact of a meeting as records, in section order; `sections` keeps only some. */
export function meetingRecords(meeting: string, m: MeetingDetail, sections: readonly MeetingSection[] = meetingSections): MeetingRecord[] {
  const wanted = new Set(sections);
  const next = m.next === undefined ? [] : m.next.disputed ? (m.next.versions ?? []) : [m.next];
  const all: MeetingRecord[] = [
    { meeting, section: 'meeting', start: m.start, end: m.end, dateSources: m.dateSources, city: m.city, ...(m.cityId ? { cityId: m.cityId } : {}), ...(m.venue ? { venue: m.venue } : {}), citySources: m.citySources, ...(m.ids ? { ids: m.ids } : {}) },
    { meeting, section: 'coverage', ...m.coverage },
    ...m.delegations.map((d) => ({ meeting, section: 'delegation' as const, ...d })),
    ...m.absent.map((a) => ({ meeting, section: 'absent' as const, ...a })),
    ...m.agenda.map((a) => ({ meeting, section: 'agenda' as const, ...a })),
    ...m.resolutions.map(({ id, symbol, context, quote, note, sources }) => ({ meeting, section: 'resolution' as const, resolution: id, symbol, context, quote, note, sources })),
    ...m.documents.map((d) => ({ meeting, section: 'document' as const, ...d, sources: [...d.sources] })),
    ...next.map((v) => ({ meeting, section: 'next' as const, summary: v.summary ?? '', city: v.city, period: v.period, disputed: m.next!.disputed, note: m.next!.note, sources: v.sources })),
    ...m.notes.map((n) => ({ meeting, section: 'note' as const, ...n })),
    ...m.sources.map((s) => ({ meeting, section: 'source' as const, ...s })),
  ];
  return all.filter((r) => wanted.has(r.section));
}
