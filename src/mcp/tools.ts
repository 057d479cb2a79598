import { meetingFilters, periodOf } from '../commands/filters.js';
import type { commands } from '../commands/index.js';
import { parseSections } from '../commands/sections.js';
import type { Dataset } from '../model/dataset.js';
import { diffAgenda } from '../query/agenda-diff.js';
import { agendaHistory } from '../query/agenda-history.js';
import { attendanceMatrix, attendanceRecords, attendanceRoles } from '../query/attendance.js';
import { changes } from '../query/changes.js';
import { citedSources } from '../query/cite.js';
import { diffMeetings } from '../query/meeting-diff.js';
import { meetingSections } from '../query/meeting-records.js';
import { listMeetings, meetingKinds, showMeeting } from '../query/meetings.js';
import { showParty } from '../query/parties.js';
import { showPerson } from '../query/people.js';
import { listResolutions, showResolution } from '../query/resolutions.js';
import { selectSections } from '../query/sections.js';
import { duplicateSources, listSources } from '../query/sources.js';
import { showTopic } from '../query/topics.js';
import { listSorts } from '../query/usage.js';
import { readRecord, releasedVersions } from '../release/record.js';
import { hitKinds } from '../search/documents.js';
import type { SearchIndex } from '../search/engine.js';
import { maxQueryLength } from '../search/limits.js';
import type { Args, Params } from './arguments.js';
import * as summaries from './summaries.js';

/** What a tool may use: the data the server loaded, where it lives, and the search index, built once when first asked for. */
export interface ToolContext {
  readonly data: Dataset;
  readonly dataDir: { readonly dir: string; readonly shown: string };
  searchIndex(): Promise<SearchIndex>;
}

/**
 * One tool: the command it mirrors (its description, its JSON contract and schema), its
 * arguments, and the query it runs. `run` returns exactly the value that `--format json` of
 * the command prints, through the same query and the same projection; `summary` says it in a
 * few lines of text.
 */
export interface Tool<T = unknown> {
  readonly command: keyof typeof commands;
  readonly params: Params;
  run(ctx: ToolContext, args: Args): T | Promise<T>;
  summary(result: T, args: Args): string[];
  /**
   * Source records the JSON refers to by id only, whose URLs the summary must still list:
   * a meeting shown without its source section cites its sources by id, as the CLI's does.
   */
  cited?(result: T, ctx: ToolContext, args: Args): unknown;
}

const tool = <T>(t: Tool<T>): Tool => t as Tool;

// Argument texts shared by several tools.
const meeting = 'a round number (21) or a meeting id: round-21, summit-7, ministerial-2 (or r21, s7, m2)';
const period = {
  from: { type: 'text', description: 'meetings ending on or after this date (YYYY-MM-DD, YYYY-MM or YYYY)' },
  to: { type: 'text', description: 'meetings starting on or before this date (YYYY-MM-DD, YYYY-MM or YYYY)' },
  year: { type: 'id', description: 'the same as from YYYY and to YYYY' },
} as const;
const str = (value: unknown): string | undefined => (value === undefined ? undefined : String(value));

/** The source ids a meeting's facts cite: the lists under `sources`, `dateSources`, `citySources` and `basis`. */
function citedIds(value: unknown, key = ''): Set<string> {
  const ids = new Set<string>();
  const visit = (v: unknown, k: string): void => {
    if (typeof v === 'string') {
      if (/(^s|S)ources$|^basis$/.test(k)) ids.add(v);
    } else if (Array.isArray(v)) {
      for (const x of v) visit(x, k);
    } else if (v !== null && typeof v === 'object') {
      for (const [name, x] of Object.entries(v)) visit(x, name);
    }
  };
  visit(value, key);
  return ids;
}

/** Every tool of `astana mcp`, by name: the one list tools/list, tools/call and the docs read. */
export const tools = {
  meetings_list: tool({
    command: 'meetings list',
    params: {
      kind: { type: 'text', description: 'only this kind of meeting', choices: meetingKinds },
      ...period,
      city: { type: 'text', description: 'held in this city, by any name it has had (astana finds Nur-Sultan too)' },
      party: { type: 'text', description: 'where this party had a delegation (id, name or alias: iran, Türkiye, Turkey)' },
      topic: { type: 'text', description: 'with this topic on the agenda (a topic id: idlib)' },
    },
    run: ({ data }, a) => listMeetings(data, { ...meetingFilters({ from: str(a.from), to: str(a.to), year: str(a.year), city: str(a.city), party: str(a.party), topic: str(a.topic) }), kind: str(a.kind) }),
    summary: summaries.meetingsList,
  }),
  meetings_show: tool({
    command: 'meetings show',
    params: {
      id: { type: 'id', description: 'meeting id: round-21, summit-7, ministerial-2 (or r21, s7, m2)', required: true },
      sections: { type: 'list', description: 'only these sections (default: all)', choices: meetingSections },
    },
    run: ({ data }, a) => selectSections(showMeeting(data, str(a.id)!), parseSections(a.sections as string[] | undefined)),
    summary: (m) => summaries.meetingShow(m as Parameters<typeof summaries.meetingShow>[0]),
    cited(m, { data }, a) {
      if (Object.hasOwn(m, 'sources')) return [];
      const ids = citedIds(m);
      return showMeeting(data, str(a.id)!).sources.filter((s) => ids.has(s.id));
    },
  }),
  agenda_diff: tool({
    command: 'agenda diff',
    params: { a: { type: 'id', description: `the earlier meeting: ${meeting}, or 'latest'`, required: true }, b: { type: 'id', description: 'the later meeting, likewise', required: true } },
    run: ({ data }, a) => diffAgenda(data, str(a.a)!, str(a.b)!),
    summary: summaries.agendaDiff,
  }),
  diff: tool({
    command: 'diff',
    params: { a: { type: 'id', description: meeting, required: true }, b: { type: 'id', description: meeting, required: true } },
    run: ({ data }, a) => diffMeetings(data, str(a.a)!, str(a.b)!),
    summary: summaries.meetingDiff,
  }),
  attendance: tool({
    command: 'attendance',
    params: {
      party: { type: 'text', description: 'only this party (id, name or alias)' },
      role: { type: 'text', description: 'only records of this role', choices: attendanceRoles },
    },
    run: ({ data }, a) => attendanceRecords(attendanceMatrix(data, { party: str(a.party), role: str(a.role) })),
    summary: summaries.attendance,
  }),
  resolutions_list: tool({
    command: 'resolutions list',
    params: { sort: { type: 'text', description: 'registry: by body and number; count: most meetings first', choices: listSorts } },
    run: ({ data }, a) => listResolutions(data, { sort: str(a.sort) }),
    summary: summaries.resolutionsList,
  }),
  resolutions_show: tool({
    command: 'resolutions show',
    params: { resolution: { type: 'id', description: 'number (2254), UN symbol (S/RES/2254(2015)) or id (unsc-2254)', required: true } },
    run: ({ data }, a) => showResolution(data, str(a.resolution)!),
    summary: summaries.resolutionShow,
  }),
  agenda_history: tool({
    command: 'agenda history',
    params: { topic: { type: 'text', description: 'topic id (idlib, constitutional-committee)', required: true } },
    run: ({ data }, a) => agendaHistory(data, str(a.topic)!),
    summary: summaries.agendaHistory,
  }),
  parties_show: tool({
    command: 'parties show',
    params: { party: { type: 'text', description: 'id, name or alias (iran, Türkiye, Turkey)', required: true } },
    run: ({ data }, a) => showParty(data, str(a.party)!),
    summary: summaries.partyShow,
  }),
  people_show: tool({
    command: 'people show',
    params: { person: { type: 'text', description: 'id, name, a spelling the sources use, or a surname that picks out one person (khaji, lavrentiev)', required: true } },
    run: ({ data }, a) => showPerson(data, str(a.person)!),
    summary: summaries.personShow,
  }),
  topics_show: tool({
    command: 'topics show',
    params: { topic: { type: 'text', description: 'topic id (idlib, golan)', required: true } },
    run: ({ data }, a) => showTopic(data, str(a.topic)!),
    summary: summaries.topicShow,
  }),
  search: tool({
    command: 'search',
    params: {
      words: { type: 'text', description: 'words to find: every one must match, as a word, its start, or with a typo', required: true, maxLength: maxQueryLength },
      kind: { type: 'text', description: 'only hits of this kind', choices: hitKinds },
      meeting: { type: 'id', description: `only texts of this meeting: ${meeting}` },
      ...period,
      limit: { type: 'count', description: 'at most this many hits (default 20; 0 for all)' },
    },
    async run(ctx, a) {
      const { search } = await import('../query/search.js');
      const options = { ...periodOf({ from: str(a.from), to: str(a.to), year: str(a.year) }), kind: str(a.kind), meeting: str(a.meeting), limit: (a.limit as number | undefined) ?? 20 };
      return search(ctx.data, await ctx.searchIndex(), str(a.words)!, options);
    },
    summary: summaries.search,
  }),
  sources: tool({
    command: 'sources',
    params: {
      meeting: { type: 'id', description: `${meeting}; every meeting when left out` },
      checkDuplicates: { type: 'flag', description: 'list the URLs cited under two or more ids instead' },
    },
    run: ({ data }, a) => (a.checkDuplicates ? duplicateSources(listSources(data, str(a.meeting))) : listSources(data, str(a.meeting))),
    summary: summaries.sources,
  }),
  cite: tool({
    command: 'cite',
    params: { meeting: { type: 'id', description: `${meeting}; every meeting when left out` } },
    run: ({ data }, a) => citedSources(data, str(a.meeting)),
    summary: summaries.cite,
  }),
  changes: tool({
    command: 'changes',
    params: {
      since: { type: 'text', description: 'compare with this release (default: the latest release, or the one before it when nothing is unreleased)' },
      meeting: { type: 'id', description: `only the facts of this meeting: ${meeting}` },
    },
    run: ({ data, dataDir: { dir, shown } }, a) => changes(data, { versions: releasedVersions(dir), read: (v) => readRecord(dir, shown, v) }, { since: str(a.since), meeting: str(a.meeting) }),
    summary: summaries.changes,
  }),
} satisfies Record<string, Tool>;

export type ToolName = keyof typeof tools;
