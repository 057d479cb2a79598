import { byCodeUnit } from '../../text/compare.js';
import { isCalendarDate } from '../../text/dates.js';
import type { MeetingBody } from '../../model/dataset.js';
import type { Source } from '../../model/types.js';
import { checkSources } from './meeting.js';
import { participationChecks } from './participation.js';
import { isMeetingKind, meetingKinds } from '../../model/dataset.js';
import type { Report } from './index.js';
import type { StoredFile } from '../raw-data.js';
import type { MeetingKind } from '../yaml/read.js';

export const numberOf = (file: StoredFile, kind: MeetingKind): number => (file.value as Record<MeetingKind, number>)[kind];
const bodyOf = (file: StoredFile): MeetingBody => file.value as MeetingBody;

/** Rules over every meeting of the dataset at once: numbering, overlaps, unused entries, dates ahead of the sources. */
export function datasetChecks(files: readonly StoredFile[], report: Report, options: { complete: boolean }): void {
  for (const kind of meetingKinds) checkNumbering(files.filter((f) => f.kind === kind), kind, report, options.complete);
  checkAfterSources(files.filter((f) => isMeetingKind(f.kind)), report);
  // The parties' ids and participation, and the process ids of dataset.yaml, cite pages of their own, listed in the file.
  for (const file of files.filter((f) => f.kind === 'parties' || f.kind === 'dataset')) {
    // The list is optional there; an id cited without one is still an unknown source.
    const value = file.value as { sources?: Source[] };
    checkSources(file, { ...value, sources: value.sources ?? [] }, report);
  }
  participationChecks(files, report, options);
  // A registry entry no meeting uses is dead weight, or a sign of a typo elsewhere. Only
  // knowable when every meeting file could be read and checked.
  if (!options.complete) return;
  const meetings = files.filter((f) => isMeetingKind(f.kind)).map(bodyOf);
  reportUnused(files, 'topics', new Set(meetings.flatMap((m) => m.agenda.map((a) => a.topic))), 'ref/unused-topic', report);
  reportUnused(files, 'resolutions', new Set(meetings.flatMap((m) => (m.resolutions ?? []).map((r) => r.resolution))), 'ref/unused-resolution', report);
}

function reportUnused(files: readonly StoredFile[], kind: 'topics' | 'resolutions', used: ReadonlySet<string>, code: string, report: Report): void {
  for (const file of files.filter((f) => f.kind === kind)) {
    const items = (file.value as Record<string, { id: string }[]>)[kind] ?? [];
    items.forEach((item, i) => {
      if (!used.has(item.id)) report(file, code, [kind, i, 'id'], { id: item.id }, 'warning');
    });
  }
}

function checkNumbering(files: readonly StoredFile[], kind: MeetingKind, report: Report, complete: boolean): void {
  const byNumber = new Map<number, StoredFile>();
  for (const file of files) {
    const number = numberOf(file, kind);
    const first = byNumber.get(number);
    if (first) report(file, 'meeting/duplicate-number', [kind], { kind, number, other: first.path });
    else byNumber.set(number, file);
  }
  // Meetings are numbered from 1 without gaps; a missing number is a file not yet written, or a typo.
  if (complete) {
    const numbers = [...byNumber.keys()].sort((a, b) => a - b);
    numbers.forEach((n, i) => {
      const previous = i === 0 ? 0 : numbers[i - 1]!;
      if (n > previous + 1) report(byNumber.get(n)!, 'meeting/number-gap', [kind], { kind, number: n, missing: n === previous + 2 ? `${previous + 1}` : `${previous + 1}–${n - 1}` }, 'warning');
    });
  }
  // Meetings of one kind follow each other; two that overlap are a typo in a date or a number.
  const start = (f: StoredFile): string => bodyOf(f).dates.start;
  const sorted = [...files].sort((a, b) => byCodeUnit(start(a), start(b)));
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!;
    const current = sorted[i]!;
    if (start(current) <= bodyOf(previous).dates.end) {
      report(current, 'dates/overlap', ['dates', 'start'], { kind, number: numberOf(current, kind), other: numberOf(previous, kind) });
    }
  }
}

/**
 * A meeting that starts after the newest page cited anywhere in the dataset has no source that
 * could report it as held: an announcement taken for a fact, or a wrong year. Compared with the
 * sources rather than the clock, so that the answer does not change from one day to the next.
 */
function checkAfterSources(meetings: readonly StoredFile[], report: Report): void {
  let newest: string | undefined;
  for (const m of meetings) {
    for (const s of bodyOf(m).sources) if (s.date !== undefined && isCalendarDate(s.date) && (newest === undefined || s.date > newest)) newest = s.date;
  }
  if (newest === undefined) return;
  for (const m of meetings) {
    const { start } = bodyOf(m).dates;
    if (start > newest) report(m, 'dates/after-sources', ['dates', 'start'], { start, newest }, 'warning');
  }
}
