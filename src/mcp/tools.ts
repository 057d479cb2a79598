import { meetingFilters, periodOf } from '../commands/filters.js';
import { commands } from '../commands/index.js';
import { parseSections } from '../commands/sections.js';
import type { Dataset } from '../model/dataset.js';
import { diffAgenda } from '../query/agenda-diff.js';
import { agendaHistory } from '../query/agenda-history.js';
import { attendanceMatrix, attendanceRecords, attendanceRoles } from '../query/attendance.js';
import { changes } from '../query/changes.js';
import { citedSources } from '../query/cite.js';
import { diffMeetings } from '../query/meeting-diff.js';
import { meetingSections } from '../query/meeting-records.js';
import { meetingKinds } from '../model/dataset.js';
import { listMeetings, showMeeting } from '../query/meetings.js';
import { listParties, showParty } from '../query/parties.js';
import { listPeople, showPerson } from '../query/people.js';
import { listResolutions, showResolution } from '../query/resolutions.js';
import { selectSections } from '../query/sections.js';
import { duplicateSources, listSources } from '../query/sources.js';
import { listTopics, showTopic } from '../query/topics.js';
import { listSorts } from '../query/usage.js';
import { readRecord, releasedVersions } from '../release/record.js';
import { hitKinds } from '../search/documents.js';
import type { SearchIndex } from '../search/engine.js';
import { maxQueryLength } from '../search/limits.js';
import type { Args, Params } from './arguments.js';
import { paramsFrom, type ParamSpec } from './cli-params.js';
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
  /** Where the command's own description speaks of what only a terminal does, what the tool does instead. */
  readonly description?: string;
  readonly params: Params;
  run(ctx: ToolContext, args: Args): T | Promise<T>;
  summary(result: T, args: Args): string[];
  /**
   * Source records the JSON refers to by id only, whose URLs the summary must still list:
   * a meeting shown without its source section cites its sources by id, as the CLI's does.
   */
  cited?(result: T, ctx: ToolContext, args: Args): unknown;
}

/** A tool as declared below: how it takes each of its command's flags, whose texts the CLI gives. */
type ToolSpec<T> = Omit<Tool<T>, 'params'> & { readonly params: Readonly<Record<string, ParamSpec>> };
const tool = <T>(spec: ToolSpec<T>): Tool => ({ ...spec, params: paramsFrom(commands, spec.command, spec.params) }) as Tool;

// How most arguments are taken: as text, or as text or a whole number (round numbers, years).
const text = { type: 'text' } as const;
const id = { type: 'id' } as const;
const period = { from: text, to: text, year: id };
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
    params: { kind: { type: 'text', choices: meetingKinds }, ...period, city: text, party: text, topic: text },
    run: ({ data }, a) => listMeetings(data, { ...meetingFilters({ from: str(a.from), to: str(a.to), year: str(a.year), city: str(a.city), party: str(a.party), topic: str(a.topic) }), kind: str(a.kind) }),
    summary: summaries.meetingsList,
  }),
  meetings_show: tool({
    command: 'meetings show',
    params: { id, sections: { type: 'list', cli: 'section', choices: meetingSections, description: `only these sections (default: all): ${meetingSections.join(', ')}` } },
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
    params: { a: id, b: id },
    run: ({ data }, a) => diffAgenda(data, str(a.a)!, str(a.b)!),
    summary: summaries.agendaDiff,
  }),
  diff: tool({
    command: 'diff',
    params: { a: id, b: id },
    run: ({ data }, a) => diffMeetings(data, str(a.a)!, str(a.b)!),
    summary: summaries.meetingDiff,
  }),
  attendance: tool({
    command: 'attendance',
    params: { party: text, role: { type: 'text', choices: attendanceRoles } },
    run: ({ data }, a) => attendanceRecords(attendanceMatrix(data, { party: str(a.party), role: str(a.role) })),
    summary: summaries.attendance,
  }),
  resolutions_list: tool({
    command: 'resolutions list',
    params: { sort: { type: 'text', choices: listSorts } },
    run: ({ data }, a) => listResolutions(data, { sort: str(a.sort) }),
    summary: summaries.resolutionsList,
  }),
  resolutions_show: tool({
    command: 'resolutions show',
    params: { resolution: id },
    run: ({ data }, a) => showResolution(data, str(a.resolution)!),
    summary: summaries.resolutionShow,
  }),
  agenda_history: tool({
    command: 'agenda history',
    params: { topic: text },
    run: ({ data }, a) => agendaHistory(data, str(a.topic)!),
    summary: summaries.agendaHistory,
  }),
  parties_list: tool({
    command: 'parties list',
    params: { sort: { type: 'text', choices: listSorts } },
    run: ({ data }, a) => listParties(data, { sort: str(a.sort) }),
    summary: summaries.partiesList,
  }),
  parties_show: tool({
    command: 'parties show',
    params: { party: text },
    run: ({ data }, a) => showParty(data, str(a.party)!),
    summary: summaries.partyShow,
  }),
  people_list: tool({
    command: 'people list',
    params: { party: text, sort: { type: 'text', choices: listSorts } },
    run: ({ data }, a) => listPeople(data, { party: str(a.party), sort: str(a.sort) }),
    summary: summaries.peopleList,
  }),
  people_show: tool({
    command: 'people show',
    params: { person: text },
    run: ({ data }, a) => showPerson(data, str(a.person)!),
    summary: summaries.personShow,
  }),
  topics_list: tool({
    command: 'topics list',
    params: { sort: { type: 'text', choices: listSorts } },
    run: ({ data }, a) => listTopics(data, { sort: str(a.sort) }),
    summary: summaries.topicsList,
  }),
  topics_show: tool({
    command: 'topics show',
    params: { topic: text },
    run: ({ data }, a) => showTopic(data, str(a.topic)!),
    summary: summaries.topicShow,
  }),
  search: tool({
    command: 'search',
    params: { words: { type: 'text', maxLength: maxQueryLength }, kind: { type: 'text', choices: hitKinds }, meeting: id, ...period, limit: { type: 'count' } },
    async run(ctx, a) {
      const { search } = await import('../query/search.js');
      const options = { ...periodOf({ from: str(a.from), to: str(a.to), year: str(a.year) }), kind: str(a.kind), meeting: str(a.meeting), limit: (a.limit as number | undefined) ?? 20 };
      return search(ctx.data, await ctx.searchIndex(), str(a.words)!, options);
    },
    summary: summaries.search,
  }),
  sources: tool({
    command: 'sources',
    description: 'The sources of a meeting, or of every meeting: the id, publisher, title, date and URL of each',
    params: { meeting: id, checkDuplicates: { type: 'flag', description: 'list the URLs cited under two or more ids instead' } },
    run: ({ data }, a) => (a.checkDuplicates ? duplicateSources(listSources(data, str(a.meeting))) : listSources(data, str(a.meeting))),
    summary: summaries.sources,
  }),
  cite: tool({
    command: 'cite',
    description: "The sources behind a meeting, or every meeting, as citation records (publisher, title, date, URL, meeting); the dataset's own title, version and licence are the resource astana://dataset",
    params: { meeting: id },
    run: ({ data }, a) => citedSources(data, str(a.meeting)),
    summary: summaries.cite,
  }),
  changes: tool({
    command: 'changes',
    description: 'What changed in the data between releases: each fact added, removed or changed, with its old and new values and sources. Without a meeting it lists every changed fact of the release, hundreds of kilobytes of JSON: give a meeting to narrow it',
    params: { since: text, meeting: id },
    run: ({ data, dataDir: { dir, shown } }, a) => changes(data, { versions: releasedVersions(dir), read: (v) => readRecord(dir, shown, v) }, { since: str(a.since), meeting: str(a.meeting) }),
    summary: summaries.changes,
  }),
} satisfies Record<string, Tool>;

export type ToolName = keyof typeof tools;
