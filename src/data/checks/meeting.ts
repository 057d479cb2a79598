import { basename } from 'node:path';
import { isCalendarDate } from '../../text/dates.js';
import { cityNames, cityOf } from '../../model/cities.js';
import { namedClaims } from '../../model/heads.js';
import type { MeetingBody } from '../../model/dataset.js';
import type { Source } from '../../model/types.js';
import { isListingPage } from '../../text/listing-page.js';
import { suggest } from '../../text/suggest.js';
import { numberOf } from './dataset.js';
import type { Path, Registries, Report } from './index.js';
import { languageCodes } from './languages.js';
import type { StoredFile } from '../raw-data.js';
import type { MeetingKind } from '../yaml/read.js';

/** The rules one meeting file must keep, given the registries' ids. */
export function meetingChecks(file: StoredFile, kind: MeetingKind, registries: Registries, report: Report): void {
  const meeting = file.value as MeetingBody;
  const ref = (registry: 'parties' | 'people' | 'topics' | 'resolutions', code: string, id: string, path: Path): void => {
    const ids = registries[registry];
    if (ids === undefined || ids.has(id)) return;
    report(file, code, path, { id, suggestions: suggest(id, ids).join(', ') });
  };

  meeting.delegations.forEach((d, i) => {
    ref('parties', 'ref/unknown-party', d.party, ['delegations', i, 'party']);
    const disputed = d.head !== undefined && 'versions' in d.head;
    namedClaims(d.head).forEach((head, v) => ref('people', 'ref/unknown-person', head.person, ['delegations', i, 'head', ...(disputed ? ['versions', v] : []), 'person']));
  });
  meeting.absent?.forEach((a, i) => ref('parties', 'ref/unknown-party', a.party, ['absent', i, 'party']));
  meeting.agenda.forEach((a, i) => ref('topics', 'ref/unknown-topic', a.topic, ['agenda', i, 'topic']));
  meeting.resolutions?.forEach((r, i) => ref('resolutions', 'ref/unknown-resolution', r.resolution, ['resolutions', i, 'resolution']));

  const present = new Map<string, number>();
  meeting.delegations.forEach((d, i) => {
    if (present.has(d.party)) report(file, 'meeting/duplicate-delegation', ['delegations', i, 'party'], { party: d.party });
    present.set(d.party, i);
  });
  // Attendance shows one mark per party and meeting: present and absent at once cannot both be true.
  meeting.absent?.forEach((a, i) => {
    if (present.has(a.party)) report(file, 'meeting/present-and-absent', ['absent', i, 'party'], { party: a.party });
  });

  // A meeting's city, by the name it had at the time, must be a city of the registry.
  const { cities } = registries;
  if (cities && !cityOf(cities, meeting.city.name)) {
    report(file, 'ref/unknown-city', ['city', 'name'], { name: meeting.city.name, suggestions: suggest(meeting.city.name, cityNames(cities)).join(', ') });
  }

  checkSources(file, meeting, report);
  checkDates(file, meeting, report);
  checkCoverage(file, meeting, report);

  const number = numberOf(file, kind);
  // Zero-padded to two digits or more (01.yaml, 022.yaml), so that `ls` order is meeting order.
  const name = basename(file.path).replace(/\.ya?ml$/, '');
  if (!/^\d{2,}$/.test(name) || Number(name) !== number) {
    report(file, 'meeting/file-name', [kind], { kind, expected: `${String(number).padStart(2, '0')}.yaml`, number });
  }
}

/** A file's `sources` list: ids unique, URLs sound, languages real, each cited by some fact and each cited one defined. */
export function checkSources(file: StoredFile, meeting: { readonly sources: readonly Source[] }, report: Report): void {
  const defined = new Map<string, number>();
  meeting.sources.forEach((s, i) => {
    if (defined.has(s.id)) report(file, 'ref/duplicate-source', ['sources', i, 'id'], { id: s.id });
    else defined.set(s.id, i);
    const problem = urlProblem(s.url);
    if (problem) report(file, problem, ['sources', i, 'url'], { url: s.url }, 'warning');
    if (!languageCodes.has(s.language)) report(file, 'source/unknown-language', ['sources', i, 'language'], { language: s.language, suggestions: suggest(s.language, languageCodes).join(', ') });
  });
  const used = new Set<string>();
  walkSourced(meeting, {
    source(id, path) {
      used.add(id);
      if (!defined.has(id)) report(file, 'ref/unknown-source', path(), { id, suggestions: suggest(id, defined.keys()).join(', ') });
    },
    // Every date must be one the calendar has (no 31 February): a source's, a document's.
    date(date, path) {
      if (!isCalendarDate(date)) report(file, 'dates/invalid', path(), { date });
    },
  });
  for (const [id, i] of defined) {
    if (!used.has(id)) report(file, 'source/unused', ['sources', i, 'id'], { id }, 'warning');
  }
}

/** A source URL that resolves but is a poor citation: a listing page, a host with a trailing dot, an HTML entity. */
function urlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'source/bad-url';
  }
  if (parsed.hostname.endsWith('.')) return 'source/trailing-dot-host';
  if (isListingPage(url)) return 'source/listing-page';
  // Copied from a page's HTML source: `&amp;` in an address is a different URL from `&`.
  if (/&(amp|lt|gt|quot|#\d+);/i.test(url)) return 'source/html-entity';
  return undefined;
}

/**
 * Visits every `sources: [id…]` (and coverage `basis: [id…]`) list below the top level, wherever
 * the schema puts one, and every `date`. One path stack for the walk: a path is copied only when
 * it is asked for, since this runs over every fact of every meeting.
 */
function walkSourced(meeting: unknown, visit: { source(id: string, path: () => Path): void; date(date: string, path: () => Path): void }): void {
  const path: (string | number)[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        if (value[i] === null || typeof value[i] !== 'object') continue;
        path.push(i);
        walk(value[i]);
        path.pop();
      }
      return;
    }
    for (const key of Object.keys(value as object)) {
      const child = (value as Record<string, unknown>)[key];
      if ((key === 'sources' || key === 'basis') && path.length > 0 && Array.isArray(child)) {
        child.forEach((id, i) => typeof id === 'string' && visit.source(id, () => [...path, key, i]));
      } else if (key === 'date' && typeof child === 'string') {
        visit.date(child, () => [...path, key]);
      } else if (child !== null && typeof child === 'object') {
        path.push(key);
        walk(child);
        path.pop();
      }
    }
  };
  if (meeting !== null && typeof meeting === 'object') walk(meeting);
}

/** "complete" is a claim about what was read; without the documents it rests on, nobody can check it. */
function checkCoverage(file: StoredFile, meeting: MeetingBody, report: Report): void {
  const { coverage } = meeting;
  for (const part of ['agenda', 'resolutions'] as const) {
    if (coverage[part] === 'complete' && (coverage.basis ?? []).length === 0) report(file, 'coverage/complete-without-basis', ['coverage', part], { part });
  }
}

function checkDates(file: StoredFile, meeting: MeetingBody, report: Report): void {
  const { start, end } = meeting.dates;
  let valid = true;
  for (const field of ['start', 'end'] as const) {
    if (!isCalendarDate(meeting.dates[field])) {
      valid = false;
      report(file, 'dates/invalid', ['dates', field], { date: meeting.dates[field] });
    }
  }
  if (valid && end < start) report(file, 'dates/end-before-start', ['dates', 'end'], { start, end });
}
