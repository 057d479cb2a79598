import { byCodeUnit } from '../compare.js';
import { basename } from 'node:path';
import { isCalendarDate } from '../dates.js';
import { suggest } from '../suggest.js';
import type { MeetingBody } from '../model/dataset.js';
import type { Diagnostic, Severity } from './diagnostic.js';
import type { MeetingKind } from './load.js';
import type { StoredFile } from './raw-data.js';

type Path = readonly (string | number)[];

interface Registries {
  readonly parties: ReadonlySet<string>;
  readonly people: ReadonlySet<string>;
  readonly topics: ReadonlySet<string>;
  readonly resolutions: ReadonlySet<string>;
}

/**
 * Rules JSON Schema cannot express: references between files, duplicates, dates that must be
 * real and ordered. Runs only on files that passed their schema, so shapes can be trusted.
 */
export function crossFileChecks(files: readonly StoredFile[], options: { complete: boolean } = { complete: true }): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report = (file: StoredFile, code: string, path: Path, args: Record<string, string | number>, severity: Severity = 'error', key?: string): void => {
    out.push({ code, severity, file: file.path, line: 0, column: 0, args, at: { segments: path, key } });
  };

  const registryIds = (kind: StoredFile['kind'], listKey: string): Set<string> => {
    const ids = new Set<string>();
    for (const file of files.filter((f) => f.kind === kind)) {
      const items = (file.value as Record<string, { id: string }[]>)[listKey] ?? [];
      items.forEach((item, i) => {
        if (ids.has(item.id)) report(file, 'ref/duplicate-id', [listKey, i, 'id'], { id: item.id });
        ids.add(item.id);
      });
    }
    return ids;
  };
  const registries: Registries = {
    parties: registryIds('parties', 'parties'),
    people: registryIds('people', 'people'),
    topics: registryIds('topics', 'topics'),
    resolutions: registryIds('resolutions', 'resolutions'),
  };

  const meetingKinds: MeetingKind[] = ['round', 'summit', 'ministerial'];
  const used = { topics: new Set<string>(), resolutions: new Set<string>() };
  for (const kind of meetingKinds) {
    const meetings = files.filter((f) => f.kind === kind);
    for (const file of meetings) {
      const body = file.value as MeetingBody;
      checkMeeting(file, kind, registries, report);
      body.agenda.forEach((a) => used.topics.add(a.topic));
      body.resolutions?.forEach((r) => used.resolutions.add(r.resolution));
    }
    checkNumbering(meetings, kind, report);
  }
  // A registry entry no meeting uses is dead weight, or a sign of a typo elsewhere. Only
  // knowable when every meeting file could be read and checked.
  if (!options.complete) return out;
  reportUnused(files, 'topics', 'topics', used.topics, 'ref/unused-topic', report);
  reportUnused(files, 'resolutions', 'resolutions', used.resolutions, 'ref/unused-resolution', report);
  return out;
}

type Report = (file: StoredFile, code: string, path: Path, args: Record<string, string | number>, severity?: Severity, key?: string) => void;

function reportUnused(files: readonly StoredFile[], kind: StoredFile['kind'], listKey: string, used: ReadonlySet<string>, code: string, report: Report): void {
  for (const file of files.filter((f) => f.kind === kind)) {
    const items = (file.value as Record<string, { id: string }[]>)[listKey] ?? [];
    items.forEach((item, i) => {
      if (!used.has(item.id)) report(file, code, [listKey, i, 'id'], { id: item.id }, 'warning');
    });
  }
}

const numberOf = (file: StoredFile, kind: MeetingKind): number => (file.value as Record<MeetingKind, number>)[kind];

function checkMeeting(file: StoredFile, kind: MeetingKind, registries: Registries, report: Report): void {
  const meeting = file.value as MeetingBody;
  const ref = (kind: keyof Registries, code: string, id: string, path: Path): void => {
    if (registries[kind].has(id)) return;
    report(file, code, path, { id, suggestions: suggest(id, registries[kind]).join(', ') });
  };

  meeting.delegations.forEach((d, i) => {
    ref('parties', 'ref/unknown-party', d.party, ['delegations', i, 'party']);
    const heads = d.head === undefined ? [] : 'versions' in d.head ? d.head.versions.map((h, v) => [h, ['head', 'versions', v]] as const) : [[d.head, ['head']] as const];
    for (const [head, at] of heads) ref('people', 'ref/unknown-person', head.person, ['delegations', i, ...at, 'person']);
  });
  meeting.absent?.forEach((a, i) => ref('parties', 'ref/unknown-party', a.party, ['absent', i, 'party']));
  meeting.agenda.forEach((a, i) => ref('topics', 'ref/unknown-topic', a.topic, ['agenda', i, 'topic']));
  meeting.resolutions?.forEach((r, i) => ref('resolutions', 'ref/unknown-resolution', r.resolution, ['resolutions', i, 'resolution']));

  const seenParties = new Map<string, number>();
  meeting.delegations.forEach((d, i) => {
    if (seenParties.has(d.party)) report(file, 'meeting/duplicate-delegation', ['delegations', i, 'party'], { party: d.party });
    seenParties.set(d.party, i);
  });

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

function checkSources(file: StoredFile, meeting: MeetingBody, report: Report): void {
  const defined = new Map<string, number>();
  meeting.sources.forEach((s, i) => {
    if (defined.has(s.id)) report(file, 'ref/duplicate-source', ['sources', i, 'id'], { id: s.id });
    else defined.set(s.id, i);
    const problem = urlProblem(s.url);
    if (problem) report(file, problem, ['sources', i, 'url'], { url: s.url }, 'warning');
  });
  const used = new Set<string>();
  walkSourceRefs(meeting, (id, path) => {
    used.add(id);
    if (!defined.has(id)) report(file, 'ref/unknown-source', path(), { id, suggestions: suggest(id, defined.keys()).join(', ') });
  });
  for (const [id, i] of defined) {
    if (!used.has(id)) report(file, 'source/unused', ['sources', i, 'id'], { id }, 'warning');
  }
}

// Pages whose content changes as new items are published: a fact cited to one may scroll away.
const listingPage = /\/(tag|tags|category|categories|itemlist|search)(\/|$)|\/archives?\/?$|\/page\/\d+|[?&](start|offset|paged)=\d+/i;

/** A source URL that resolves but is a poor citation: a listing page, or a host with a trailing dot. */
function urlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'source/bad-url';
  }
  if (parsed.hostname.endsWith('.')) return 'source/trailing-dot-host';
  if (listingPage.test(parsed.pathname + parsed.search)) return 'source/listing-page';
  return undefined;
}

/**
 * Visits every `sources: [id…]` (and coverage `basis: [id…]`) list below the top level, wherever
 * the schema puts one. One path stack for the walk: a path is copied only when it is asked for,
 * since this runs over every fact of every meeting.
 */
function walkSourceRefs(meeting: unknown, visit: (id: string, path: () => Path) => void): void {
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
        child.forEach((id, i) => typeof id === 'string' && visit(id, () => [...path, key, i]));
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

function checkNumbering(files: readonly StoredFile[], kind: MeetingKind, report: Report): void {
  const byNumber = new Map<number, StoredFile>();
  for (const file of files) {
    const number = numberOf(file, kind);
    const first = byNumber.get(number);
    if (first) report(file, 'meeting/duplicate-number', [kind], { kind, number, other: first.path });
    else byNumber.set(number, file);
  }
  // Meetings of one kind follow each other; two that overlap are a typo in a date or a number.
  const start = (f: StoredFile): string => (f.value as MeetingBody).dates.start;
  const sorted = [...files].sort((a, b) => byCodeUnit(start(a), start(b)));
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!;
    const current = sorted[i]!;
    if (start(current) <= (previous.value as MeetingBody).dates.end) {
      report(current, 'dates/overlap', ['dates', 'start'], { kind, number: numberOf(current, kind), other: numberOf(previous, kind) });
    }
  }
}
