import { McpError, ErrorCode } from '@modelcontextprotocol/sdk/types.js';
import { CliError } from '../errors.js';
import type { Dataset } from '../model/dataset.js';
import { showMeeting } from '../query/meetings.js';
import { renderJson } from '../render/json.js';
import { clip } from './arguments.js';
import { dataMeta, type DataStamp } from './result.js';

/** MCP's code for a resource that does not exist. */
const resourceNotFound = -32002;

export const datasetUri = 'astana://dataset';
const meetingPrefix = 'astana://meeting/';
export const meetingUri = (id: string): string => `${meetingPrefix}${id}`;

const json = 'application/json';
/** No id is near this long; a longer one would only slow the search for the nearest ids. */
const maxIdLength = 200;

/** Every meeting, as `meetings show` prints it, and the dataset's own description. */
export function resourceList(data: Dataset): { uri: string; name: string; title: string; description?: string; mimeType: string }[] {
  return [
    { uri: datasetUri, name: 'dataset', title: data.metadata?.title ?? 'The dataset', description: 'What data/dataset.yaml says of the data: title, version, release date, licence, maintainers', mimeType: json },
    ...data.meetings.map((m) => ({
      uri: meetingUri(m.id),
      name: m.id,
      title: `${m.kind[0]!.toUpperCase()}${m.kind.slice(1)} ${m.number}: ${m.body.dates.start}, ${m.body.city.name}`,
      mimeType: json,
    })),
  ];
}

export const resourceTemplates = [
  { uriTemplate: `${meetingPrefix}{id}`, name: 'meeting', title: 'A meeting', description: 'One meeting as `astana meetings show <id> --format json` prints it: round-21, summit-7, ministerial-2 (or r21, s7, m2)', mimeType: json },
];

/** A resource's JSON; an unknown one is an error that names the valid choices, as the CLI's messages do. */
export function readResource(data: Dataset, stamp: DataStamp, uri: string): { contents: { uri: string; mimeType: string; text: string }[]; _meta: Record<string, unknown> } {
  const answer = (text: string) => ({ contents: [{ uri, mimeType: json, text }], _meta: dataMeta(stamp) });
  if (uri === datasetUri) return answer(renderJson(data.metadata ?? null));
  if (uri.startsWith(meetingPrefix)) {
    try {
      return answer(renderJson(showMeeting(data, decoded(uri.slice(meetingPrefix.length)).slice(0, maxIdLength))));
    } catch (error) {
      if (error instanceof CliError) throw new McpError(resourceNotFound, error.message, { uri: clip(uri) });
      throw error;
    }
  }
  throw new McpError(ErrorCode.InvalidParams, `unknown resource '${clip(uri)}' (resources: ${datasetUri}, ${meetingPrefix}<id>, such as ${meetingUri('round-21')})`, { uri: clip(uri) });
}

/** A URI's percent-escapes decoded; a malformed one is kept as it is, to be named in the message. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
